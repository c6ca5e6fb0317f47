import { COLLECTIONS } from '../contract/collections';

/**
 * Indexes as code (DESIGN §3). The deploy step creates these in CloudBase; the local emulator
 * enforces the unique ones and, in tests, refuses a query that none of them serves.
 * `_id` is always indexed and unique and is not declared here.
 */
export interface IndexKey {
  field: string;
  direction: 1 | -1;
}

export interface IndexSpec {
  collection: string;
  name: string;
  keys: IndexKey[];
  unique?: boolean;
}

const asc = (field: string): IndexKey => ({ field, direction: 1 });
const desc = (field: string): IndexKey => ({ field, direction: -1 });

export const INDEXES: IndexSpec[] = [
  { collection: COLLECTIONS.members, name: 'openid_unique', keys: [asc('openid')], unique: true },
  { collection: COLLECTIONS.members, name: 'branch_name', keys: [asc('branchId'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'roles', keys: [asc('roles'), asc('name')] },
  { collection: COLLECTIONS.members, name: 'name', keys: [asc('name')] },
  { collection: COLLECTIONS.members, name: 'created', keys: [desc('createdAt')] },
  { collection: COLLECTIONS.branches, name: 'name_unique', keys: [asc('name')], unique: true },
  { collection: COLLECTIONS.branches, name: 'order', keys: [asc('order')] },
  { collection: COLLECTIONS.auditLog, name: 'target_time', keys: [asc('targetId'), desc('at')] },
  { collection: COLLECTIONS.auditLog, name: 'actor_time', keys: [asc('actorId'), desc('at')] },
  { collection: COLLECTIONS.auditLog, name: 'time', keys: [desc('at')] },
  { collection: COLLECTIONS.idempotency, name: 'key_unique', keys: [asc('key')], unique: true },
  { collection: COLLECTIONS.rateLimits, name: 'key_unique', keys: [asc('key')], unique: true },
  { collection: COLLECTIONS.outbox, name: 'recipient_time', keys: [asc('touser'), desc('createdAt')] },
  { collection: COLLECTIONS.outbox, name: 'time', keys: [desc('createdAt')] },
  { collection: COLLECTIONS.counters, name: 'name_unique', keys: [asc('name')], unique: true },
];
