/**
 * npm run deploy — needs CLOUD_ENV_ID, ADMIN_OPENIDS, TENCENTCLOUD_SECRETID/SECRETKEY (see README).
 * Builds the functions, writes dist/cloudbase/ (cloudbaserc.json, the functions, the database plan),
 * deploys the functions with the CloudBase CLI, then creates collections, indexes and security rules
 * with @cloudbase/manager-node. Not runnable on the development machines (no route to Tencent Cloud).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions } from './build';
import { cloudbaserc, indexPlan, SECURITY_RULE } from './deploy-plan';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'cloudbase');

const required = (name: string): string => {
  const value = process.env[name];
  if (!value) {
    console.error(`缺少环境变量 ${name}，请按 README 的“部署到云开发”一节设置后再运行。`);
    process.exit(2);
  }
  return value;
};

const applyDatabase = async (envId: string) => {
  let CloudBase: new (options: Record<string, string>) => { database: Record<string, (...args: unknown[]) => Promise<unknown>>; commonService(): { call(req: unknown): Promise<unknown> } };
  try {
    CloudBase = require('@cloudbase/manager-node');
  } catch {
    console.log('未安装 @cloudbase/manager-node：索引与安全规则未自动应用。运行 `npm i --no-save @cloudbase/manager-node` 后重试，');
    console.log(`或在云开发控制台按 ${path.join(OUT, 'database', 'indexes.json')} 手动创建。`);
    return;
  }
  const app = new CloudBase({ secretId: required('TENCENTCLOUD_SECRETID'), secretKey: required('TENCENTCLOUD_SECRETKEY'), envId });
  for (const { collection, createIndexes } of indexPlan()) {
    await app.database.createCollectionIfNotExists(collection);
    if (createIndexes.length > 0) await app.database.updateCollection(collection, { CreateIndexes: createIndexes });
    await app.commonService().call({
      Action: 'ModifySafeRule',
      Param: { EnvId: envId, CollectionName: collection, AclTag: 'CUSTOM', Rule: JSON.stringify(SECURITY_RULE) },
    });
    console.log(`  ✓ ${collection}: ${createIndexes.length} 个索引，安全规则：禁止客户端直接读写`);
  }
};

const main = async () => {
  const envId = required('CLOUD_ENV_ID');
  const adminOpenids = required('ADMIN_OPENIDS');
  const built = await buildFunctions();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'database'), { recursive: true });
  cpSync(path.join(ROOT, 'dist', 'functions'), path.join(OUT, 'functions'), { recursive: true });
  const names = built.map((f) => f.name);
  writeFileSync(path.join(OUT, 'cloudbaserc.json'), `${JSON.stringify(cloudbaserc(envId, names, adminOpenids), null, 2)}\n`);
  writeFileSync(path.join(OUT, 'database', 'indexes.json'), `${JSON.stringify(indexPlan(), null, 2)}\n`);
  writeFileSync(path.join(OUT, 'database', 'security-rule.json'), `${JSON.stringify(SECURITY_RULE, null, 2)}\n`);
  if (process.env.DEPLOY_DRY_RUN === '1') {
    console.log(`已生成部署包 ${OUT}（DEPLOY_DRY_RUN=1，未上传）。`);
    return;
  }
  for (const name of names) {
    const result = spawnSync('npx', ['--yes', '@cloudbase/cli@2', 'fn', 'deploy', name, '--force', '-e', envId], { cwd: OUT, stdio: 'inherit' });
    if (result.status !== 0) throw new Error(`deploying ${name} failed`);
  }
  await applyDatabase(envId);
  console.log('部署完成。');
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
