import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { TestCloud } from '../../support/test-cloud';
import { dataOf } from '../../support/test-cloud';
import { validProfile } from '../../support/profiles';

export const HOUR = 3_600_000;

export const memberIdOf = async (cloud: TestCloud, openid: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string })._id;

export { teamIdByName } from '../../support/lookups';

/** Registers `count` extra members (openids load-1 … load-N) through the real members.register action. */
export const registerMany = async (cloud: TestCloud, prefix: string, count: number): Promise<string[]> => {
  const branchId = ((await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0] as { _id: string })._id;
  const openids = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  for (const [i, openid] of openids.entries()) {
    dataOf(await cloud.call(openid, 'members.register', validProfile(branchId, { name: `志愿者${i + 1}` })));

  }
  return openids;
};

/** Posts an activity as `openid` starting `startInH` hours after the cloud's clock. */
export const postActivity = async (
  cloud: TestCloud,
  openid: string,
  teamId: string,
  opts: { capacity: number; startInH?: number; hours?: number; needsApproval?: boolean; deadlineBeforeH?: number; title?: string },
) => {
  const now = cloud.clock.now().getTime();
  const start = now + (opts.startInH ?? 48) * HOUR;
  return cloud.call(openid, 'volunteers.postActivity', {
    teamId,
    title: opts.title ?? '测试活动',
    description: '活动内容',
    field: 'tech',
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + (opts.hours ?? 2) * HOUR).toISOString(),
    deadline: new Date(start - (opts.deadlineBeforeH ?? 1) * HOUR).toISOString(),
    place: '城关镇老年活动中心',
    capacity: opts.capacity,
    needsApproval: opts.needsApproval ?? false,
  });
};

/**
 * The database as a function sees it when it dies right after a transaction: every multi-document
 * `where(...).update(...)` outside a transaction fails. Reads, by-id writes and transactions work.
 */
export const crashAfterCommit = (db: TestCloud['db']): TestCloud['db'] => {
  const wrap = <T extends object>(target: T, hook: (key: string | symbol, value: unknown) => unknown): T =>
    new Proxy(target, {
      get(t, key) {
        const value = Reflect.get(t, key, t) as unknown;
        const hooked = hook(key, value);
        if (hooked !== undefined) return hooked;
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      },
    });
  const failingUpdate = () => Promise.reject(new Error('simulated crash after commit'));
  return wrap(db, (key, value) => {
    if (key !== 'collection') return undefined;
    return (name: string) => {
      const collection = (value as (n: string) => object).call(db, name);
      return wrap(collection, (k, v) => {
        if (k !== 'where') return undefined;
        return (...args: unknown[]) => wrap((v as (...a: unknown[]) => object).apply(collection, args), (k2) => (k2 === 'update' ? failingUpdate : undefined));
      });
    };
  });
};

/**
 * The database with a hook after every query (`where(...)…get()`) on `collection`: `after` runs once the
 * answer is in and before the caller sees it — a deterministic way to land a write between a use case's
 * read and its transaction.
 */
export const afterQueries = (db: TestCloud['db'], collection: string, after: () => Promise<void>): TestCloud['db'] => {
  const chain = (target: object): object =>
    new Proxy(target, {
      get(t, key) {
        const value = Reflect.get(t, key, t) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const out = (value as (...a: unknown[]) => unknown).apply(t, args);
          if (key === 'get') return (out as Promise<unknown>).then(async (answer) => { await after(); return answer; });
          return out && typeof out === 'object' && !(out instanceof Promise) ? chain(out) : out;
        };
      },
    });
  return new Proxy(db, {
    get(t, key) {
      const value = Reflect.get(t, key, t) as unknown;
      if (key !== 'collection') return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(t) : value;
      return (name: string) => {
        const c = (value as (n: string) => object).call(t, name);
        if (name !== collection) return c;
        return new Proxy(c, {
          get(ct, k) {
            const v = Reflect.get(ct, k, ct) as unknown;
            if (k === 'where') return (...a: unknown[]) => chain((v as (...x: unknown[]) => object).apply(ct, a));
            return typeof v === 'function' ? (v as (...x: unknown[]) => unknown).bind(ct) : v;
          },
        });
      };
    },
  });
};
