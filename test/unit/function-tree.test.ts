import { readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { FUNCTIONS, type ActionDef, type FunctionName } from '../../cloudfunctions/contract/define';
import { NAMESPACE_FUNCTIONS } from '../../cloudfunctions/contract/functions';
import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';

/**
 * The folder tree is the map of who runs what: function → namespaces → handlers. `features/<function>/`
 * holds the function's router and its own namespace's handlers, `features/<function>/<namespace>/` each other
 * namespace it runs; `contract/actions/<function>/` declares the actions of that function, one file per
 * namespace (or per part of the function's own).
 */
const CF = path.resolve(__dirname, '../../cloudfunctions');
const dirs = (dir: string): string[] => readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory());
const namespaceOf = (action: string): string => action.slice(0, action.indexOf('.'));
const actionsOf = (fn: FunctionName, namespace?: string): string[] =>
  actionNames.filter((a) => ACTIONS[a].fn === fn && (namespace === undefined || namespaceOf(a) === namespace)).sort();

/** The one router a routes.ts exports, as its action names. */
const routerKeys = (file: string): string[] => {
  const exported = Object.values(require(file) as Record<string, object>);
  expect(exported).toHaveLength(1);
  return Object.keys(exported[0]).sort();
};

describe('the folder tree shows function → namespaces → handlers', () => {
  it('features/ has one folder per deployed function, and contract/actions/ too', () => {
    expect(dirs(path.join(CF, 'features')).sort()).toEqual([...FUNCTIONS].sort());
    expect(dirs(path.join(CF, 'contract/actions')).sort()).toEqual([...FUNCTIONS].sort());
  });

  describe.each([...FUNCTIONS])('function %s', (fn) => {
    const home = path.join(CF, 'features', fn);
    const others = [...new Set(actionsOf(fn).map(namespaceOf))].filter((ns) => ns !== fn).sort();

    it('its router names exactly the actions it runs', () => {
      expect(routerKeys(path.join(home, 'routes.ts'))).toEqual(actionsOf(fn));
    });

    it('every other namespace it runs has its folder inside it, with a router of that namespace only', () => {
      expect(dirs(home).sort()).toEqual(others);
      for (const ns of others) {
        expect(NAMESPACE_FUNCTIONS[ns as keyof typeof NAMESPACE_FUNCTIONS]).toBe(fn);
        const file = path.join(home, ns, 'routes.ts');
        expect({ ns, router: existsSync(file) }).toEqual({ ns, router: true });
        expect(routerKeys(file)).toEqual(actionsOf(fn, ns));
      }
    });

    it('its actions are declared in contract/actions/<function>/, each in the file of its namespace or of the function', () => {
      const folder = path.join(CF, 'contract/actions', fn);
      const found = new Set<string>();
      for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts'))) {
        const base = file.replace(/\.ts$/, '');
        for (const group of Object.values(require(path.join(folder, file)) as Record<string, unknown>)) {
          if (typeof group !== 'object' || group === null) continue;
          for (const [action, def] of Object.entries(group as Record<string, ActionDef>)) {
            if (!(action in ACTIONS)) continue;
            expect({ action, file, fn: def.fn }).toEqual({ action, file, fn });
            expect([fn, base]).toContain(namespaceOf(action));
            found.add(action);
          }
        }
      }
      expect([...found].sort()).toEqual(actionsOf(fn));
    });
  });
});
