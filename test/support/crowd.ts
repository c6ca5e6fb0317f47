import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { validProfile } from './profiles';
import { dataOf, type TestCloud } from './test-cloud';

/**
 * `size` members registered through the real action into the first branch (the bureau's, where
 * demo-secretary-bureau runs 小讲堂), 10 at a time (setup, not the burst under test: registrations all
 * touch the branch's member count, and on a busy machine 50 at once can outlast the client's retries);
 * answers their openids and member ids.
 */
export const registerCrowd = async (cloud: TestCloud, prefix: string, size: number): Promise<{ openids: string[]; ids: Map<string, string> }> => {
  const branchId = ((await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0] as { _id: string })._id;
  const openids = Array.from({ length: size }, (_, i) => `${prefix}-${i + 1}`);
  for (let i = 0; i < openids.length; i += 10) {
    await Promise.all(openids.slice(i, i + 10).map((p, k) => cloud.call(p, 'members.register', validProfile(branchId, { name: `老同志${i + k + 1}` })).then(dataOf)));
  }
  const ids = new Map<string, string>();
  for (let i = 0; i < openids.length; i += 100) {
    const { data } = await cloud.db.collection(COLLECTIONS.members).where({ openid: cloud.db.command.in(openids.slice(i, i + 100)) }).limit(100).get();
    for (const m of data as Array<{ _id: string; openid: string }>) ids.set(m.openid, m._id);
  }
  return { openids, ids };
};

/** Final answer of a call (after the BUSY retries of the call layer), timed; null past `limitMs`. */
export const timedAnswers = <E>(calls: Array<() => Promise<E>>, limitMs: number): Promise<Array<{ envelope: E | null; ms: number }>> =>
  Promise.all(
    calls.map(async (call) => {
      const t0 = Date.now();
      const timeout = new Promise<null>((r) => setTimeout(() => r(null), limitMs).unref());
      const envelope = await Promise.race([call(), timeout]);
      return { envelope, ms: Date.now() - t0 };
    }),
  );
