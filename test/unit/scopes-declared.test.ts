import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { SCOPES } from '../../cloudfunctions/contract/scopes';
import { leavesOf, type Leaf } from '../support/schema-walk';

/**
 * Every input field that names an object has a declared scope (contract/scopes.ts), and every
 * declaration names a field that exists: a new id or file field without one fails here.
 */
const patternsOf = (leaf: Leaf): string[] =>
  (((leaf.schema as unknown as { _zod: { def: { checks?: Array<{ _zod: { def: { pattern?: RegExp } } }> } } })._zod.def.checks) ?? [])
    .map((c) => c._zod.def.pattern?.source ?? '');

const namesAnObject = (leaf: Leaf): boolean =>
  leaf.type === 'string' &&
  (patternsOf(leaf).some((p) => p === '^[A-Za-z0-9_-]{1,64}$' || p.startsWith('^cloud:')) || /(Id|Ids|^ids|^id|replaceWith)$/.test(leaf.path.filter((p) => p !== '[]').at(-1) ?? ''));

describe('every field that names an object has a declared scope', () => {
  it.each(actionNames)('%s', (action) => {
    const fields = [...new Set(leavesOf(ACTIONS[action].input).filter(namesAnObject).map((l) => l.path.join('.')))].sort();
    expect({ action, declared: Object.keys(SCOPES[action] ?? {}).sort() }).toEqual({ action, declared: fields });
  });
});
