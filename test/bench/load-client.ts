/**
 * The load generator, run as its own process (so the gateway's process is measured alone):
 * `tsx load-client.ts <json config>` → prints one JSON line { requests, errors, rps, p50Ms, p99Ms }.
 * Bounded in time and count, loopback only.
 */
import http from 'node:http';
import { randomUUID } from 'node:crypto';

interface Config {
  url: string;
  fn: string;
  action: string;
  input: unknown;
  openids: string[];
  connections: number;
  seconds: number;
}

const config = JSON.parse(process.argv[2]) as Config;
const target = new URL(`${config.url}/api/${config.fn}`);
if (!['127.0.0.1', 'localhost', '[::1]'].includes(target.hostname)) throw new Error('load only ever targets loopback');
const agent = new http.Agent({ keepAlive: true, maxSockets: config.connections });
const latencies: number[] = [];
let errors = 0;
let next = 0;
const deadline = Date.now() + config.seconds * 1000;
const MAX_REQUESTS = 2_000_000;

const once = (openid: string): Promise<number> =>
  new Promise((resolve) => {
    const body = JSON.stringify({ action: config.action, input: config.input, requestId: randomUUID() });
    const req = http.request(
      target,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-dev-openid': openid } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const ok = res.statusCode === 200 && (JSON.parse(Buffer.concat(chunks).toString()) as { ok: boolean }).ok;
          resolve(ok ? 200 : res.statusCode ?? 0);
        });
      },
    );
    req.on('error', () => resolve(0));
    req.end(body);
  });

const worker = async () => {
  while (Date.now() < deadline && latencies.length + errors < MAX_REQUESTS) {
    // Spread calls over many callers: per-user rate limits are a feature, not what this measures.
    const openid = config.openids[next++ % config.openids.length];
    const start = process.hrtime.bigint();
    const status = await once(openid);
    if (status === 200) latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    else errors += 1;
  }
};

const started = Date.now();
Promise.all(Array.from({ length: config.connections }, worker)).then(() => {
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
  console.log(JSON.stringify({ requests: latencies.length + errors, errors, rps: latencies.length / elapsed, p50Ms: at(0.5), p99Ms: at(0.99) }));
  agent.destroy();
});
