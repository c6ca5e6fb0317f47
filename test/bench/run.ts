/**
 * npm run bench — figures, not pass/fail (DESIGN §8): package and bundle sizes, and per member action
 * the database round trips and p50/p95 latency on a small and a ten-times larger data set, side by side.
 * Writes test/bench/results.json (git-ignored) so runs can be compared.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions } from '../../cloudfunctions/build';
import { measureActions } from './actions';
import { measureGateway } from './gateway-load';
import { h5FirstLoadBytes, weappSizes } from './sizes';

const ROOT = path.resolve(__dirname, '..', '..');
const SMALL = Number(process.env.BENCH_MEMBERS ?? 1000);
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 40);
const LOAD_CONNECTIONS = Number(process.env.BENCH_LOAD_CONNECTIONS ?? 50);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const kb = (bytes: number | null | undefined) => (bytes == null ? '—' : `${(bytes / 1024).toFixed(1)} KB`);

const main = async () => {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    for (const type of ['weapp', 'h5']) spawnSync('npx', ['taro', 'build', '--type', type], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, NODE_ENV: 'production' } });
  }
  const functions = await buildFunctions();
  const weapp = weappSizes(path.join(ROOT, 'dist', 'weapp'));
  const h5 = h5FirstLoadBytes(path.join(ROOT, 'dist', 'h5'));

  console.log(`\nSizes`);
  console.log(`  weapp main package  ${kb(weapp?.weappMainBytes)}   (WeChat limit 2048 KB per package)`);
  for (const [root, bytes] of Object.entries(weapp?.subpackages ?? {})) console.log(`  subpackage ${root.padEnd(20)} ${kb(bytes)}`);
  console.log(`  H5 first load JS+CSS ${kb(h5)}`);
  for (const fn of functions) console.log(`  function ${fn.name.padEnd(12)} ${kb(fn.bytes)}`);

  console.log(`\nMember actions: ${ITERATIONS} calls each, in-process through the SDK and the emulator.`);
  console.log('  trips = every request the emulator saw (incl. transaction start/commit and the idempotency record);');
  console.log('  growth = p50 on the larger data set / p50 on the smaller one (lists should stay near 1).');
  const small = await measureActions(SMALL, ITERATIONS);
  const large = await measureActions(SMALL * 10, ITERATIONS);
  const rows = small.map((s, i) => ({ ...s, p50LargeMs: large[i].p50Ms, growth: large[i].p50Ms / s.p50Ms }));
  console.log(`  ${'action'.padEnd(26)} ${'trips'.padStart(5)} ${'reads'.padStart(5)} ${'writes'.padStart(6)} ${`p50 @${SMALL}`.padStart(11)} ${`p95 @${SMALL}`.padStart(11)} ${`p50 @${SMALL * 10}`.padStart(12)} ${'growth'.padStart(7)}`);
  for (const r of rows) {
    console.log(`  ${r.action.padEnd(26)} ${r.roundTrips.toFixed(1).padStart(5)} ${r.reads.toFixed(1).padStart(5)} ${r.writes.toFixed(1).padStart(6)} ${r.p50Ms.toFixed(2).padStart(9)}ms ${r.p95Ms.toFixed(2).padStart(9)}ms ${r.p50LargeMs.toFixed(2).padStart(10)}ms ${r.growth.toFixed(2).padStart(7)}`);
  }
  console.log(`\nGateway under load: ${LOAD_CONNECTIONS} keep-alive connections for ${LOAD_SECONDS} s each, from a second process on loopback`);
  const gateway = await measureGateway(LOAD_CONNECTIONS, LOAD_SECONDS);
  for (const g of gateway) {
    console.log(`  ${g.action.padEnd(24)} ${g.rps.toFixed(0).padStart(6)} req/s   p50 ${g.p50Ms.toFixed(1)} ms   p99 ${g.p99Ms.toFixed(1)} ms   ${g.requests} requests, ${g.errors} errors`);
  }
  const results = {
    at: new Date().toISOString(),
    actions: rows.map((r) => ({ action: r.action, roundTrips: r.roundTrips, reads: r.reads, writes: r.writes, p50Ms: r.p50Ms, p95Ms: r.p95Ms, growth: r.growth })),
    gateway: Object.fromEntries(gateway.map((g) => [g.action, { rps: g.rps, p50Ms: g.p50Ms, p99Ms: g.p99Ms, errors: g.errors }])),
    sizes: { ...(weapp ?? {}), h5FirstLoadBytes: h5, functions: Object.fromEntries(functions.map((f) => [f.name, f.bytes])) },
  };
  writeFileSync(path.join(__dirname, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nwritten to test/bench/results.json`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
