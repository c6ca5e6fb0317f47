import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { nameKeys } from '../../../cloudfunctions/features/members/name-keys';
import { validProfile } from '../../support/profiles';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';

/** 搜索姓名 is one index equality on a name fragment (name-keys.ts); registration and renames keep it true. */
describe('members.list keyword search by name fragment', () => {
  let cloud: TestCloud;
  let branchId: string;
  const names = async (keyword: string, extra: object = {}) =>
    dataOf(await cloud.call('demo-admin', 'members.list', { keyword, pageSize: 50, ...extra })).items.map((m) => m.name);

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branchId = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0]._id;
  });
  afterAll(() => cloud.close());

  it('lists every fragment of a name once, lower-cased', () => {
    expect(nameKeys('覃德福').sort()).toEqual(['德', '德福', '福', '覃', '覃德', '覃德福'].sort());
    expect(nameKeys('Ann')).toEqual(['a', 'an', 'ann', 'n', 'nn']);
  });

  it('finds a new member by any fragment of the name, in name order, with the branch filter', async () => {
    dataOf(await cloud.call('search-1', 'members.register', validProfile(branchId, { name: '端木晓霞' })));
    dataOf(await cloud.call('search-2', 'members.register', validProfile(branchId, { name: '端木晓燕' })));
    expect(await names('晓霞')).toEqual(['端木晓霞']);
    expect(await names('端木')).toEqual(['端木晓燕', '端木晓霞']);
    expect(await names('端木晓霞', { branchId })).toEqual(['端木晓霞']);
    expect(await names('霞端')).toEqual([]);
  });

  it('follows a change of name and forgets the old one', async () => {
    dataOf(await cloud.call('search-1', 'members.updateProfile', { name: '端木春梅' }));
    expect(await names('春梅')).toEqual(['端木春梅']);
    expect(await names('晓霞')).toEqual([]);
  });

  it("serves a secretary's own-branch search the same way, and only their branch", async () => {
    const mine = async (openid: string) =>
      dataOf(await cloud.call(openid, 'members.myBranch', { keyword: '端木' })).items.map((m) => m.name);
    expect(await mine('demo-secretary-bureau')).toEqual(['端木春梅', '端木晓燕']);
    expect(await mine('demo-secretary-longtan')).toEqual([]);
  });

  it('matches Latin letters either way, as the regex search did', async () => {
    dataOf(await cloud.call('search-3', 'members.register', validProfile(branchId, { name: 'Anna李' })));
    expect(await names('anna')).toEqual(['Anna李']);
    expect(await names('ANNA')).toEqual(['Anna李']);
  });
});
