import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, idOf } from '../lessons/helpers';

const STAFF = 'demo-staff-1';
const STAFF2 = 'demo-staff-2';
const SEC = 'demo-secretary-bureau';
const MEMBER = 'demo-member-4'; // 黄素珍, bureau branch

/** 帮扶 and 慰问金: proposed by one staff member, approved by another, handed over, never edited after. */
describe('care: the 帮扶 register and 慰问金', () => {
  let cloud: TestCloud;
  let memberId: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    memberId = await idOf(cloud, MEMBER);
  });
  afterAll(() => cloud.close());

  it('proposal → approval by a different staff member (one decision wins) → handed over → counted; each step audited', async () => {
    const proposed = dataOf(await cloud.call(STAFF, 'care.proposePayment', { memberId, amountFen: 80_000, goods: '米一袋、油一桶', reason: '春节慰问困难党员' }));
    expect(proposed).toMatchObject({ state: 'proposed', stateLabel: '待审批', proposedBy: '李晓梅', amountFen: 80_000 });
    expect(errorOf(await cloud.call(STAFF, 'care.decidePayment', { paymentId: proposed.id, approve: true })).code).toBe('PAYMENT_SAME_PERSON');
    expect(errorOf(await cloud.call(STAFF2, 'care.handOverPayment', { paymentId: proposed.id, handedBy: '田志勇', handedOn: '2026-11-28' })).code).toBe('INVALID_STATE');

    // A third staff member: on another proposal, an approval and a refusal race; exactly one decision stands.
    dataOf(await cloud.call('demo-admin', 'members.grantRole', { memberId: await idOf(cloud, 'demo-member-3'), role: 'staff' }));
    const raced = dataOf(await cloud.call(STAFF, 'care.proposePayment', { memberId, amountFen: 10_000, reason: '重阳节慰问' }));
    const race = await Promise.all([
      cloud.call(STAFF2, 'care.decidePayment', { paymentId: raced.id, approve: true }),
      cloud.call('demo-member-3', 'care.decidePayment', { paymentId: raced.id, approve: false, reason: '再核实一下' }),
    ]);
    expect(race.filter((r) => r.ok)).toHaveLength(1);
    expect(race.filter((r) => !r.ok).map((r) => (r.ok ? '' : r.error.code))).toEqual(['INVALID_STATE']);
    const stored = (await cloud.db.collection(COLLECTIONS.carePayments).doc(raced.id).get()).data[0] as { state: string };
    expect(stored.state).toBe(dataOf(race.find((r) => r.ok) as typeof race[number]).state);

    dataOf(await cloud.call(STAFF2, 'care.decidePayment', { paymentId: proposed.id, approve: true }));
    const handed = dataOf(await cloud.call(STAFF, 'care.handOverPayment', { paymentId: proposed.id, handedBy: '李晓梅、王德明', handedOn: '2026-11-28' }));
    expect(handed).toMatchObject({ state: 'handed', approvedBy: '田志勇', handedBy: '李晓梅、王德明', handedOn: '2026-11-28' });
    expect(errorOf(await cloud.call(STAFF, 'care.handOverPayment', { paymentId: proposed.id, handedBy: '李晓梅', handedOn: '2026-11-28' })).code).toBe('INVALID_STATE');
    expect((await auditsFor(cloud, proposed.id)).map((a) => a.action).sort()).toEqual(['care.decidePayment', 'care.handOverPayment', 'care.proposePayment']);

    // Never edited: a correction is a new, linked entry through the same two hands; the original stays.
    const correction = dataOf(await cloud.call(STAFF2, 'care.proposePayment', { memberId, amountFen: -20_000, reason: '多发了200元，退回', correctionOf: proposed.id }));
    dataOf(await cloud.call(STAFF, 'care.decidePayment', { paymentId: correction.id, approve: true }));
    dataOf(await cloud.call(STAFF2, 'care.handOverPayment', { paymentId: correction.id, handedBy: '田志勇', handedOn: '2026-11-28' }));
    const original = (await cloud.db.collection(COLLECTIONS.carePayments).doc(proposed.id).get()).data[0] as { amountFen: number; state: string };
    expect(original).toMatchObject({ amountFen: 80_000, state: 'handed' });
    expect(errorOf(await cloud.call(STAFF, 'care.proposePayment', { memberId, amountFen: -5, reason: '负数' })).fields?.amountFen).toBe('金额不能是负数（要退回，请在原记录上更正）');
    expect(errorOf(await cloud.call(STAFF, 'care.proposePayment', { memberId: await idOf(cloud, 'demo-member-2'), amountFen: 100, reason: '别人的', correctionOf: proposed.id })).code).toBe('INVALID_STATE');

    // The year's money, for staff only; recounted from the handed entries.
    const f = dataOf(await cloud.call(STAFF, 'care.figures', { year: 2026 }));
    const all = (await cloud.db.collection(COLLECTIONS.carePayments).where({ state: 'handed' }).limit(1000).get()).data as Array<{ amountFen: number; memberId: string; handedOn: string }>;
    const thisYear = all.filter((p) => p.handedOn.startsWith('2026'));
    expect(f.paidFen).toBe(thisYear.reduce((n, p) => n + p.amountFen, 0));
    expect(f.peopleHelped).toBe(new Set(thisYear.map((p) => p.memberId)).size);
    expect(f.moneySentence).toMatch(/^慰问\d+人，发放慰问金[\d.,万]+元$/);
    expect(dataOf(await cloud.call(SEC, 'care.figures', {})).paidFen).toBeUndefined();
  });

  it('money and the register are staff-only; the register is read on the record', async () => {
    expect(errorOf(await cloud.call(SEC, 'care.payments', {})).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(SEC, 'care.hardships', {})).code).toBe('FORBIDDEN');
    const saved = dataOf(await cloud.call(STAFF, 'care.saveHardship', { memberId, cause: 'illness', family: '独居，儿子在外地打工', conditions: '慢性病，药费负担重', reviewBy: '2026-11-20' }));
    expect(saved).toMatchObject({ cause: 'illness', reviewDue: true, active: true });
    const register = dataOf(await cloud.call(STAFF, 'care.hardships', {}));
    expect(register.items.map((h) => h.memberId)).toContain(memberId);
    const reads = (await cloud.db.collection(COLLECTIONS.careReads).where({ memberId: '(register)' }).orderBy('at', 'desc').limit(5).get()).data as Array<{ memberIds: string[]; readerName: string }>;
    expect(reads[0]).toMatchObject({ readerName: '李晓梅', memberIds: expect.arrayContaining([memberId]) });
    // The ledger's dated record says she was put on the register, never the details.
    const ledger = dataOf(await cloud.call(SEC, 'care.ledger', { memberId }));
    expect(ledger.entries[0].text).toBe('列入帮扶台账（因病）');
    expect(JSON.stringify(ledger)).not.toContain('药费');
  });
});
