import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

/**
 * Two emulators appending to one journal would interleave records and corrupt it, so a data directory is
 * owned by one process at a time. The LOCK file holds the owner's pid; a lock left by a process that no
 * longer runs (kill -9) is taken over. Within one process, a second open of the same directory is refused.
 */
const openedHere = new Set<string>();

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

export async function acquireDirLock(dir: string): Promise<void> {
  if (openedHere.has(dir)) throw new Error(`data directory ${dir} is already open in this process`);
  const path = join(dir, 'LOCK');
  const existing = await fsp.readFile(path, 'utf8').catch(() => '');
  const pid = Number.parseInt(existing, 10);
  if (pid && pid !== process.pid && alive(pid)) {
    throw new Error(`data directory ${dir} is in use by process ${pid}`);
  }
  await fsp.writeFile(path, String(process.pid));
  openedHere.add(dir);
}

export async function releaseDirLock(dir: string): Promise<void> {
  openedHere.delete(dir);
  await fsp.rm(join(dir, 'LOCK'), { force: true });
}
