import { LOCAL_FUNCTION_CONFIG } from '../../../cloudfunctions/local/function-config';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { validProfile } from '../../support/profiles';
import { dataOf, errorOf, startTestCloud, type TestCloud } from '../../support/test-cloud';

/**
 * members.helpContacts: 找人帮忙 — the caller's own branch secretary and the bureau, each with a number
 * to ring; never a number of another branch, nothing for someone not registered.
 */
describe('members.helpContacts', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const memberDoc = async (openid: string) =>
    (await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { branchId: string; branchName: string; phone?: string };

  it("gives a member their own branch's secretary, at the secretary's phone, and the bureau's number", async () => {
    const secretary = await memberDoc('demo-secretary-longtan');
    const help = dataOf(await cloud.call('demo-member-13', 'members.helpContacts', {}));
    expect(help).toEqual({
      branchName: secretary.branchName,
      branch: { secretaryName: '冉光荣', phone: secretary.phone },
      bureauPhone: LOCAL_FUNCTION_CONFIG.BUREAU_PHONE,
    });
    // Another branch's member gets their own secretary, not this one.
    const other = dataOf(await cloud.call('demo-member-1', 'members.helpContacts', {}));
    expect(other.branch?.secretaryName).toBe('王德明');
    expect(other.branch?.phone).not.toBe(secretary.phone);
  });

  it('the branch phone an admin sets wins over the secretary\'s own; "" takes it away again; only admins see it in the list', async () => {
    const { branchId, branchName } = await memberDoc('demo-member-16');
    const set = dataOf(await cloud.call('demo-admin', 'branches.rename', { branchId, name: branchName, phone: '0743-6225566' }));
    expect(set.phone).toBe('0743-6225566');
    expect(dataOf(await cloud.call('demo-member-16', 'members.helpContacts', {})).branch).toEqual({ secretaryName: '白秀英', phone: '0743-6225566' });
    const listed = (openid: string) => cloud.call(openid, 'branches.list', {}).then((r) => dataOf(r).items.find((b) => b.id === branchId));
    expect((await listed('demo-admin'))?.phone).toBe('0743-6225566');
    expect(await listed('demo-member-16')).not.toHaveProperty('phone');
    expect(await listed('demo-new-helpcontacts')).not.toHaveProperty('phone');
    // A later rename without a phone keeps it; "" removes it and the secretary's own number is back.
    dataOf(await cloud.call('demo-admin', 'branches.rename', { branchId, name: branchName }));
    expect(dataOf(await cloud.call('demo-member-16', 'members.helpContacts', {})).branch?.phone).toBe('0743-6225566');
    dataOf(await cloud.call('demo-admin', 'branches.rename', { branchId, name: branchName, phone: '' }));
    const secretary = await memberDoc('demo-secretary-xingfu');
    expect(dataOf(await cloud.call('demo-member-16', 'members.helpContacts', {})).branch).toEqual({ secretaryName: '白秀英', phone: secretary.phone });
    const bad = errorOf(await cloud.call('demo-admin', 'branches.rename', { branchId, name: branchName, phone: '请打支部' }));
    expect(bad.code).toBe('VALIDATION_FAILED');
    expect(bad.fields?.phone).toMatch(/支部电话格式不对/);
  });

  it('a member of a branch with no secretary gets the bureau only', async () => {
    const branch = dataOf(await cloud.call('demo-admin', 'branches.create', { name: '新建的无书记支部' }));
    dataOf(await cloud.call('demo-new-nosecretary', 'members.register', validProfile(branch.id)));
    const help = dataOf(await cloud.call('demo-new-nosecretary', 'members.helpContacts', {}));
    expect(help).toEqual({ branchName: '新建的无书记支部', bureauPhone: LOCAL_FUNCTION_CONFIG.BUREAU_PHONE });
  });

  it('without BUREAU_PHONE configured there is no bureau number (never a made-up one)', async () => {
    const before = process.env.BUREAU_PHONE;
    try {
      delete process.env.BUREAU_PHONE;
      expect(dataOf(await cloud.call('demo-member-13', 'members.helpContacts', {}))).not.toHaveProperty('bureauPhone');
    } finally {
      if (before !== undefined) process.env.BUREAU_PHONE = before;
    }
  });

  it('nobody unregistered gets anything', async () => {
    const refused = await cloud.call('demo-new-stranger', 'members.helpContacts', {});
    expect(errorOf(refused).code).toBe('NOT_REGISTERED');
    expect(refused).not.toHaveProperty('data');
  });
});
