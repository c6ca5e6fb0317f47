import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';

/** members.myBranch: a secretary picks a member of their own branch (for 代录), and only of it. */
describe('members.myBranch', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const branchOf = async (openid: string) =>
    ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { secretaryOf: string }).secretaryOf;

  it('lists only the secretary\'s own branch, in name order, with no phone or roles', async () => {
    const page = dataOf(await cloud.call('demo-secretary-bureau', 'members.myBranch', { pageSize: 50 }));
    expect(page.items.length).toBeGreaterThan(1);
    const branchId = await branchOf('demo-secretary-bureau');
    const ids = page.items.map((m) => m.id);
    const inBranch = (await cloud.db.collection(COLLECTIONS.members).where({ branchId }).limit(100).get()).data as Array<{ _id: string }>;
    expect(new Set(ids)).toEqual(new Set(inBranch.map((m) => m._id)));
    expect(page.items.every((m) => Object.keys(m).sort().join() === 'birthYear,id,name')).toBe(true);
    const other = dataOf(await cloud.call('demo-secretary-longtan', 'members.myBranch', {})).items.map((m) => m.id);
    expect(other.some((id) => ids.includes(id))).toBe(false);
  });

  it('searches by a fragment of the name', async () => {
    const all = dataOf(await cloud.call('demo-secretary-bureau', 'members.myBranch', { pageSize: 50 })).items;
    const someone = all.find((m) => !m.name.startsWith('王')) ?? all[0];
    const found = dataOf(await cloud.call('demo-secretary-bureau', 'members.myBranch', { keyword: someone.name.slice(1) })).items;
    expect(found.map((m) => m.id)).toContain(someone.id);
    expect(found.every((m) => m.name.includes(someone.name.slice(1)))).toBe(true);
  });

  it('is for secretaries only', async () => {
    for (const who of ['demo-member-1', 'demo-staff-1']) {
      expect(errorOf(await cloud.call(who, 'members.myBranch', {})).code).toBe('FORBIDDEN');
    }
  });
});
