import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { validProfile } from '../../support/profiles';

describe('members.register, members.me, members.updateProfile', () => {
  let cloud: TestCloud;
  let branches: Array<{ _id: string; name: string; memberCount: number }>;
  const branchCount = async (id: string) =>
    ((await cloud.db.collection(COLLECTIONS.branches).doc(id).get()).data[0] as { memberCount: number }).memberCount;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branches = (await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(10).get()).data as typeof branches;
  });
  afterAll(() => cloud.close());

  it('a first-time WeChat user is not registered, then registers as a member', async () => {
    expect(dataOf(await cloud.call('new-openid-1', 'members.me', {}))).toEqual({ registered: false });
    const before = await branchCount(branches[1]._id);
    const member = dataOf(await cloud.call('new-openid-1', 'members.register', validProfile(branches[1]._id)));
    expect(member).toMatchObject({ name: '覃德福', branchId: branches[1]._id, branchName: branches[1].name, roles: ['member'], needsHomeDelivery: true });
    expect(member.createdAt).toBe('2026-11-28T02:00:00.000Z');
    expect(JSON.stringify(member)).not.toContain('new-openid-1');
    expect(await branchCount(branches[1]._id)).toBe(before + 1);

    const me = dataOf(await cloud.call('new-openid-1', 'members.me', {}));
    expect(me).toEqual({ registered: true, member });
  });

  it('registering twice is ALREADY_REGISTERED and changes nothing', async () => {
    const before = await cloud.snapshot();
    const res = await cloud.call('new-openid-1', 'members.register', validProfile(branches[1]._id));
    expect(errorOf(res).code).toBe('ALREADY_REGISTERED');
    const after = await cloud.snapshot();
    expect(after[COLLECTIONS.members]).toEqual(before[COLLECTIONS.members]);
  });

  it('an unknown branch is BRANCH_NOT_FOUND and creates no member', async () => {
    const res = await cloud.call('new-openid-2', 'members.register', validProfile('nosuchbranch'));
    expect(errorOf(res)).toMatchObject({ code: 'BRANCH_NOT_FOUND', fields: { branchId: expect.any(String) } });
    expect(dataOf(await cloud.call('new-openid-2', 'members.me', {}))).toEqual({ registered: false });
  });

  it.each([
    [{ name: '' }, 'name'],
    [{ name: '名'.repeat(21) }, 'name'],
    [{ name: '张\u202E三' }, 'name'],
    [{ birthYear: 1890 }, 'birthYear'],
    [{ phone: '12345' }, 'phone'],
    [{ livingSituation: 'castle' }, 'livingSituation'],
    [{ emergencyContact: { name: '王芳', phone: 'abc', relation: '女儿' } }, 'emergencyContact.phone'],
  ])('refuses a bad form field with a message for that field: %j', async (override, field) => {
    const res = await cloud.call('new-openid-3', 'members.register', { ...validProfile(branches[0]._id), ...override });
    const error = errorOf(res);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.fields?.[field]).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('counts characters as people do: 20 汉字 or emoji fit a 20-character name', async () => {
    const res = await cloud.call('new-openid-4', 'members.register', validProfile(branches[0]._id, { name: '🌸'.repeat(20) }));
    expect(dataOf(res).name).toBe('🌸'.repeat(20));
  });

  it('updates the own profile and moves the branch counts with it', async () => {
    const [from, to] = [branches[1]._id, branches[2]._id];
    const [fromBefore, toBefore] = [await branchCount(from), await branchCount(to)];
    const updated = dataOf(await cloud.call('new-openid-1', 'members.updateProfile', { branchId: to, phone: '0745-8221234' }));
    expect(updated).toMatchObject({ branchId: to, branchName: branches[2].name, phone: '0745-8221234', name: '覃德福' });
    expect(await branchCount(from)).toBe(fromBefore - 1);
    expect(await branchCount(to)).toBe(toBefore + 1);
    expect(dataOf(await cloud.call('new-openid-1', 'members.me', {}))).toMatchObject({ member: { branchId: to } });
  });

  it('an unregistered caller cannot update a profile', async () => {
    expect(errorOf(await cloud.call('nobody', 'members.updateProfile', { name: '某人' })).code).toBe('NOT_REGISTERED');
  });
});

describe('clearing the phone on file', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('an empty phone removes it; a malformed one is still refused', async () => {
    expect(errorOf(await cloud.call('demo-member-5', 'members.updateProfile', { phone: '123' })).fields?.phone).toMatch(/格式不对/);
    const cleared = dataOf(await cloud.call('demo-member-5', 'members.updateProfile', { phone: '' }));
    expect(cleared.phone).toBeUndefined();
    const stored = (await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-5' }).get()).data[0];
    expect(stored).not.toHaveProperty('phone');
  });
});
