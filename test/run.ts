/**
 * npm test: typecheck, lint, the weapp build, jest (unit, component, emulator, reliability — which also
 * builds the function bundles and checks them for local-only code) and the end-to-end suite in Debian
 * Chromium when present.
 *
 * Jest on a two-core machine runs in one process, and the browser suite waits on Chromium much of the
 * time, so the steps run in three lanes at once: checks (typecheck → lint), weapp build → jest, and
 * H5 build → browser suite. Each step's output is printed whole when it ends, with its time, so lanes
 * never interleave. Without Chromium the browser suite is skipped LOUDLY; with REQUIRE_BROWSER=1 (set by
 * .ci/run) a missing browser fails the run. The last line is the plain "N passed, N failed" summary.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const started = Date.now();
const seconds = (since: number) => `${Math.round((Date.now() - since) / 1000)} s`;

interface Result {
  name: string;
  ok: boolean;
  took: string;
  /** Jest's own totals when the step was a jest run; a plain step counts as one check. */
  tests?: { passed: number; failed: number };
  /** A jest run's slowest files, printed in the summary so that a CI run near its budget says where the time went. */
  slowest?: string[];
}
const results: Result[] = [];

/**
 * The browser lane runs at a lower CPU priority: it mostly waits on pages, while the jest lane holds the
 * timing-sensitive suites (300 callers at once must be answered within the client's retry budget), which
 * must not be starved by Chromium and webpack on a two-core machine.
 */
const LOW_PRIORITY = existsSync('/usr/bin/nice') ? ['/usr/bin/nice', '-n', '10'] : [];

/** Runs one command with its output held back, then prints it whole under a heading with the time it took. */
const step = (name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}, lowPriority = false): Promise<Result> =>
  new Promise((resolve) => {
    const since = Date.now();
    const [program, ...rest] = lowPriority && LOW_PRIORITY.length ? [...LOW_PRIORITY, command, ...args] : [command, ...args];
    const child = spawn(program, rest, { cwd: ROOT, env: { ...process.env, ...env, FORCE_COLOR: '0' } });
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => out.push(b));
    const finish = (ok: boolean) => {
      console.log(`\n━━ ${name}: ${command} ${args.join(' ')}  (${ok ? 'ok' : 'FAILED'}, ${seconds(since)}, at ${seconds(started)})`);
      process.stdout.write(Buffer.concat(out));
      const result: Result = { name, ok, took: seconds(since) };
      results.push(result);
      resolve(result);
    };
    child.on('error', (error) => {
      out.push(Buffer.from(String(error)));
      finish(false);
    });
    child.on('close', (code) => finish(code === 0));
  });

/** Runs jest with a JSON report so the totals can be summed across the unit and browser runs. */
const jest = async (name: string, args: string[], env: NodeJS.ProcessEnv = {}, lowPriority = false): Promise<void> => {
  const report = path.join(mkdtempSync(path.join(tmpdir(), 'yinling-jest-')), 'report.json');
  const result = await step(name, 'npx', ['jest', '--json', `--outputFile=${report}`, ...args], env, lowPriority);
  if (existsSync(report)) {
    const { numPassedTests, numFailedTests, testResults } = JSON.parse(readFileSync(report, 'utf8')) as {
      numPassedTests: number; numFailedTests: number; testResults: Array<{ name: string; startTime: number; endTime: number }>;
    };
    result.slowest = [...testResults]
      .sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime))
      .slice(0, 6)
      .map((t) => `${path.relative(ROOT, t.name)} ${Math.round((t.endTime - t.startTime) / 1000)} s`);
    // A jest that failed with no failed test (a suite that would not load) still counts as one failure.
    result.tests = { passed: numPassedTests, failed: numFailedTests + (result.ok || numFailedTests ? 0 : 1) };
  } else {
    result.tests = { passed: 0, failed: 1 };
  }
};

const production = { NODE_ENV: 'production' };

const checks = async () => {
  await step('typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']);
  await step('lint', 'npm', ['run', '--silent', 'lint']);
};

// The reliability suite inspects what WeChat would receive, so the weapp build comes first.
const unitLane = async () => {
  await step('weapp build', 'npx', ['taro', 'build', '--type', 'weapp'], production);
  // The bare Taro app the main package is held to (2×); cached in .cache/bench-floor until its inputs change.
  await step('floor weapp build', 'npx', ['tsx', 'test/bench/floor-main.ts', 'weapp']);
  await jest('jest (unit, component, emulator, reliability)', []);
};

const browserLane = async () => {
  if (!existsSync(CHROMIUM)) {
    console.log(`
  ██████████████████████████████████████████████████████████████████
  !!  END-TO-END BROWSER SUITE NOT RUN: no Chromium at ${CHROMIUM}
  !!  install it with:  apt-get install -y chromium
  ██████████████████████████████████████████████████████████████████`);
    if (process.env.REQUIRE_BROWSER === '1') results.push({ name: 'browser present (REQUIRE_BROWSER=1)', ok: false, took: '0 s' });
    return;
  }
  // Built here rather than inside the first browser test, so its time is not charged to a test's timeout.
  if (!(await step('H5 build', 'npx', ['taro', 'build', '--type', 'h5'], production, true)).ok) return;
  // A journey is many page loads; while the jest lane shares the CPU a page can take seconds to settle.
  // Two files at a time: each starts its own local stack and browser, and a journey mostly waits on its
  // pages (the browser lane used about a quarter of the CPU in band), so two halve the lane's time.
  await jest('end-to-end in Chromium', ['--maxWorkers=2', '--testTimeout=120000', '--testMatch', '**/test/e2e/**/*.e2e.ts', '--roots', '<rootDir>/test/e2e'], {
    CHROMIUM_PATH: CHROMIUM,
  }, true);
};

const main = async (): Promise<number> => {
  await Promise.all([checks(), unitLane(), browserLane()]);
  let passed = 0;
  let failed = 0;
  console.log(`\n━━ summary (${seconds(started)} in all)`);
  for (const r of results) {
    console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${r.took}${r.tests ? `, ${r.tests.passed} passed, ${r.tests.failed} failed` : ''})`);
    if (r.slowest?.length) console.log(`      slowest: ${r.slowest.join(' · ')}`);
    passed += r.tests ? r.tests.passed : Number(r.ok);
    failed += r.tests ? r.tests.failed : Number(!r.ok);
  }
  console.log(`test: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
};

void main().then((code) => process.exit(code));
