import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { h5FirstLoadBytes, weappSizes } from './sizes';

/**
 * The floor for the size figures: a bare Taro React hello-world — one page, one <Text> —
 * built with the project's own config/, babel.config.js, package.json and H5 template, so the app's
 * sizes can be read as a ratio over what Taro and React cost anyway. Lives in .cache/bench-floor
 * (git-ignored, inside the repo so node_modules resolve); rebuilt only when those inputs change.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const FLOOR = path.join(ROOT, '.cache', 'bench-floor');

const COPIED = ['package.json', 'babel.config.js', 'config/index.ts', 'config/dev.ts', 'config/prod.ts', 'config/subscribe-templates.json', 'client/index.html', 'client/vendor-stubs/zod-locales.ts'];

const WRITTEN: Record<string, string> = {
  'client/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'hello' } });\n",
  'client/app.tsx': "import type { PropsWithChildren } from 'react';\n\nfunction App({ children }: PropsWithChildren) {\n  return children;\n}\n\nexport default App;\n",
  'client/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: 'hello' });\n",
  'client/pages/index/index.tsx':
    "import { Text, View } from '@tarojs/components';\n\nexport default function Index() {\n  return (\n    <View>\n      <Text>你好</Text>\n    </View>\n  );\n}\n",
};

export interface FloorSizes {
  weappMainBytes: number | null;
  h5FirstLoadBytes: number | null;
  cached: boolean;
  buildMs: number;
}

const inputsKey = () => {
  const hash = createHash('sha256');
  for (const f of COPIED) hash.update(f).update(readFileSync(path.join(ROOT, f)));
  for (const [f, text] of Object.entries(WRITTEN)) hash.update(f).update(text);
  hash.update(readFileSync(path.join(ROOT, 'package-lock.json')));
  return hash.digest('hex');
};

type BuildType = 'weapp' | 'h5';

/** Writes the hello-world's sources (shared by both builds) when its inputs changed. */
const writeSources = (key: string) => {
  const sourcesKey = path.join(FLOOR, '.inputs-key');
  if (existsSync(sourcesKey) && readFileSync(sourcesKey, 'utf8') === key) return;
  rmSync(path.join(FLOOR, 'client'), { recursive: true, force: true });
  rmSync(path.join(FLOOR, 'dist'), { recursive: true, force: true });
  for (const f of COPIED) {
    mkdirSync(path.dirname(path.join(FLOOR, f)), { recursive: true });
    copyFileSync(path.join(ROOT, f), path.join(FLOOR, f));
  }
  for (const [f, text] of Object.entries(WRITTEN)) {
    mkdirSync(path.dirname(path.join(FLOOR, f)), { recursive: true });
    writeFileSync(path.join(FLOOR, f), text);
  }
  writeFileSync(sourcesKey, key);
};

/** Builds the hello-world for `type` (NODE_ENV=production, like the app) unless its build is current; true when cached. */
export const buildFloor = (type: BuildType): boolean => {
  const key = inputsKey();
  writeSources(key);
  const builtKey = path.join(FLOOR, `.built-${type}`);
  if (existsSync(builtKey) && readFileSync(builtKey, 'utf8') === key) return true;
  const built = spawnSync('npx', ['taro', 'build', '--type', type], { cwd: FLOOR, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (built.status !== 0) throw new Error(`floor build (${type}) failed:\n${(built.stdout + built.stderr).slice(-2000)}`);
  writeFileSync(builtKey, key);
  return false;
};

export const FLOOR_DIST = path.join(FLOOR, 'dist');

/** Both builds of the hello-world and their sizes. */
export const floorSizes = (): FloorSizes => {
  const started = Date.now();
  const cached = [buildFloor('weapp'), buildFloor('h5')].every(Boolean);
  return {
    weappMainBytes: weappSizes(path.join(FLOOR_DIST, 'weapp'))?.weappMainBytes ?? null,
    h5FirstLoadBytes: h5FirstLoadBytes(path.join(FLOOR_DIST, 'h5')),
    cached,
    buildMs: Date.now() - started,
  };
};
