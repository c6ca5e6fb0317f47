import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { TRIGGERS } from '../../cloudfunctions/build';
import { FUNCTIONS } from '../../cloudfunctions/contract/define';
import { deploy } from '../../cloudfunctions/deploy';
import { checkTriggers, desiredState, type DesiredState } from '../../cloudfunctions/deploy-plan';
import { EMPTY_STATE, planSteps, type CurrentState } from '../../cloudfunctions/deploy-steps';

/** The environment exactly as deploy leaves it for `desired`. */
const deployed = (desired: DesiredState): CurrentState => ({
  collections: Object.fromEntries(
    desired.collections.map((c) => [c.name, { exists: true, indexes: c.indexes.map((i) => i.IndexName), rule: JSON.stringify(c.rule) }]),
  ),
  triggers: Object.fromEntries(Object.entries(desired.triggers).map(([fn, list]) => [fn, list.map(({ name, config }) => ({ name, config }))])),
});

describe('deploy plan', () => {
  const desired = desiredState([...FUNCTIONS]);

  it('an empty environment gets every collection, index, rule and trigger', () => {
    const steps = planSteps(EMPTY_STATE, desired);
    const count = (kind: string) => steps.filter((s) => s.kind === kind).length;
    expect(count('createCollection')).toBe(desired.collections.length);
    expect(count('createIndex')).toBe(desired.collections.reduce((n, c) => n + c.indexes.length, 0));
    expect(count('setRule')).toBe(desired.collections.length);
    expect(count('deleteTrigger')).toBe(0);
    expect(steps.filter((s) => s.kind === 'createTrigger')).toEqual([{ kind: 'createTrigger', fn: 'jobs', trigger: TRIGGERS.jobs[0] }]);
  });

  it('an environment that already matches needs nothing, whatever the rule JSON spacing or key order', () => {
    expect(planSteps(deployed(desired), desired)).toEqual([]);
    const current = deployed(desired);
    const first = desired.collections[0].name;
    current.collections[first].rule = '{ "write": false, "read": false }';
    expect(planSteps(current, desired)).toEqual([]);
  });

  it('a changed cron deletes the old trigger, then creates the declared one', () => {
    const current = deployed(desired);
    current.triggers.jobs = [{ name: 'overdue', config: '0 30 * * * * *' }];
    expect(planSteps(current, desired)).toEqual([
      { kind: 'deleteTrigger', fn: 'jobs', trigger: { name: 'overdue', config: '0 30 * * * * *' } },
      { kind: 'createTrigger', fn: 'jobs', trigger: TRIGGERS.jobs[0] },
    ]);
  });

  it('an undeclared trigger is removed', () => {
    const current = deployed(desired);
    current.triggers.members = [{ name: 'manual', config: '0 0 1 * * * *' }];
    expect(planSteps(current, desired)).toEqual([{ kind: 'deleteTrigger', fn: 'members', trigger: { name: 'manual', config: '0 0 1 * * * *' } }]);
  });

  it('a missing index is the only step, and so is a missing or different rule', () => {
    const current = deployed(desired);
    const { name, indexes } = desired.collections.find((c) => c.indexes.length > 1)!;
    current.collections[name].indexes = current.collections[name].indexes.filter((i) => i !== indexes[1].IndexName);
    expect(planSteps(current, desired)).toEqual([{ kind: 'createIndex', collection: name, index: indexes[1] }]);

    const other = deployed(desired);
    other.collections[name].rule = null;
    expect(planSteps(other, desired)).toEqual([{ kind: 'setRule', collection: name, rule: '{"read":false,"write":false}' }]);
  });

  it('refuses a trigger CloudBase would reject', () => {
    const timer = (name: string, config: string) => ({ jobs: [{ name, type: 'timer' as const, config }] });
    expect(() => checkTriggers(timer('overdue', '0 * * * *'))).toThrow(/7/);
    expect(() => checkTriggers(timer('1st', '0 0 * * * * *'))).toThrow(/name/);
    expect(() => checkTriggers(timer('a'.repeat(61), '0 0 * * * * *'))).toThrow(/name/);
    expect(() => checkTriggers({ jobs: [...timer('a', '0 0 * * * * *').jobs, ...timer('b', '0 0 * * * * *').jobs] })).toThrow(/one trigger/);
    expect(() => checkTriggers(TRIGGERS)).not.toThrow();
  });
});

describe('DEPLOY_DRY_RUN=1', () => {
  // The real bundles are built and checked by test/reliability/bundles.test.ts; stand-ins keep this
  // suite from rewriting dist/functions while that suite reads it.
  const run = async (templates?: unknown, extraEnv: Record<string, string> = { BUREAU_PHONE: '0743-6221234' }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yinling-deploy-'));
    const functionsDir = path.join(dir, 'functions');
    const templatesFile = path.join(dir, 'subscribe-templates.json');
    if (templates !== undefined) writeFileSync(templatesFile, JSON.stringify(templates));
    const lines: string[] = [];
    const cli = jest.fn(() => 0);
    await deploy({
      env: { DEPLOY_DRY_RUN: '1', CLOUD_ENV_ID: 'test-env', ADMIN_OPENIDS: 'o1', ...extraEnv },
      out: path.join(dir, 'cloudbase'),
      functionsDir,
      templatesFile,
      build: async () => {
        for (const name of FUNCTIONS) {
          mkdirSync(path.join(functionsDir, name), { recursive: true });
          writeFileSync(path.join(functionsDir, name, 'index.js'), 'exports.main = async () => ({})\n');
        }
        return [...FUNCTIONS];
      },
      cli,
      log: (line) => lines.push(line),
    });
    const read = (file: string) => JSON.parse(readFileSync(path.join(dir, 'cloudbase', file), 'utf8'));
    return { lines, cli, rc: read('cloudbaserc.json'), code: read('cloudbaserc.code.json') };
  };

  it('writes the jobs timer trigger and the environment variables into cloudbaserc.json, calling nothing', async () => {
    const { rc, code, cli, lines } = await run({ _comment: 'notes', 'test-env': { ideaProgress: 'tmpl-1' }, local: { ideaProgress: 'x' } });
    const jobs = rc.functions.find((f: { name: string }) => f.name === 'jobs');
    expect(jobs.triggers).toEqual([{ name: 'overdue', type: 'timer', config: '0 0 * * * * *' }]);
    expect(jobs.triggers[0].config.split(' ')).toHaveLength(7);
    for (const fn of rc.functions) {
      expect(fn.envVariables).toEqual({ ADMIN_OPENIDS: 'o1', SUBSCRIBE_TEMPLATE_IDS: '{"ideaProgress":"tmpl-1"}', BUREAU_PHONE: '0743-6221234' });
    }
    expect(rc.functions.filter((f: { triggers?: unknown }) => f.triggers).map((f: { name: string }) => f.name)).toEqual(['jobs']);
    // `fn deploy` reads the trigger-less copy, so only the planned steps touch triggers
    expect(code.functions.some((f: { triggers?: unknown }) => f.triggers)).toBe(false);
    expect(cli).not.toHaveBeenCalled();
    expect(lines).toContain('  · 创建定时触发器 jobs.overdue（0 0 * * * * *）');
    expect(lines).toContain('  · 创建集合 members');
    expect(lines.some((l) => l.startsWith('⚠'))).toBe(false);
  });

  it('without template ids it warns and still deploys, with none set', async () => {
    for (const templates of [undefined, { local: { ideaProgress: 'x' } }]) {
      const { rc, lines } = await run(templates);
      expect(rc.functions[0].envVariables.SUBSCRIBE_TEMPLATE_IDS).toBe('{}');
      expect(lines.filter((l) => l.startsWith('⚠'))).toEqual([expect.stringContaining('订阅消息不会发送')]);
    }
  });

  it('without BUREAU_PHONE it warns that receipts show no number; a value that is no phone number stops it', async () => {
    const { rc, lines } = await run({ 'test-env': { ideaProgress: 'tmpl-1' } }, {});
    expect(rc.functions[0].envVariables).not.toHaveProperty('BUREAU_PHONE');
    expect(lines.filter((l) => l.startsWith('⚠'))).toEqual([expect.stringContaining('咨询电话')]);
    await expect(run({ 'test-env': { ideaProgress: 'tmpl-1' } }, { BUREAU_PHONE: '请拨老干部局' })).rejects.toThrow(/不是电话号码/);
  });

  it('refuses an environment section that is not template key → id', async () => {
    await expect(run({ 'test-env': 'tmpl-1' })).rejects.toThrow(/模板键/);
    await expect(run({ 'test-env': { ideaProgress: 1 } })).rejects.toThrow(/模板键/);
  });
});
