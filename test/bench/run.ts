/**
 * npm run bench — figures, not pass/fail: package and bundle sizes next to a bare
 * Taro hello-world's; per action the database round trips and p50/p95 latency on the county-sized data
 * set and on a ten-times larger one, side by side; the gateway under load from a second process.
 * Writes test/bench/results.json (git-ignored) so runs can be compared.
 *
 * Env: BENCH_SKIP_BUILD=1 (use the dist/ already there), BENCH_ITERATIONS (40), BENCH_SMALL_FACTOR (1), BENCH_LARGE_FACTOR (10),
 * BENCH_HEAP_MB (12000, for the large data set's process), BENCH_LOAD_CONNECTIONS (50), BENCH_LOAD_SECONDS (20),
 * BENCH_BURST (300), BENCH_PLATFORM_LATENCY_MS (20), BENCH_PLATFORM_CALLS (8), BENCH_SOURCE=scenarios (ignore test/support/action-examples.ts), BENCH_CASE_SECONDS (20: a case stops after 5 calls once past it),
 * BENCH_ONLY (comma-separated case labels: only those; also for test/bench/actions-main.ts alone).
 * BENCH_FIRST_SCREEN_RUNS (5: samples per page for the first screen under a slow phone's CPU and network; CHROMIUM_PATH).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildFunctions } from '../../cloudfunctions/build';
import type { SizeRun } from './actions';
import { PLATFORM_LATENCY_MS } from './actions';
import { measureBursts } from './burst';
import { RETRY_BUDGET_MS } from '../../cloudfunctions/contract/retry';
import { floorSizes } from './floor';
import { firstScreenSection } from './first-screen';
import { measureGateway } from './gateway-load';
import { budgetMisses, printActions } from './report';
import { h5FirstLoadBytes, weappSizes } from './sizes';
import { scanMainBytes, wechatScan } from './wechat-scan';

const ROOT = path.resolve(__dirname, '..', '..');
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const SMALL = Number(process.env.BENCH_SMALL_FACTOR ?? 1);
const LARGE = Number(process.env.BENCH_LARGE_FACTOR ?? 10);
const HEAP_MB = Number(process.env.BENCH_HEAP_MB ?? 12000);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const BURST = Number(process.env.BENCH_BURST ?? 300);
const kb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ratio = (a: number | null | undefined, b: number | null | undefined) => (a && b ? `${(a / b).toFixed(2)}×` : '—');

/** One data-set size in its own process: its own heap, and nothing left over from the other size. */
const runSize = (factor: number, platform = false): SizeRun => {
  const out = path.join(tmpdir(), `yinling-bench-${process.pid}-${factor}.json`);
  const child = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', path.join(__dirname, 'actions-main.ts'), String(factor), String(ITERATIONS), out, platform ? 'platform' : ''], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (child.status !== 0) throw new Error(`action bench ×${factor} failed (${child.status ?? child.signal})`);
  return JSON.parse(readFileSync(out, 'utf8')) as SizeRun;
};

const main = async () => {
  const started = Date.now();
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    for (const type of ['weapp', 'h5']) spawnSync('npx', ['taro', 'build', '--type', type], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const functions = await buildFunctions();
  const weapp = weappSizes(path.join(ROOT, 'dist', 'weapp'));
  const h5 = h5FirstLoadBytes(path.join(ROOT, 'dist', 'h5'));
  const floor = floorSizes();

  console.log(`\nSizes (floor = bare Taro React hello-world with this project's config${floor.cached ? ', cached build' : `, built in ${(floor.buildMs / 1000).toFixed(0)} s`})`);
  console.log(`  ${''.padEnd(26)} ${'app'.padStart(10)} ${'floor'.padStart(10)} ${'ratio'.padStart(7)}`);
  console.log(`  ${'weapp main package'.padEnd(26)} ${kb(weapp?.weappMainBytes).padStart(10)} ${kb(floor.weappMainBytes).padStart(10)} ${ratio(weapp?.weappMainBytes, floor.weappMainBytes).padStart(7)}   (WeChat limit 2048 KB per package)`);
  console.log(`  ${'H5 first load JS+CSS'.padEnd(26)} ${kb(h5).padStart(10)} ${kb(floor.h5FirstLoadBytes).padStart(10)} ${ratio(h5, floor.h5FirstLoadBytes).padStart(7)}`);
  for (const [root, bytes] of Object.entries(weapp?.subpackages ?? {})) console.log(`  ${`subpackage ${root}`.padEnd(26)} ${kb(bytes).padStart(10)}`);
  for (const fn of functions) console.log(`  ${`function ${fn.name}`.padEnd(26)} ${kb(fn.bytes).padStart(10)}`);
  const scan = wechatScan(ROOT);
  console.log(`\nWeChat code-quality scan (miniprogram-ci checkCodeQuality): main package ${kb(scanMainBytes(scan))} by its own count`);
  for (const item of scan) console.log(`  ${item.success ? 'ok  ' : 'FAIL'} ${item.name}`);
  const firstScreen = await firstScreenSection();

  console.log(`\nActions: ${ITERATIONS} calls each, in-process through the pipeline, the real SDK and the emulator (strict indexes).`);
  console.log(`Data sets: the demo county plus the county-sized set ×${SMALL} and ×${LARGE}, each seeded through SDK batch adds.`);
  const small = runSize(SMALL, true);
  const large = runSize(LARGE);
  const rows = printActions(small, large);

  console.log(`\nSign-up bursts: ${BURST} members tap 报名 at the same moment (activity: 50 seats + 200 waiting; 小讲堂: 40 seats),`);
  console.log(`without and with ${PLATFORM_LATENCY_MS} ms per SDK request; answers after the call layer's BUSY retries, time to a definite answer.`);
  const bursts = await measureBursts(BURST, [0, PLATFORM_LATENCY_MS]);
  for (const b of bursts) {
    const kinds = Object.entries(b.answers).map(([k, n]) => `${k} ${n}`).join(', ');
    console.log(`  ${b.target.padEnd(9)} @${String(b.latencyMs).padStart(2)} ms   p50 ${b.p50Ms} ms   p95 ${b.p95Ms} ms   max ${b.maxMs} ms   past the client's ${RETRY_BUDGET_MS / 1000} s: ${b.pastBudget}   ${kinds}`);
  }

  console.log(`\nGateway under load: ${LOAD_CONNECTIONS} keep-alive connections for ${LOAD_SECONDS} s each, from a second process on loopback`);
  const gateway = await measureGateway(LOAD_CONNECTIONS, LOAD_SECONDS);
  for (const g of gateway) {
    console.log(`  ${g.action.padEnd(24)} ${g.rps.toFixed(0).padStart(6)} req/s   p50 ${g.p50Ms.toFixed(1)} ms   p99 ${g.p99Ms.toFixed(1)} ms   ${g.requests} requests, ${g.errors} errors`);
  }
  const misses = budgetMisses(rows);
  console.log(`\nOutside a budget (reads ≤ 2, writes ≤ 4 incl. audit; lists growth near 1, flagged above 1.5): ${misses.length}`);
  for (const m of misses) console.log(`  ${m.action.padEnd(30)} ${m.why}`);

  const totalRequests = gateway.reduce((s, g) => s + g.requests, 0);
  const results = {
    at: new Date().toISOString(),
    source: small.source,
    seed: { small: small.seed, large: large.seed, largeFactor: LARGE },
    actions: rows,
    bursts,
    gateway: {
      rps: totalRequests / (gateway.length * LOAD_SECONDS),
      p99Ms: Math.max(...gateway.map((g) => g.p99Ms)),
      errors: gateway.reduce((s, g) => s + g.errors, 0),
      connections: LOAD_CONNECTIONS,
      seconds: LOAD_SECONDS,
      byAction: Object.fromEntries(gateway.map((g) => [g.action, { rps: g.rps, p50Ms: g.p50Ms, p99Ms: g.p99Ms, requests: g.requests, errors: g.errors }])),
    },
    sizes: {
      weappMainBytes: weapp?.weappMainBytes ?? null,
      subpackages: weapp?.subpackages ?? {},
      functions: Object.fromEntries(functions.map((f) => [f.name, f.bytes])),
      h5FirstLoadBytes: h5,
      floor: { weappMainBytes: floor.weappMainBytes, h5FirstLoadBytes: floor.h5FirstLoadBytes },
    },
    budgetMisses: misses,
    firstScreen,
  };
  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to test/bench/results.json in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
