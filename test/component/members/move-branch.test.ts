import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';

/** Moving branch while clearing the phone: the stored copy of the branch name must follow the move too. */
describe('members.updateProfile: move branch and clear the phone at once', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('stores the new branch id, the new branch name and no phone', async () => {
    const branches = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(10).get()).data as Array<{ _id: string; name: string }>;
    const me = dataOf(await cloud.call('demo-member-5', 'members.me', {}));
    const from = me.registered ? me.member.branchId : undefined;
    const to = branches.find((b) => b._id !== from) as { _id: string; name: string };
    const updated = dataOf(await cloud.call('demo-member-5', 'members.updateProfile', { branchId: to._id, phone: '' }));
    expect(updated.branchName).toBe(to.name);
    const stored = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-5' }).limit(1).get()).data[0];
    expect(stored).toMatchObject({ branchId: to._id, branchName: to.name });
    expect(stored.phone).toBeUndefined();
  });
});
