import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

export interface ScanItem { name: string; success: boolean; text: string; detail?: unknown }

/**
 * WeChat's own code-quality scan (miniprogram-ci's checkCodeQuality, what DevTools runs before an upload),
 * offline, on the project at `root` (project.config.json → dist/weapp). It does not read the private key;
 * any file will do. It runs in a child process that exits once the answer is printed: the tool leaves a
 * file watcher behind that would keep a test runner or the bench from finishing.
 */
export const wechatScan = (root: string): ScanItem[] => {
  const key = `${tmpdir()}/yinling-scan-unused.key`;
  writeFileSync(key, 'the scan does not read the key');
  const script = `const ci = require('miniprogram-ci');
    const project = new ci.Project({ appid: 'wx0000000000000000', type: 'miniProgram', projectPath: ${JSON.stringify(root)}, privateKeyPath: ${JSON.stringify(key)}, ignores: ['node_modules/**/*'] });
    ci.checkCodeQuality(project).then((items) => { process.stdout.write('SCAN' + JSON.stringify(items)); process.exit(0); }, (e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: root, encoding: 'utf8', timeout: 170_000, maxBuffer: 32 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`the WeChat scan did not run (${run.status ?? run.signal}): ${run.stderr.slice(-1000)}`);
  return JSON.parse(run.stdout.slice(run.stdout.indexOf('SCAN') + 4)) as ScanItem[];
};

/** The scan's own figure for the main package (bytes), when it gives one. */
export const scanMainBytes = (items: ScanItem[]): number | undefined =>
  (items.find((i) => i.name === 'PACKAGE_SIZE_LIMIT')?.detail as Record<string, number> | undefined)?.__APP__;
