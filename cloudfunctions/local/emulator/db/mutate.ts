import { updateOne } from 'mingo/updater';
import type { Doc } from '../ejson';
import { ErrorCodes, EmulatorError } from '../errors';
import { newDocId } from '../ids';
import type { Filter } from './constraints';
import { fieldConstraints } from './constraints';
import { mingoOptions } from './query';
import type { DocId } from './sorted-index';
import { checkUpdate } from './update-checks';
import { deepClone, valuesEqual } from './values';
import type { WorkingSet } from './working-set';

/**
 * Write semantics of database.insertDocument / modifyDocument / removeDocument, applied to a WorkingSet.
 * - insert: `_id` generated when absent; an existing `_id` or a unique-index clash refuses the whole batch.
 * - modify: `merge: true` applies update operators (what doc().update and where().update send);
 *   `merge: false` replaces the document keeping `_id` (doc().set). `updated` counts documents whose
 *   content actually changed, as MongoDB's nModified does; `matched` counts all matches.
 * - upsert: when nothing matches, a document is built from the filter's equalities (and `_id`) and the data.
 */
export function insertDocs(ws: WorkingSet, coll: string, docs: Doc[]): DocId[] {
  const ids: DocId[] = [];
  for (const raw of docs) {
    if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
      throw new EmulatorError(ErrorCodes.invalidParam, 'each inserted document must be an object');
    }
    const doc: Doc = raw._id === undefined ? { _id: newDocId(), ...raw } : { ...raw };
    const id = doc._id as DocId;
    if (ws.get(coll, id)) {
      throw new EmulatorError(
        ErrorCodes.duplicateWrite,
        `E11000 duplicate key error collection: ${coll} index: _id_ dup key: { _id: ${JSON.stringify(id)} }`,
      );
    }
    ws.put(coll, doc);
    ids.push(id);
  }
  return ids;
}

export interface ModifyArgs {
  filter: Filter;
  data: Doc;
  multi: boolean;
  merge: boolean;
  upsert: boolean;
}

export interface ModifyResult {
  updated: number;
  matched: number;
  upsertId?: DocId;
}

export function modifyDocs(ws: WorkingSet, coll: string, args: ModifyArgs): ModifyResult {
  if (!args.data || typeof args.data !== 'object') {
    throw new EmulatorError(ErrorCodes.invalidParam, 'update data must be an object');
  }
  const targets = ws.find(coll, args.filter, args.multi ? {} : { limit: 1 });
  let updated = 0;
  for (const old of targets) {
    const next = args.merge ? applyOperators(old, args.data) : replaceDoc(old._id, args.data);
    if (!valuesEqual(next._id, old._id)) {
      throw new EmulatorError(ErrorCodes.requestFailed, "Performing an update on the path '_id' would modify the immutable field '_id'");
    }
    if (valuesEqual(next, old)) continue;
    ws.put(coll, next);
    updated++;
  }
  if (targets.length > 0 || !args.upsert) return { updated, matched: targets.length };

  const base = seedFromFilter(args.filter);
  const doc = args.merge ? applyOperators(base, args.data) : replaceDoc(base._id, args.data);
  if (doc._id === undefined) doc._id = newDocId();
  const [id] = insertDocs(ws, coll, [doc]);
  return { updated: 0, matched: 0, upsertId: id };
}

export function removeDocs(ws: WorkingSet, coll: string, filter: Filter, multi: boolean): number {
  const targets = ws.find(coll, filter, multi ? {} : { limit: 1 });
  for (const d of targets) ws.remove(coll, d._id as DocId);
  return targets.length;
}

const isOperatorDoc = (data: Doc): boolean => Object.keys(data).some((k) => k.startsWith('$'));

function applyOperators(doc: Doc, data: Doc): Doc {
  // Plain fields in merge mode mean "set these", which is how CloudBase treats them.
  const modifier = isOperatorDoc(data) ? data : { $set: data };
  checkUpdate(doc, modifier);
  const docs = [deepClone(doc)];
  updateOne(docs, {}, modifier as never, { cloneMode: 'deep' }, mingoOptions);
  return docs[0];
}

function replaceDoc(id: unknown, data: Doc): Doc {
  if (isOperatorDoc(data)) {
    throw new EmulatorError(ErrorCodes.invalidParam, 'a replacement document cannot contain update operators');
  }
  const rest = { ...data };
  delete rest._id;
  return id === undefined ? rest : { _id: id, ...rest };
}

/** Equality conditions of an upsert's filter become fields of the new document, as in MongoDB. */
function seedFromFilter(filter: Filter): Doc {
  const doc: Doc = {};
  for (const [field, c] of fieldConstraints(filter)) {
    if (!c.eq) continue;
    const parts = field.split('.');
    let node = doc as Record<string, unknown>;
    for (const p of parts.slice(0, -1)) {
      if (!node[p] || typeof node[p] !== 'object') node[p] = {};
      node = node[p] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]] = c.eq.value;
  }
  return doc;
}
