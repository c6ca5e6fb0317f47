import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const dirBytes = (dir: string, skip: (name: string) => boolean = () => false): number => {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? dirBytes(full) : statSync(full).size;
  }
  return total;
};

/** Main package = everything outside the subpackage roots that app.json declares (WeChat's rule). */
export const weappSizes = (weappDir: string) => {
  if (!existsSync(path.join(weappDir, 'app.json'))) return null;
  const app = JSON.parse(readFileSync(path.join(weappDir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subpackages = Object.fromEntries(roots.map((root) => [root, dirBytes(path.join(weappDir, root))]));
  const main = dirBytes(weappDir, (name) => roots.includes(name));
  return { weappMainBytes: main, subpackages };
};

/** Bytes of the JavaScript and CSS that index.html loads before the first page shows. */
export const h5FirstLoadBytes = (h5Dir: string): number | null => {
  const indexFile = path.join(h5Dir, 'index.html');
  if (!existsSync(indexFile)) return null;
  const html = readFileSync(indexFile, 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return refs.reduce((sum, ref) => {
    const file = path.join(h5Dir, ref.replace(/^\//, ''));
    return sum + (existsSync(file) ? statSync(file).size : 0);
  }, 0);
};
