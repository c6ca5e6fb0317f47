/**
 * npm test: typecheck → lint → weapp build → jest (unit, component, contract, reliability — which also builds the
 * function bundles and checks them for local-only code) → end-to-end in Debian Chromium when present.
 * Without Chromium the browser suite is skipped LOUDLY; with REQUIRE_BROWSER=1 (set by .ci/run) a
 * missing browser fails the run. The last line is the plain "N passed, N failed" summary.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
let passed = 0;
let failed = 0;

const step = (title: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean => {
  console.log(`\n━━ ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

/** Runs jest with a JSON report so the totals can be summed across the unit and browser runs. */
const jest = (title: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean => {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'yinling-jest-')), 'report.json');
  const ok = step(title, 'npx', ['jest', '--json', `--outputFile=${report}`, ...args], env);
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8')) as Record<string, number>;
    passed += numPassedTests;
    failed += numFailedTests;
  }
  if (!ok && !existsSync(report)) failed += 1;
  return ok;
};

const main = (): number => {
  const checks: Array<[string, boolean]> = [];
  const check = (name: string, ok: boolean) => {
    checks.push([name, ok]);
    if (ok) passed += 1;
    else failed += 1;
  };
  check('typecheck', step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']));
  check('lint', step('lint', 'npm', ['run', '--silent', 'lint']));
  // The reliability suite inspects what WeChat would receive, so build it first.
  check('weapp build', step('weapp build', 'npx', ['taro', 'build', '--type', 'weapp'], { NODE_ENV: 'production' }));
  jest('jest (unit, component, contract, reliability)', []);

  if (existsSync(CHROMIUM)) {
    jest('end-to-end in Chromium', ['--runInBand', '--testMatch', '**/test/e2e/**/*.e2e.ts', '--roots', '<rootDir>/test/e2e'], {
      CHROMIUM_PATH: CHROMIUM,
    });
  } else {
    const banner = `
  ██████████████████████████████████████████████████████████████████
  !!  END-TO-END BROWSER SUITE NOT RUN: no Chromium at ${CHROMIUM}
  !!  install it with:  apt-get install -y chromium
  ██████████████████████████████████████████████████████████████████`;
    console.log(banner);
    if (process.env.REQUIRE_BROWSER === '1') check('browser present (REQUIRE_BROWSER=1)', false);
  }

  console.log('\n━━ summary');
  for (const [name, ok] of checks) console.log(`  ${ok ? '✓' : '✗'} ${name}`);
  console.log(`test: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
};

process.exit(main());
