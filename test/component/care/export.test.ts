import { unzipSync, strFromU8 } from 'fflate';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { readAll } from '../../../cloudfunctions/features/care/export-read';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';

/** The year's care ledgers as Excel files: every record of the year, no health notes, for staff only. */
describe('care: xlsx ledgers', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const sheetText = async (url: string) => {
    const files = unzipSync(new Uint8Array(Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer())));
    return strFromU8(files['xl/sharedStrings.xml'] ?? files['xl/worksheets/sheet1.xml']);
  };

  it('走访记录, 慰问金发放 and 问题解决 for 2025 hold that year\'s records; health notes appear in none', async () => {
    const visits = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'visits' }));
    const done = (await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'done' }).limit(1000).get()).data as Array<{ visitedOn: string }>;
    expect(visits.rows).toBe(done.filter((v) => v.visitedOn.startsWith('2025')).length);
    expect(visits.rows).toBeGreaterThan(5);
    expect(visits.fileName).toBe('关爱服务_走访记录_2025年.xlsx');
    const text = await sheetText(visits.url);
    for (const header of ['走访日期', '老同志', '事由', '方式', '走访人', '走访情况']) expect(text).toContain(header);
    expect(text).toContain('春节慰问');
    expect(text).not.toContain('高血压');

    const paid = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2026, ledger: 'payments' }));
    expect(paid.rows).toBeGreaterThan(0);
    expect(await sheetText(paid.url)).toContain('审批人');
    const problems = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'problems' }));
    expect(await sheetText(problems.url)).toContain('住院费用报销手续不清楚');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'care.exportLedger', { year: 2025, ledger: 'visits' })).code).toBe('FORBIDDEN');
  });

  it('服务台账 has a row per retiree with the 1+1+1 contacts and the year\'s visits; every ledger narrows to one branch', async () => {
    const members = (await cloud.db.collection(COLLECTIONS.members).where({ _id: cloud.db.command.gt('') }).limit(1000).get()).data as Array<{ roles: string[]; branchId: string; name: string }>;
    const retirees = members.filter((m) => !m.roles.includes('staff'));
    const people = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'people' }));
    expect(people.rows).toBe(retirees.length);
    expect(people.fileName).toBe('关爱服务_服务台账_2025年.xlsx');
    const text = await sheetText(people.url);
    for (const header of ['局机关联系人', '支部联系人', '志愿者或家属联系人', '2025年走访次数', '未解决问题', '张桂兰']) expect(text).toContain(header);
    expect(text).not.toContain('高血压');

    const branchId = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-1' }).get()).data[0].branchId as string;
    const own = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'people', branchId }));
    expect(own.rows).toBe(retirees.filter((m) => m.branchId === branchId).length);
    expect(own.fileName).toMatch(/^关爱服务_.+支部_服务台账_2025年\.xlsx$/);
    const branchVisits = dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'visits', branchId }));
    const done = (await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'done' }).limit(1000).get()).data as Array<{ visitedOn: string; branchId: string }>;
    expect(branchVisits.rows).toBe(done.filter((v) => v.visitedOn.startsWith('2025') && v.branchId === branchId).length);
    const paid = (await cloud.db.collection(COLLECTIONS.carePayments).where({ state: 'handed' }).limit(1000).get()).data as Array<{ handedOn: string; branchId: string }>;
    const paidHere = paid.filter((p) => p.handedOn.startsWith('2026') && p.branchId === branchId).length;
    expect(paidHere).toBeGreaterThan(0);
    expect(dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2026, ledger: 'payments', branchId })).rows).toBe(paidHere);
    const raised = (await cloud.db.collection(COLLECTIONS.careProblems).where({ year: 2025 }).limit(1000).get()).data as Array<{ branchId: string }>;
    expect(dataOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'problems', branchId })).rows).toBe(raised.filter((p) => p.branchId === branchId).length);
    expect(errorOf(await cloud.call('demo-staff-1', 'care.exportLedger', { year: 2025, ledger: 'people', branchId: 'nosuchbranch' })).code).toBe('BRANCH_NOT_FOUND');
  });
});

describe('care: a ledger too big for one file', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('is refused with LEDGER_TOO_LARGE (read past the limit, never cut short)', async () => {
    const where = { status: 'done', visitedOn: cloud.db.command.gte('2000-01-01') };
    const all = await readAll<unknown>(cloud.db, COLLECTIONS.careVisits, where, 'visitedOn');
    expect(all.length).toBeGreaterThan(5);
    await expect(readAll(cloud.db, COLLECTIONS.careVisits, where, 'visitedOn', 5)).rejects.toMatchObject({ code: 'LEDGER_TOO_LARGE' });
    await expect(readAll(cloud.db, COLLECTIONS.careVisits, where, 'visitedOn', all.length)).resolves.toHaveLength(all.length);
  });
});
