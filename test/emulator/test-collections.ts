import type { IndexSpec } from '../../cloudfunctions/platform/indexes';

/**
 * Test-only collections and their index declarations, passed to the emulator as `extraIndexes` so the
 * app's real declarations in cloudfunctions/platform/indexes.ts stay untouched. Every query the suite
 * makes is served by one of these (the suite runs with strictIndexes on).
 */
export const TEST_COLLECTIONS = {
  items: 'contract_items',
  writes: 'contract_writes',
  counters: 'contract_counters',
  activities: 'contract_activities',
  signups: 'contract_signups',
  orders: 'contract_orders',
} as const;

/** A collection that exists but has no declared index: strict mode refuses anything but `_id` on it. */
export const UNINDEXED = 'contract_unindexed';

const asc = (field: string) => ({ field, direction: 1 as const });
const desc = (field: string) => ({ field, direction: -1 as const });

export const TEST_INDEXES: IndexSpec[] = [
  { collection: TEST_COLLECTIONS.items, name: 'kind_n', keys: [asc('kind'), asc('n')] },
  { collection: TEST_COLLECTIONS.items, name: 'n', keys: [desc('n')] },
  { collection: TEST_COLLECTIONS.items, name: 'name_unique', keys: [asc('name')], unique: true },
  { collection: TEST_COLLECTIONS.items, name: 'tags', keys: [asc('tags')] },
  { collection: TEST_COLLECTIONS.writes, name: 'group', keys: [asc('group')] },
  { collection: TEST_COLLECTIONS.counters, name: 'name', keys: [asc('name')] },
  { collection: TEST_COLLECTIONS.activities, name: 'title', keys: [asc('title')] },
  { collection: TEST_COLLECTIONS.signups, name: 'activity_member_unique', keys: [asc('activityId'), asc('memberId')], unique: true },
  { collection: TEST_COLLECTIONS.orders, name: 'customer_time', keys: [asc('customerId'), desc('at')] },
  { collection: TEST_COLLECTIONS.orders, name: 'status', keys: [asc('status')] },
];
