import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions, type BuiltFunction } from '../../cloudfunctions/build';
import { z } from '../../cloudfunctions/contract/zod';
import { evalSites, setsJitless } from './eval-scan';

/**
 * The deployed code is the production code: no emulator, gateway, seed or dev sign-in may be bundled.
 * The build refuses such a bundle; this also reads what it wrote, so a renamed local
 * folder or a copied dev helper would still be caught.
 */
describe('deployable function bundles', () => {
  let built: BuiltFunction[];
  beforeAll(async () => {
    built = await buildFunctions();
  }, 60_000);

  it('builds every function that exists, members at least', () => {
    expect(built.map((f) => f.name)).toContain('members');
  });

  it('contain no local-only module and no dev identity path', () => {
    for (const fn of built) {
      expect(fn.inputs.filter((input) => input.includes('cloudfunctions/local'))).toEqual([]);
      const code = readFileSync(path.resolve(__dirname, '../../dist/functions', fn.name, 'index.js'), 'utf8');
      for (const marker of ['x-dev-openid', 'yl_dev_openid', 'demo-admin', 'TCB_CONTEXT_CNFG', 'startEmulator']) {
        expect({ fn: fn.name, marker, found: code.includes(marker) }).toEqual({ fn: fn.name, marker, found: false });
      }
    }
  });

  it('evaluate no strings: no eval, no new Function, no Function constructor under another name; zod runs jitless', () => {
    expect(z.config().jitless).toBe(true);
    for (const fn of built) {
      const code = readFileSync(path.resolve(__dirname, '../../dist/functions', fn.name, 'index.js'), 'utf8');
      expect({ fn: fn.name, sites: evalSites(code), jitless: setsJitless(code) }).toEqual({ fn: fn.name, sites: [], jitless: true });
    }
  });

  it('the eval scan finds what it looks for', () => {
    expect(evalSites('a=eval("1")')).toHaveLength(1);
    expect(evalSites('x=new Function("return 1")')).toHaveLength(1);
    expect(evalSites('let F=Function;new F("x")')).toHaveLength(1);
    expect(evalSites('if(x instanceof Function)y()')).toEqual([]);
  });

  it('keep the SDK external and declare it as the only dependency', () => {
    for (const fn of built) {
      const pkg = JSON.parse(readFileSync(path.resolve(__dirname, '../../dist/functions', fn.name, 'package.json'), 'utf8'));
      expect(Object.keys(pkg.dependencies)).toEqual(['@cloudbase/node-sdk']);
      expect(fn.inputs.some((input) => input.includes('node_modules/@cloudbase/'))).toBe(false);
    }
  });
});
