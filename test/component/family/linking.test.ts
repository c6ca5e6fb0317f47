import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { dataOf, errorOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { askToHelp, makeLink } from '../../support/family';
import { shanghaiDay } from '../../support/example-fixtures';

/**
 * 家人帮办, linking: the member deals a code, any WeChat user asks with it, the member agrees on their phone
 * (or their own branch's secretary records the spoken consent with its date), and the member or that
 * secretary ends it. Every refusal is a stable code with a Chinese message, and changes nothing.
 */
describe('family links', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const inbox = async (openid: string) =>
    (await cloud.db.collection(COLLECTIONS.messages).where({ openid }).orderBy('createdAt', 'desc').limit(20).get()).data as Array<{ body: string; template: string }>;
  const link = async (id: string) => (await cloud.db.collection(COLLECTIONS.familyLinks).doc(id).get()).data[0] as { status: string; liveKey: string; consent?: { by: string; spokenOn?: string } };

  it('a helper who is no member asks with the code; the member is told, agrees, and sees the helper', async () => {
    const { code, memberName } = dataOf(await cloud.call('demo-member-4', 'family.invite', {}));
    expect(code).toMatch(/^\d{6}$/);
    expect(memberName).toBe('黄素珍');
    const asked = dataOf(await cloud.call('wx-daughter-1', 'family.redeem', { code, name: '李娟', relation: 'daughter' }));
    expect(asked).toMatchObject({ memberName: '黄素珍', helperLabel: '女儿 李娟', status: 'pending' });
    expect(JSON.stringify(asked)).not.toContain('wx-daughter-1'); // never an openid in a view
    expect(await inbox('demo-member-4')).toContainEqual(expect.objectContaining({ template: 'familyHelper', body: expect.stringContaining('女儿 李娟申请帮您办事') }));
    // The code is spent: nobody else can use it.
    expect(errorOf(await cloud.call('wx-stranger-1', 'family.redeem', { code, name: '陌生人', relation: 'relative' })).code).toBe('FAMILY_CODE_INVALID');

    const mine = dataOf(await cloud.call('demo-member-4', 'family.mine', {}));
    expect(mine.items.map((l) => [l.helperLabel, l.status])).toEqual([['女儿 李娟', 'pending']]);
    const agreed = dataOf(await cloud.call('demo-member-4', 'family.confirm', { linkId: asked.id, accept: true }));
    expect(agreed).toMatchObject({ status: 'active', consentText: '本人在手机上同意' });
    expect(dataOf(await cloud.call('wx-daughter-1', 'family.helping', {})).items.map((l) => [l.memberName, l.status])).toEqual([['黄素珍', 'active']]);
    // Asking again while helping: told so, and the new code stays usable.
    const again = dataOf(await cloud.call('demo-member-4', 'family.invite', {}));
    expect(errorOf(await cloud.call('wx-daughter-1', 'family.redeem', { code: again.code, name: '李娟', relation: 'daughter' })).code).toBe('FAMILY_ALREADY_LINKED');
    expect(dataOf(await cloud.call('wx-son-1', 'family.redeem', { code: again.code, name: '李军', relation: 'son' })).status).toBe('pending');
  });

  it('refuses a wrong, expired or own code, a bad relation, and a stranger answering someone else\'s link', async () => {
    const { code } = dataOf(await cloud.call('demo-member-2', 'family.invite', {}));
    const before = await cloud.snapshot();
    expect(errorOf(await cloud.call('demo-member-2', 'family.redeem', { code, name: '自己', relation: 'son' })).code).toBe('FAMILY_SELF');
    const bad = errorOf(await cloud.call('wx-x-1', 'family.redeem', { code: '12ab', name: '某人', relation: 'son' }));
    expect(bad).toMatchObject({ code: 'VALIDATION_FAILED', fields: { code: '邀请码是6位数字' } });
    expect(errorOf(await cloud.call('wx-x-2', 'family.redeem', { code, name: '某人', relation: 'uncle' })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call('wx-x-3', 'family.redeem', { code, name: '某人', relation: 'son', openid: 'demo-member-2' })).code).toBe('VALIDATION_FAILED');
    expect(await cloud.snapshot()).toEqual(before);
    cloud.clock.advance(31 * 60_000);
    const late = errorOf(await cloud.call('wx-x-4', 'family.redeem', { code, name: '某人', relation: 'son' }));
    expect(late.code).toBe('FAMILY_CODE_INVALID');
    expect(late.message).toMatch(/邀请码不对或已过期/);

    const linkId = await askToHelp(cloud, 'demo-member-2', 'wx-x-5');
    expect(errorOf(await cloud.call('demo-member-3', 'family.confirm', { linkId, accept: true })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call('demo-member-3', 'family.end', { linkId })).code).toBe('NOT_FOUND');
    expect((await link(linkId)).status).toBe('pending');
  });

  it('guessing codes is limited to five tries a minute per WeChat user', async () => {
    const tries = [];
    for (let i = 0; i < 6; i += 1) tries.push(await cloud.callOnce('wx-guesser', 'family.redeem', { code: String(100000 + i), name: '猜码人', relation: 'relative' }));
    expect(tries.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual([...Array(5).fill('FAMILY_CODE_INVALID'), 'RATE_LIMITED']);
  });

  it('a member declines; the helper may ask again later with a new code', async () => {
    const linkId = await askToHelp(cloud, 'demo-member-10', 'wx-nephew');
    expect(dataOf(await cloud.call('demo-member-10', 'family.confirm', { linkId, accept: false })).status).toBe('declined');
    expect(errorOf(await cloud.call('demo-member-10', 'family.confirm', { linkId, accept: true })).code).toBe('INVALID_STATE');
    expect((await link(linkId)).liveKey).toBe(linkId);
    expect(await askToHelp(cloud, 'demo-member-10', 'wx-nephew')).not.toBe(linkId);
  });

  it('for a member without a phone: their own secretary deals the code and records the spoken consent with its date (audited)', async () => {
    const memberId = ((await cloud.db.collection(COLLECTIONS.members).where({ openid: 'demo-member-5' }).limit(1).get()).data[0] as { _id: string })._id;
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'family.inviteFor', { memberId })).code).toBe('MEMBER_NOT_IN_BRANCH');
    const { code } = dataOf(await cloud.call('demo-secretary-education', 'family.inviteFor', { memberId }));
    const asked = dataOf(await cloud.call('wx-son-5', 'family.redeem', { code, name: '何军', relation: 'son' }));
    const today = shanghaiDay(cloud.clock.now());
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'family.recordConsent', { linkId: asked.id, spokenOn: today })).code).toBe('MEMBER_NOT_IN_BRANCH');
    expect(errorOf(await cloud.call('demo-member-6', 'family.recordConsent', { linkId: asked.id, spokenOn: today })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-education', 'family.recordConsent', { linkId: asked.id, spokenOn: '2099-01-01' })).fields?.spokenOn).toMatch(/不能晚于今天/);
    const branch = dataOf(await cloud.call('demo-secretary-education', 'family.branchLinks', {}));
    expect(branch.items.map((l) => l.id)).toContain(asked.id);
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'family.branchLinks', {})).items.map((l) => l.id)).not.toContain(asked.id);

    const done = dataOf(await cloud.call('demo-secretary-education', 'family.recordConsent', { linkId: asked.id, spokenOn: today }));
    expect(done.status).toBe('active');
    expect(done.consentText).toMatch(/^支部书记陈淑芬登记了本人\d+月\d+日的口头同意$/);
    expect((await link(asked.id)).consent).toMatchObject({ by: 'secretary', spokenOn: today });
    const audits = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: asked.id }).orderBy('at', 'desc').limit(5).get()).data as Array<{ action: string; actorName: string }>;
    expect(audits.map((a) => [a.action, a.actorName])).toEqual([['family.recordConsent', '陈淑芬']]);
    expect((await inbox('demo-member-5')).map((m) => m.body).join('\n')).toContain('书记陈淑芬登记了您的同意');
  });

  it('the member or their own secretary ends a link at any time; the member is told; another branch\'s secretary cannot', async () => {
    const byMember = await makeLink(cloud, 'demo-member-11', 'wx-h-11');
    expect(dataOf(await cloud.call('demo-member-11', 'family.end', { linkId: byMember })).status).toBe('ended');
    expect(errorOf(await cloud.call('demo-member-11', 'family.end', { linkId: byMember })).code).toBe('INVALID_STATE');

    const bySecretary = await makeLink(cloud, 'demo-member-1', 'wx-h-1');
    expect(errorOf(await cloud.call('demo-secretary-education', 'family.end', { linkId: bySecretary })).code).toBe('NOT_FOUND');
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'family.end', { linkId: bySecretary })).status).toBe('ended');
    expect((await inbox('demo-member-1')).map((m) => m.body).join('\n')).toContain('书记王德明结束了帮办');
    const audits = (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId: bySecretary }).orderBy('at', 'desc').limit(5).get()).data as Array<{ action: string; actorName: string; after: { status: string } }>;
    expect(audits.map((a) => [a.action, a.actorName, a.after.status])).toEqual([['family.end', '王德明', 'ended']]);
    // The helper is refused from the next call on, in plain words.
    const refused = errorOf(await cloud.callFor('wx-h-1', bySecretary, 'members.today', {}));
    expect(refused).toMatchObject({ code: 'HELPER_LINK_ENDED', message: expect.stringContaining('帮办关系已经结束') });
  });
});
