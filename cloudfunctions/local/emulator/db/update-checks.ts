import type { Doc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';

/**
 * MongoDB refuses some updates that mingo silently skips; CloudBase passes MongoDB's refusal on, so we
 * check them first: arithmetic on a non-number, array operators on a non-array, unknown operators.
 * Without this, `_.inc(1)` on a string field would "succeed" locally and fail in production.
 */
const NUMERIC = new Set(['$inc', '$mul']);
const ARRAY = new Set(['$push', '$addToSet', '$pull', '$pullAll', '$pop']);
const KNOWN = new Set([...NUMERIC, ...ARRAY, '$set', '$unset', '$min', '$max', '$rename', '$currentDate', '$setOnInsert', '$bit']);

function valueAt(doc: unknown, path: string): unknown {
  let node = doc;
  for (const part of path.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

const typeName = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : v instanceof Date ? 'date' : typeof v);

export function checkUpdate(doc: Doc, modifier: Record<string, unknown>): void {
  for (const [op, fields] of Object.entries(modifier)) {
    if (!KNOWN.has(op)) throw new EmulatorError(ErrorCodes.requestFailed, `Unknown modifier: ${op}`);
    if (!fields || typeof fields !== 'object') continue;
    for (const [path, operand] of Object.entries(fields as Record<string, unknown>)) {
      if (path.includes('$')) continue; // positional paths: leave to the updater
      const current = valueAt(doc, path);
      if (NUMERIC.has(op)) {
        if (typeof operand !== 'number') {
          throw new EmulatorError(ErrorCodes.requestFailed, `Cannot ${op.slice(1)} with non-numeric argument: {${path}: ${JSON.stringify(operand)}}`);
        }
        if (current !== undefined && typeof current !== 'number') {
          throw new EmulatorError(
            ErrorCodes.requestFailed,
            `Cannot apply ${op} to a value of non-numeric type. {_id: ${JSON.stringify(doc._id)}} has the field '${path}' of non-numeric type ${typeName(current)}`,
          );
        }
      }
      if (ARRAY.has(op) && current !== undefined && !Array.isArray(current)) {
        throw new EmulatorError(ErrorCodes.requestFailed, `The field '${path}' must be an array but is of type ${typeName(current)} in document {_id: ${JSON.stringify(doc._id)}}`);
      }
    }
  }
}
