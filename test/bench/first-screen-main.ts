import { CPU_SLOWDOWN, FIRST_SCREEN_RUNS, SLOW_3G, measureFirstScreen } from './first-screen';

/** `npx tsx test/bench/first-screen-main.ts`: the first-screen figures alone, without the rest of npm run bench. */
const main = async () => {
  console.log(
    `First screen on a slow phone (Chromium, CPU ×${CPU_SLOWDOWN}, Slow 3G: ${SLOW_3G.latency} ms per request, ` +
      `${(SLOW_3G.downloadThroughput / 1000).toFixed(0)} kB/s each way, cache off; median of ${FIRST_SCREEN_RUNS})`,
  );
  const rows = await measureFirstScreen();
  for (const r of rows) console.log(JSON.stringify(r));
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
