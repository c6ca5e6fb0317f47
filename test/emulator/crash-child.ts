import { spawn, ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';

/**
 * Runs the standalone emulator (cloudfunctions/local/emulator/main.ts) in a child process, so the
 * durability test can kill it with SIGKILL mid-write. `node --import tsx` keeps it one process: the pid
 * we kill is the process holding the journal (the tsx CLI would put a second process in between).
 */
export interface ChildEmulator {
  url: string;
  envId: string;
  proc: ChildProcess;
  kill9(): Promise<void>;
}

const ROOT = join(__dirname, '..', '..');

export function spawnEmulator(dataDir: string, envId = 'crash-env'): Promise<ChildEmulator> {
  const proc = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'cloudfunctions/local/emulator/main.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, ENV_ID: envId },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('child emulator did not start within 20 s')), 20_000);
    proc.once('exit', (code) => reject(new Error(`child emulator exited early with ${code}`)));
    createInterface({ input: proc.stdout! }).once('line', (line) => {
      clearTimeout(timer);
      const { url } = JSON.parse(line) as { url: string };
      resolve({
        url,
        envId,
        proc,
        kill9: async () => {
          proc.kill('SIGKILL');
          await exited;
        },
      });
    });
  });
}
