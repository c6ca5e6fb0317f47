import tcb from '@cloudbase/node-sdk';
import type { Database } from '../../cloudfunctions/platform/database';
import { scaled, seedBulk, type BulkReport } from '../../cloudfunctions/local/seed/bulk';
import { startTestCloud, type TestCloud } from './test-cloud';

/**
 * A test cloud with the demo county and, on top of it, `factor` × the bench's county-sized data
 * (cloudfunctions/local/seed/bulk.ts). The bulk seed gets its own SDK client with a long timeout: a batch
 * that lands on a journal compaction takes longer than the SDK's default on a busy machine.
 */
export const startBulkCloud = async (factor: number): Promise<{ cloud: TestCloud; report: BulkReport }> => {
  const cloud = await startTestCloud();
  await cloud.seed();
  const bulkDb = tcb.init({ env: tcb.SYMBOL_CURRENT_ENV, timeout: 120_000 }).database() as unknown as Database;
  return { cloud, report: await seedBulk(bulkDb, cloud.clock.now(), scaled(factor)) };
};
