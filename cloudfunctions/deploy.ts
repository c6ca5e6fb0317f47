/**
 * npm run deploy — needs CLOUD_ENV_ID, ADMIN_OPENIDS, TENCENTCLOUD_SECRETID/SECRETKEY (see README); BUREAU_PHONE is optional.
 * Builds the functions, writes dist/cloudbase/ (cloudbaserc.json, the functions, the database plan) and
 * uploads every function's code with the CloudBase CLI. Then it reads what the environment already has
 * (@cloudbase/manager-node), plans only the missing or changed collections, indexes, security rules and
 * timer triggers (deploy-steps.ts), and applies those, so a second run changes nothing.
 * DEPLOY_DRY_RUN=1 stops after writing dist/cloudbase/ and prints the plan against an empty environment.
 * Not runnable on the development machines (no route to Tencent Cloud).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions } from './build';
import { cloudbaserc, desiredState, indexPlan, SECURITY_RULE, type CreateIndex, type DesiredState } from './deploy-plan';
import { describeStep, EMPTY_STATE, planSteps, type CurrentState, type Step } from './deploy-steps';
import { PHONE_PATTERN } from './contract/text';

const ROOT = path.resolve(__dirname, '..');
const CLI_PACKAGE = ['--yes', '@cloudbase/cli@2'];
/** cloudbaserc.json without triggers, for `fn deploy` (see uploadCode). */
const CODE_CONFIG = 'cloudbaserc.code.json';

/** Configuration the operator has to supply: reported in one line, exit status 2. */
class UsageError extends Error {}

export interface DeployOptions {
  env?: NodeJS.ProcessEnv;
  /** Where the deployable package is written; dist/cloudbase by default. */
  out?: string;
  /** Builds the bundles into functionsDir and returns the function names; esbuild by default. */
  build?: () => Promise<string[]>;
  functionsDir?: string;
  templatesFile?: string;
  log?: (line: string) => void;
  /** Runs the CloudBase CLI in cwd and returns its exit status. */
  cli?: (args: string[], cwd: string) => number | null;
}

const runCli = (args: string[], cwd: string) => spawnSync('npx', [...CLI_PACKAGE, ...args], { cwd, stdio: 'inherit' }).status;

const required = (env: NodeJS.ProcessEnv, name: string): string => {
  const value = env[name];
  if (!value) throw new UsageError(`缺少环境变量 ${name}，请按 README 的“部署到云开发”一节设置后再运行。`);
  return value;
};

/**
 * config/subscribe-templates.json: `{ "<envId>": { "<templateKey>": "<templateId>" } }` (plus notes such
 * as `_comment`); null when the file is absent, which is allowed.
 */
export const readSubscribeTemplates = (file: string): Record<string, unknown> | null =>
  existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>) : null;

/** Template ids are optional: without them 消息 entries are still kept, only the WeChat push is skipped. */
const templateIdsFor = (envId: string, file: string, log: (line: string) => void): string => {
  const all = readSubscribeTemplates(file);
  const ids = all?.[envId];
  if (ids !== undefined && (typeof ids !== 'object' || ids === null || Object.values(ids).some((v) => typeof v !== 'string'))) {
    throw new UsageError(`${file} 中环境 ${envId} 的内容应为 { "模板键": "模板 ID" }。`);
  }
  if (ids === undefined) {
    const where = all ? `${file} 中没有环境 ${envId} 的一节` : `未找到 ${file}`;
    log(`⚠ ${where}：订阅消息不会发送（消息仍会出现在小程序的“消息”列表中）。`);
  }
  return JSON.stringify(ids ?? {});
};

/**
 * BUREAU_PHONE, the bureau's number shown with every 金点子 receipt: optional (without it the receipt
 * shows no number, with a warning here), but a value that is not a phone number stops the deploy.
 */
const bureauPhoneFor = (env: NodeJS.ProcessEnv, log: (line: string) => void): Record<string, string> => {
  const value = env.BUREAU_PHONE?.trim();
  if (!value) {
    log('⚠ 未设置 BUREAU_PHONE：金点子回执上不会显示老干部局的咨询电话。');
    return {};
  }
  if (!PHONE_PATTERN.test(value)) throw new UsageError(`BUREAU_PHONE（${value}）不是电话号码，请填写手机号或带区号的座机号，如 0743-6221234。`);
  return { BUREAU_PHONE: value };
};

const writePackage = (out: string, functionsDir: string, names: string[], rc: ReturnType<typeof cloudbaserc>) => {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(path.join(out, 'database'), { recursive: true });
  for (const name of names) cpSync(path.join(functionsDir, name), path.join(out, 'functions', name), { recursive: true });
  const json = (file: string, value: unknown) => writeFileSync(path.join(out, file), `${JSON.stringify(value, null, 2)}\n`);
  json('cloudbaserc.json', rc);
  json(CODE_CONFIG, { ...rc, functions: rc.functions.map(({ triggers: _triggers, ...fn }) => fn) });
  json(path.join('database', 'indexes.json'), indexPlan());
  json(path.join('database', 'security-rule.json'), SECURITY_RULE);
};

const printPlan = (steps: Step[], log: (line: string) => void) => {
  if (steps.length === 0) log('没有需要变更的内容。');
  else for (const step of steps) log(`  · ${describeStep(step)}`);
};

/** The part of @cloudbase/manager-node deploy uses (an optional package, so typed here). */
interface Manager {
  database: {
    checkCollectionExists(name: string): Promise<{ Exists: boolean }>;
    describeCollection(name: string): Promise<{ Indexes?: Array<{ Name: string }> }>;
    createCollectionIfNotExists(name: string): Promise<unknown>;
    updateCollection(name: string, info: { CreateIndexes: CreateIndex[] }): Promise<unknown>;
  };
  functions: { getFunctionDetail(name: string): Promise<{ Triggers?: Array<{ TriggerName: string; Type: string; TriggerDesc: string }> }> };
  commonService(): { call(request: { Action: string; Param: Record<string, unknown> }): Promise<{ AclTag?: string; Rule?: string }> };
}

const loadManager = (env: NodeJS.ProcessEnv, envId: string): Manager | null => {
  let mod: { default?: unknown };
  try {
    mod = require('@cloudbase/manager-node');
  } catch {
    return null;
  }
  const CloudBase = (mod.default ?? mod) as new (options: Record<string, string>) => Manager;
  return new CloudBase({ secretId: required(env, 'TENCENTCLOUD_SECRETID'), secretKey: required(env, 'TENCENTCLOUD_SECRETKEY'), envId });
};

/** A timer's TriggerDesc is `{"cron":"..."}`; older environments may hold the bare cron. */
const cronOf = (desc: string): string => {
  try {
    const parsed = JSON.parse(desc) as { cron?: unknown };
    return typeof parsed.cron === 'string' ? parsed.cron : desc;
  } catch {
    return desc;
  }
};

const readState = async (app: Manager, envId: string, desired: DesiredState): Promise<CurrentState> => {
  const state: CurrentState = { collections: {}, triggers: {} };
  for (const { name } of desired.collections) {
    if (!(await app.database.checkCollectionExists(name)).Exists) continue;
    const { Indexes = [] } = await app.database.describeCollection(name);
    const { AclTag, Rule } = await app.commonService().call({ Action: 'DescribeSafeRule', Param: { EnvId: envId, CollectionName: name } });
    state.collections[name] = { exists: true, indexes: Indexes.map((i) => i.Name), rule: AclTag === 'CUSTOM' && Rule ? Rule : null };
  }
  for (const fn of Object.keys(desired.triggers)) {
    const { Triggers = [] } = await app.functions.getFunctionDetail(fn);
    state.triggers[fn] = Triggers.filter((t) => t.Type === 'timer').map((t) => ({ name: t.TriggerName, config: cronOf(t.TriggerDesc) }));
  }
  return state;
};

const applySteps = async (steps: Step[], app: Manager, envId: string, tcb: (args: string[]) => void, log: (line: string) => void) => {
  const indexed = new Set<string>();
  for (const step of steps) {
    log(`  · ${describeStep(step)}`);
    if (step.kind === 'createCollection') await app.database.createCollectionIfNotExists(step.collection);
    if (step.kind === 'createIndex' && !indexed.has(step.collection)) {
      // A collection's new indexes go in one UpdateTable request, as deploy has always sent them.
      indexed.add(step.collection);
      const indexes = steps.flatMap((s) => (s.kind === 'createIndex' && s.collection === step.collection ? [s.index] : []));
      await app.database.updateCollection(step.collection, { CreateIndexes: indexes });
    }
    if (step.kind === 'setRule') {
      await app.commonService().call({ Action: 'ModifySafeRule', Param: { EnvId: envId, CollectionName: step.collection, AclTag: 'CUSTOM', Rule: step.rule } });
    }
    // The CLI reads the trigger to create from cloudbaserc.json in the package directory.
    if (step.kind === 'deleteTrigger') tcb(['fn', 'trigger', 'delete', step.fn, step.trigger.name, '-e', envId, '--yes']);
    if (step.kind === 'createTrigger') tcb(['fn', 'trigger', 'create', step.fn, '-e', envId, '--yes']);
  }
};

const printManualSteps = (out: string, envId: string, desired: DesiredState, log: (line: string) => void) => {
  log('未安装 @cloudbase/manager-node，无法读取环境现状：集合、索引、安全规则与定时触发器未自动应用。');
  log('运行 `npm i --no-save @cloudbase/manager-node` 后重新部署，或手动完成：');
  log(`  · 在云开发控制台按 ${path.join(out, 'database', 'indexes.json')} 创建集合与索引，安全规则设为 ${JSON.stringify(SECURITY_RULE)}`);
  for (const [fn, triggers] of Object.entries(desired.triggers)) {
    for (const t of triggers) {
      log(`  · 定时触发器 ${fn}.${t.name}（${t.config}）：cd ${out} && npx ${CLI_PACKAGE.join(' ')} fn trigger create ${fn} -e ${envId} --yes`);
      log(`    若它已存在且 cron 不同，先运行：npx ${CLI_PACKAGE.join(' ')} fn trigger delete ${fn} ${t.name} -e ${envId} --yes`);
    }
  }
};

export const deploy = async (options: DeployOptions = {}): Promise<void> => {
  const env = options.env ?? process.env;
  const out = options.out ?? path.join(ROOT, 'dist', 'cloudbase');
  const functionsDir = options.functionsDir ?? path.join(ROOT, 'dist', 'functions');
  const log = options.log ?? console.log;
  const cli = options.cli ?? runCli;
  const envId = required(env, 'CLOUD_ENV_ID');
  const adminOpenids = required(env, 'ADMIN_OPENIDS');
  const templateIds = templateIdsFor(envId, options.templatesFile ?? path.join(ROOT, 'config', 'subscribe-templates.json'), log);
  const names = await (options.build ?? (async () => (await buildFunctions()).map((f) => f.name)))();
  const desired = desiredState(names);
  const bureau = bureauPhoneFor(env, log);
  writePackage(out, functionsDir, names, cloudbaserc(envId, names, adminOpenids, { SUBSCRIBE_TEMPLATE_IDS: templateIds, ...bureau }));

  if (env.DEPLOY_DRY_RUN === '1') {
    log(`已生成部署包 ${out}（DEPLOY_DRY_RUN=1，未上传）。`);
    log(`将上传代码的云函数：${names.join('、')}`);
    log('对照空环境的计划步骤：');
    printPlan(planSteps(EMPTY_STATE, desired), log);
    return;
  }

  const app = loadManager(env, envId); // before any upload, so missing keys stop the run early
  const tcb = (args: string[]) => {
    if (cli(args, out) !== 0) throw new Error(`CloudBase CLI 执行失败：tcb ${args.join(' ')}`);
  };
  // `fn deploy --force` also creates the triggers listed in its config, which would collide with the
  // planned trigger steps (a trigger that already exists, a changed cron); so it reads a copy of the
  // config without them. Uploading code is idempotent, so it runs every time.
  for (const name of names) tcb(['--config-file', CODE_CONFIG, 'fn', 'deploy', name, '--force', '-e', envId]);

  if (!app) {
    printManualSteps(out, envId, desired, log);
    log('函数代码已部署；完成以上各项后部署才算完成。');
    return;
  }
  const steps = planSteps(await readState(app, envId, desired), desired);
  if (steps.length === 0) printPlan(steps, log);
  else await applySteps(steps, app, envId, tcb, log);
  log('部署完成。');
};

if (require.main === module) {
  deploy().catch((error: unknown) => {
    console.error(error instanceof UsageError ? error.message : error);
    process.exit(error instanceof UsageError ? 2 : 1);
  });
}
