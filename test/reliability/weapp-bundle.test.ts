import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { FLOOR_DIST } from '../bench/floor';
import { weappSizes } from '../bench/sizes';
import { evalSites, setsJitless } from './eval-scan';

/**
 * What WeChat will receive: `npm test` builds dist/weapp before jest runs (test/run.ts). The local
 * demo sign-in must not be in it, packages must fit WeChat's 2 MB limit, and no code may evaluate
 * strings (WeChat forbids eval / new Function), apart from webpack's own guarded global shim,
 * which only runs where `this` is undefined and WeChat never reaches.
 */
const WEAPP = path.resolve(__dirname, '../../dist/weapp');
const LIMIT = 2 * 1024 * 1024;
/**
 * The main package is every retiree's first download: at most twice a bare Taro React app built with this
 * project's own config (test/bench/floor.ts; npm test builds it before jest). zod, about 200 KB, must not
 * be in it at all: a schema module reached from a main-package page brings it back (eslint stops the
 * import; this stops the bytes).
 */
const MAIN_OVER_FLOOR = 2.0;
const FLOOR_WEAPP = path.join(FLOOR_DIST, 'weapp');
const WEBPACK_GLOBAL_SHIM = 'this||new Function("return this")()';

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });

const built = existsSync(path.join(WEAPP, 'app.json'));
if (!built) console.warn('dist/weapp is missing: run `npm run build:weapp` (npm test does) — the weapp bundle test fails without it');

describe('mini-program bundle', () => {
  it('exists (npm test builds it first)', () => {
    expect(built).toBe(true);
  });

  const code = () => files(WEAPP).filter((f) => /\.(js|json|wxml)$/.test(f)).map((f) => [f, readFileSync(f, 'utf8')] as const);

  it('has no local-only page or dev identity code', () => {
    if (!built) return;
    const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { pages: string[] };
    expect(app.pages.some((p) => p.includes('dev/'))).toBe(false);
    for (const [file, text] of code()) {
      for (const marker of ['/dev/login', '/dev/users', 'x-dev-openid', 'yl_dev_openid']) {
        expect({ file: path.relative(WEAPP, file), marker, found: text.includes(marker) }).toMatchObject({ found: false });
      }
    }
  });

  it('evaluates no strings', () => {
    if (!built) return;
    for (const [file, text] of code()) {
      const stripped = text.split(WEBPACK_GLOBAL_SHIM).join('');
      expect({ file: path.relative(WEAPP, file), evalFound: /\beval\(|new Function\(/.test(stripped) }).toMatchObject({ evalFound: false });
    }
  });

  it('has no Function constructor under another name either, and zod runs jitless', () => {
    if (!built) return;
    const js = code().filter(([file]) => file.endsWith('.js'));
    for (const [file, text] of js) {
      expect({ file: path.relative(WEAPP, file), sites: evalSites(text, [WEBPACK_GLOBAL_SHIM]) }).toEqual({ file: path.relative(WEAPP, file), sites: [] });
    }
    expect(js.some(([, text]) => setsJitless(text))).toBe(true);
  });

  it('keeps role pages and the profile form in subpackages, and every package under 2 MB', () => {
    if (!built) return;
    const sizes = weappSizes(WEAPP);
    expect(Object.keys(sizes?.subpackages ?? {}).sort()).toEqual(['packageAdmin', 'packageFamily', 'packageMember', 'packageScan', 'packageSecretary', 'packageStaff']);
    expect(sizes?.weappMainBytes).toBeLessThan(LIMIT);
    for (const bytes of Object.values(sizes?.subpackages ?? {})) expect(bytes).toBeLessThan(LIMIT);
  });

  it('keeps the main package within 2× a bare Taro app', () => {
    if (!built) return;
    const floor = weappSizes(FLOOR_WEAPP)?.weappMainBytes;
    expect({ floorBuilt: floor !== undefined }).toEqual({ floorBuilt: true });
    const main = weappSizes(WEAPP)?.weappMainBytes ?? Number.POSITIVE_INFINITY;
    // Both sizes are in the failure message.
    expect({ main, floor, withinLimit: main <= MAIN_OVER_FLOOR * (floor ?? 0) }).toMatchObject({ withinLimit: true });
  });

  it('ships no zod in the main package', () => {
    if (!built) return;
    const app = JSON.parse(readFileSync(path.join(WEAPP, 'app.json'), 'utf8')) as { subPackages: Array<{ root: string }> };
    const roots = app.subPackages.map((s) => `${s.root.replace(/\/$/, '')}${path.sep}`);
    const mainJs = files(WEAPP).filter((f) => f.endsWith('.js') && !roots.some((r) => path.relative(WEAPP, f).startsWith(r)));
    const withZod = mainJs.filter((f) => readFileSync(f, 'utf8').includes('"$ZodType"')).map((f) => path.relative(WEAPP, f));
    expect(withZod).toEqual([]);
    // The marker itself is real: the subpackage that checks forms with schemas carries zod.
    expect(files(path.join(WEAPP, 'packageMember')).some((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('"$ZodType"'))).toBe(true);
  });
});
