import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { claimRequest, STALE_CLAIM_MS } from '../../../cloudfunctions/platform/idempotency';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';

/** A shaky network resends the same intent: it must change things once, and answer the same. */
describe('idempotent writes', () => {
  let cloud: TestCloud;
  let branchId: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branchId = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0]._id;
  });
  afterAll(() => cloud.close());

  it('a replay returns the first result and changes nothing more', async () => {
    const first = await cloud.call('demo-admin', 'branches.create', { name: '桃花源村离退休党支部' }, 'req-branch-create-1');
    const again = await cloud.call('demo-admin', 'branches.create', { name: '桃花源村离退休党支部' }, 'req-branch-create-1');
    expect(again).toEqual(first);
    const { total } = await cloud.db.collection(COLLECTIONS.branches).where({ name: '桃花源村离退休党支部' }).count();
    expect(total).toBe(1);
    const audits = await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: dataOf(first).id }).count();
    expect(audits.total).toBe(1);
  });

  it('a refusal keeps nothing under its id (it changed nothing)', async () => {
    const records = async () => ((await cloud.snapshot())[COLLECTIONS.idempotency] ?? []).length;
    const before = await records();
    const input = { branchId: 'noSuchBranch0', name: '新名字支部' };
    expect(errorOf(await cloud.call('demo-admin', 'branches.rename', input, 'req-branch-refused-1')).code).toBe('BRANCH_NOT_FOUND');
    expect(await records()).toBe(before);
  });

  it('refuses the same requestId with a different input', async () => {
    await cloud.call('demo-admin', 'branches.create', { name: '甲支部' }, 'req-branch-create-2');
    const res = await cloud.call('demo-admin', 'branches.create', { name: '乙支部' }, 'req-branch-create-2');
    expect(errorOf(res).code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect((await cloud.db.collection(COLLECTIONS.branches).where({ name: '乙支部' }).count()).total).toBe(0);
  });

  it('concurrent copies of one registration create one member', async () => {
    const input = {
      name: '覃德福', birthYear: 1950, formerUnit: '县水利局', branchId, livingSituation: 'alone' as const,
      mobility: 'good' as const, needsHomeDelivery: false, emergencyContact: { name: '覃小燕', phone: '13807455678', relation: '女儿' },
    };
    const results = await Promise.all(Array.from({ length: 8 }, () => cloud.call('retry-user', 'members.register', input, 'req-register-retry')));
    const ok = results.filter((r) => r.ok);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('BUSY');
    expect((await cloud.db.collection(COLLECTIONS.members).where({ openid: 'retry-user' }).count()).total).toBe(1);
    // Once settled, every resend gets the same answer.
    const later = await cloud.call('retry-user', 'members.register', input, 'req-register-retry');
    expect(later).toEqual(ok[0]);
  });

  it('different intents from one person racing to register still make one member', async () => {
    const input = {
      name: '向明', birthYear: 1949, formerUnit: '县粮食局', branchId, livingSituation: 'with_spouse' as const,
      mobility: 'good' as const, needsHomeDelivery: false, emergencyContact: { name: '向红', phone: '13807450000', relation: '女儿' },
    };
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => cloud.call('racer', 'members.register', input, `req-race-${i}-xx`)));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results) if (!r.ok) expect(r.error.code).toBe('ALREADY_REGISTERED');
    expect((await cloud.db.collection(COLLECTIONS.members).where({ openid: 'racer' }).count()).total).toBe(1);
  });
});

describe('a claim left by a call that died', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('blocks retries while it may still be running, and is taken over once stale', async () => {
    const scope = { openid: 'demo-admin', action: 'branches.create', requestId: 'req-died-0001' };
    const input = { name: '死后重试支部' };
    // The first call claims the key and then "dies": it never settles or releases.
    const orphan = await claimRequest(cloud.db, scope, input, cloud.clock.now());
    expect(orphan.replay).toBeUndefined();

    const retry = () => cloud.call('demo-admin', 'branches.create', input, scope.requestId);
    expect(errorOf(await cloud.callOnce('demo-admin', 'branches.create', input, scope.requestId)).code).toBe('BUSY');
    cloud.clock.advance(STALE_CLAIM_MS + 1000);
    const created = dataOf(await retry());
    expect(created.name).toBe('死后重试支部');
    expect(await retry()).toEqual({ ok: true, data: created, requestId: scope.requestId });
  });
});
