/**
 * One data-set size of the action bench, in its own process (run.ts starts one per size with a larger
 * heap: the ten-times county holds about two million documents in the emulator's memory).
 * Usage: tsx test/bench/actions-main.ts <factor> <iterations> <out.json> [platform]
 */
import { writeFileSync } from 'node:fs';
import { measureActions } from './actions';

const [factor, iterations, out, platform] = process.argv.slice(2);

measureActions(Number(factor), Number(iterations), (line) => console.log(`  ${line}`), platform === 'platform')
  .then((run) => {
    writeFileSync(out, JSON.stringify(run));
    process.exit(0);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
