import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { H5_DIR, REPO_ROOT } from './paths';

const newestMtime = (dir: string): number => {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
};

/** Builds the H5 app when there is no build or a source is newer than it (first start: ~25 s). */
export const ensureH5Build = (): void => {
  const built = (() => {
    try {
      return statSync(path.join(H5_DIR, 'index.html')).mtimeMs;
    } catch {
      return 0;
    }
  })();
  const sources = ['client', 'config', path.join('cloudfunctions', 'contract')].map((d) => newestMtime(path.join(REPO_ROOT, d)));
  if (built > Math.max(...sources)) return;
  console.log('正在构建 H5 页面（首次约半分钟）…');
  const result = spawnSync('npx', ['taro', 'build', '--type', 'h5'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) throw new Error('H5 build failed');
};
