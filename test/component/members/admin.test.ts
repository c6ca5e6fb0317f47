import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { MemberSummary } from '../../../cloudfunctions/contract/member-model';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';

describe('admin: members.list, grantRole, revokeRole, branches', () => {
  let cloud: TestCloud;
  let branchIds: string[];
  const idOf = async (openid: string) =>
    ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string })._id;
  const auditsFor = async (targetId: string) =>
    (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branchIds = ((await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(10).get()).data as Array<{ _id: string }>).map((b) => b._id);
  });
  afterAll(() => cloud.close());

  it('pages through all members without repeats', async () => {
    const seen: MemberSummary[] = [];
    for (let page = 1; page < 10; page += 1) {
      const res = dataOf(await cloud.call('demo-admin', 'members.list', { page, pageSize: 10 }));
      seen.push(...res.items);
      if (!res.hasMore) break;
    }
    expect(seen).toHaveLength(28);
    expect(new Set(seen.map((m) => m.id)).size).toBe(28);
  });

  it('searches by name fragment, branch and role (staff may search too)', async () => {
    expect(dataOf(await cloud.call('demo-admin', 'members.list', { keyword: '桂兰' })).items.map((m) => m.name)).toEqual(['张桂兰']);
    expect(dataOf(await cloud.call('demo-admin', 'members.list', { keyword: '.*' })).items).toEqual([]);
    const secretaries = dataOf(await cloud.call('demo-staff-1', 'members.list', { role: 'secretary' })).items;
    expect(secretaries).toHaveLength(5);
    const inBranch = dataOf(await cloud.call('demo-admin', 'members.list', { branchId: branchIds[3], pageSize: 50 })).items;
    expect(inBranch.length).toBeGreaterThan(0);
    expect(inBranch.every((m) => m.branchId === branchIds[3])).toBe(true);
  });

  it('grants secretary tied to a branch, with one audit entry holding before and after', async () => {
    const memberId = await idOf('demo-member-2');
    const needsBranch = await cloud.call('demo-admin', 'members.grantRole', { memberId, role: 'secretary' });
    expect(errorOf(needsBranch)).toMatchObject({ code: 'VALIDATION_FAILED', fields: { branchId: expect.any(String) } });

    const granted = dataOf(await cloud.call('demo-admin', 'members.grantRole', { memberId, role: 'secretary', branchId: branchIds[0] }));
    expect(granted).toMatchObject({ roles: ['member', 'secretary'], secretaryOf: branchIds[0] });
    const audits = await auditsFor(memberId);
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      action: 'members.grantRole', actorName: '周建国', targetType: 'member',
      before: { roles: ['member'], secretaryOf: null }, after: { roles: ['member', 'secretary'], secretaryOf: branchIds[0] },
    });
    expect(new Date(audits[0].at).toISOString()).toBe('2026-11-28T02:00:00.000Z');

    // The new secretary sees it on their next call.
    expect(dataOf(await cloud.call('demo-member-2', 'members.me', {}))).toMatchObject({ member: { roles: ['member', 'secretary'] } });
  });

  it('refuses a role already held and writes no audit entry', async () => {
    const memberId = await idOf('demo-member-2');
    const res = await cloud.call('demo-admin', 'members.grantRole', { memberId, role: 'secretary', branchId: branchIds[0] });
    expect(errorOf(res).code).toBe('ROLE_ALREADY_HELD');
    expect(await auditsFor(memberId)).toHaveLength(1);
  });

  it('moves a secretary to another branch and revokes the role', async () => {
    const memberId = await idOf('demo-member-2');
    dataOf(await cloud.call('demo-admin', 'members.grantRole', { memberId, role: 'secretary', branchId: branchIds[1] }));
    const revoked = dataOf(await cloud.call('demo-admin', 'members.revokeRole', { memberId, role: 'secretary' }));
    expect(revoked.roles).toEqual(['member']);
    expect(revoked.secretaryOf).toBeUndefined();
    expect(errorOf(await cloud.call('demo-admin', 'members.revokeRole', { memberId, role: 'secretary' })).code).toBe('ROLE_NOT_HELD');
    expect(await auditsFor(memberId)).toHaveLength(3);
  });

  it('an admin cannot revoke their own admin role; unknown members are MEMBER_NOT_FOUND', async () => {
    const adminId = await idOf('demo-admin');
    expect(errorOf(await cloud.call('demo-admin', 'members.revokeRole', { memberId: adminId, role: 'admin' })).code).toBe('CANNOT_REVOKE_SELF');
    expect(errorOf(await cloud.call('demo-admin', 'members.grantRole', { memberId: 'nobody', role: 'staff' })).code).toBe('MEMBER_NOT_FOUND');
  });

  it('a non-admin cannot grant, and the database stays byte-for-byte the same', async () => {
    const memberId = await idOf('demo-member-4');
    const before = await cloud.snapshot();
    for (const openid of ['demo-member-4', 'demo-secretary-bureau', 'demo-staff-1']) {
      expect(errorOf(await cloud.call(openid, 'members.grantRole', { memberId, role: 'admin' })).code).toBe('FORBIDDEN');
    }
    expect(await cloud.snapshot()).toEqual(before);
  });

  it('creates and renames branches with audit entries; members follow the new name', async () => {
    const created = dataOf(await cloud.call('demo-admin', 'branches.create', { name: '酉酬镇离退休干部党支部', township: '酉酬镇' }));
    expect(created).toMatchObject({ name: '酉酬镇离退休干部党支部', township: '酉酬镇', memberCount: 0 });
    const list = dataOf(await cloud.call('demo-member-1', 'branches.list', {}));
    expect(list.items.at(-1)?.id).toBe(created.id);

    const taken = await cloud.call('demo-admin', 'branches.create', { name: '酉酬镇离退休干部党支部' });
    expect(errorOf(taken).code).toBe('BRANCH_NAME_TAKEN');
    expect(await auditsFor(created.id)).toHaveLength(1);

    const renamed = dataOf(await cloud.call('demo-admin', 'branches.rename', { branchId: branchIds[3], name: '龙潭镇老干部党支部' }));
    expect(renamed.name).toBe('龙潭镇老干部党支部');
    const inBranch = dataOf(await cloud.call('demo-admin', 'members.list', { branchId: branchIds[3], pageSize: 50 })).items;
    expect(inBranch.every((m) => m.branchName === '龙潭镇老干部党支部')).toBe(true);
    expect((await auditsFor(branchIds[3]))[0]).toMatchObject({ before: { name: '龙潭镇离退休干部党支部' }, after: { name: '龙潭镇老干部党支部' } });
    expect(errorOf(await cloud.call('demo-admin', 'branches.rename', { branchId: branchIds[3], name: branchIdsName() })).code).toBe('BRANCH_NAME_TAKEN');
  });

  const branchIdsName = () => '县委老干部局机关离退休干部党支部';
});
