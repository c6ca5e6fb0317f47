/**
 * Standalone emulator: `tsx cloudfunctions/local/emulator/main.ts`
 * Environment: PORT (default 9190; 0 = any free port), HOST (127.0.0.1), DATA_DIR (.data/emulator),
 * ENV_ID (local-env), STRICT_INDEXES=1 to refuse unindexed queries.
 * Prints one JSON line `{"url":…,"baseUrl":…,"port":…,"envId":…}` on stdout once listening, so a parent
 * process (scripts, the durability test) can read where it is. SIGINT/SIGTERM close it cleanly; SIGKILL is
 * also safe for acknowledged writes (see store/durable-store.ts).
 */
import { resolve } from 'node:path';
import { startEmulator } from './index';

async function main(): Promise<void> {
  const emulator = await startEmulator({
    dataDir: resolve(process.env.DATA_DIR ?? '.data/emulator'),
    port: process.env.PORT === undefined ? 9190 : Number(process.env.PORT),
    host: process.env.HOST ?? '127.0.0.1',
    envId: process.env.ENV_ID ?? 'local-env',
    strictIndexes: process.env.STRICT_INDEXES === '1' || process.env.STRICT_INDEXES === 'true',
  });
  process.stdout.write(`${JSON.stringify({ url: emulator.url, baseUrl: emulator.baseUrl, port: emulator.port, envId: emulator.envId })}\n`);
  const stop = () => {
    emulator.close().then(
      () => process.exit(0),
      (e) => {
        console.error(e);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((e) => {
  console.error('[emulator] failed to start:', e);
  process.exit(1);
});
