import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { DEFAULT_CARE_SETTINGS } from '../../../cloudfunctions/contract/care-welcome-model';
import { runTimer } from '../../../cloudfunctions/features/jobs/timer';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { validProfile } from '../../support/profiles';
import { auditsFor, idOf } from '../lessons/helpers';

const STAFF = 'demo-staff-1';
const SEC = 'demo-secretary-bureau';
const OTHER_SEC = 'demo-secretary-education';

/** 荣退 (the 九个一 checklist and the registration invitation) and the bureau's own care settings. */
describe('care: 荣退 and the bureau\'s settings', () => {
  let cloud: TestCloud;
  let branchId: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branchId = ((await cloud.db.collection(COLLECTIONS.members).where({ openid: SEC }).limit(1).get()).data[0] as { branchId: string }).branchId;
  });
  afterAll(() => cloud.close());

  it('a new retiree gets the 九个一 checklist and an invitation; the branch secretary ticks items (date, who), audited', async () => {
    const w = dataOf(await cloud.call(STAFF, 'care.addRetiree', { name: '向明华', formerUnit: '县财政局', retiredOn: '2026-11-30', branchId, phone: '13907450001' }));
    expect(w.items.map((i) => i.label)).toEqual(DEFAULT_CARE_SETTINGS.welcomeItems);
    expect(w).toMatchObject({ done: 0, registered: false, branchId, createdBy: '李晓梅' });
    expect(w.inviteCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$/);
    expect(w.invitePath).toBe(`packageMember/register/index?invite=${w.inviteCode}`);
    expect(errorOf(await cloud.call(SEC, 'care.addRetiree', { name: '向明华', formerUnit: '县财政局', retiredOn: '2026-11-30', branchId })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(STAFF, 'care.addRetiree', { name: '向明华', formerUnit: '县财政局', retiredOn: '2026-11-30', branchId: 'nosuchbranch' })).code).toBe('BRANCH_NOT_FOUND');

    const ticked = dataOf(await cloud.call(SEC, 'care.tickWelcome', { welcomeId: w.id, item: 1, done: true, doneOn: '2026-11-27', note: '局里会议室' }));
    expect(ticked.items[1]).toEqual({ label: '一场荣誉退休仪式', doneOn: '2026-11-27', byName: '王德明', note: '局里会议室' });
    expect(ticked.done).toBe(1);
    expect(errorOf(await cloud.call(SEC, 'care.tickWelcome', { welcomeId: w.id, item: 2, done: true })).fields?.doneOn).toBe('请填写完成日期');
    expect(errorOf(await cloud.call(SEC, 'care.tickWelcome', { welcomeId: w.id, item: 9, done: true, doneOn: '2026-11-27' })).fields?.item).toBe('没有这一项');
    expect(errorOf(await cloud.call(SEC, 'care.tickWelcome', { welcomeId: w.id, item: 2, done: true, doneOn: '2026-12-30' })).fields?.doneOn).toBe('完成日期不能晚于今天');
    expect(errorOf(await cloud.call(OTHER_SEC, 'care.tickWelcome', { welcomeId: w.id, item: 2, done: true, doneOn: '2026-11-27' })).code).toBe('FORBIDDEN');
    // A tick taken back leaves the label; the trail has both steps.
    const undone = dataOf(await cloud.call(STAFF, 'care.tickWelcome', { welcomeId: w.id, item: 1, done: false }));
    expect(undone.items[1]).toEqual({ label: '一场荣誉退休仪式' });
    const trail = await auditsFor(cloud, w.id);
    expect(trail.map((a) => a.action).sort()).toEqual(['care.addRetiree', 'care.tickWelcome', 'care.tickWelcome']);

    expect(dataOf(await cloud.call(SEC, 'care.welcomes', {})).items.map((x) => x.id)).toContain(w.id);
    expect(dataOf(await cloud.call(OTHER_SEC, 'care.welcomes', {})).items.map((x) => x.id)).not.toContain(w.id);
    expect(errorOf(await cloud.call(OTHER_SEC, 'care.welcome', { welcomeId: w.id })).code).toBe('FORBIDDEN');
  });

  it('the invitation fills the form and is claimed once, in the registration itself', async () => {
    const w = dataOf(await cloud.call(STAFF, 'care.addRetiree', { name: '彭春兰', formerUnit: '县教育局', retiredOn: '2026-11-20', branchId }));
    const inv = dataOf(await cloud.call('retiree-openid', 'care.invitation', { code: w.inviteCode.toLowerCase() }));
    expect(inv).toEqual({ name: '彭春兰', formerUnit: '县教育局', branchId, branchName: w.branchName, retiredOn: '2026-11-20' });
    expect(errorOf(await cloud.call('retiree-openid', 'care.invitation', { code: 'ABC' })).fields?.code).toBe('邀请码是8位字母和数字，请再核对一下');
    expect(errorOf(await cloud.call('retiree-openid', 'care.invitation', { code: 'ZZZZZZZZ' })).code).toBe('NOT_FOUND');

    // Two WeChat users register with the same code at once: both become members, exactly one claims it.
    const both = await Promise.all(['retiree-openid', 'retiree-other'].map((openid) =>
      cloud.call(openid, 'members.register', { ...validProfile(branchId, { name: inv.name, formerUnit: inv.formerUnit, birthYear: 1966 }), invite: w.inviteCode })));
    expect(both.every((r) => r.ok)).toBe(true);
    const claimed = dataOf(await cloud.call(STAFF, 'care.welcome', { welcomeId: w.id }));
    expect(claimed.registered).toBe(true);
    expect(claimed.registeredOn).toBe('2026-11-28');
    const doc = (await cloud.db.collection(COLLECTIONS.careWelcomes).doc(w.id).get()).data[0] as { memberId: string };
    expect([await idOf(cloud, 'retiree-openid'), await idOf(cloud, 'retiree-other')]).toContain(doc.memberId);
    // The demo county's own invitation (README) opens for 覃建国.
    expect(dataOf(await cloud.call('readme-reader', 'care.invitation', { code: 'RTJG8888' })).name).toBe('覃建国');
    // Used: the invitation no longer opens.
    expect(errorOf(await cloud.call('someone-else', 'care.invitation', { code: w.inviteCode })).code).toBe('NOT_FOUND');
  });

  it('the bureau\'s settings: 重阳节 for 75 and over makes the visits the change adds; deadlines follow; audited; staff only', async () => {
    const before = dataOf(await cloud.call(STAFF, 'care.settings', {}));
    expect(before).toMatchObject(DEFAULT_CARE_SETTINGS);
    expect(errorOf(await cloud.call(SEC, 'care.settings', {})).code).toBe('FORBIDDEN');
    const bad = errorOf(await cloud.call(STAFF, 'care.saveSettings', { ...DEFAULT_CARE_SETTINGS, doubleNinth: { enabled: true, leadDays: 3, minAge: 50 }, welcomeItems: ['一束鲜花', '一束鲜花'] }));
    expect(bad.fields).toMatchObject({ 'doubleNinth.leadDays': '提前天数要在7到60天之间', 'doubleNinth.minAge': '年龄要在60到100岁之间', welcomeItems: '荣退事项有重复的' });

    cloud.clock.set('2026-10-05T02:00:00.000Z');
    await runTimer(cloud.deps);
    const ninth = async () => ((await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'due' }).limit(1000).get()).data as Array<{ occasion: string; memberId: string }>).filter((v) => v.occasion === 'double_ninth');
    const at80 = (await ninth()).length;
    const saved = dataOf(await cloud.call(STAFF, 'care.saveSettings', { ...DEFAULT_CARE_SETTINGS, doubleNinth: { enabled: true, leadDays: 20, minAge: 75 }, eventDays: { ...DEFAULT_CARE_SETTINGS.eventDays, hospital: 2 } }));
    expect(saved).toMatchObject({ updatedBy: '李晓梅', doubleNinth: { minAge: 75 } });
    expect((await auditsFor(cloud, 'county'))[0]).toMatchObject({ action: 'care.saveSettings', before: { doubleNinth: { minAge: 80 } }, after: { doubleNinth: { minAge: 75 } } });
    cloud.clock.set('2026-10-05T03:00:00.000Z');
    await runTimer(cloud.deps);
    const members = (await cloud.db.collection(COLLECTIONS.members).where({ _id: cloud.db.command.gt('') }).limit(1000).get()).data as Array<{ _id: string; birthYear: number }>;
    const now75 = await ninth();
    expect(now75.map((v) => v.memberId).sort()).toEqual(members.filter((m) => m.birthYear <= 1951).map((m) => m._id).sort());
    expect(now75.length).toBeGreaterThan(at80);
    // 住院 is now due in 2 days; a new 荣退 record takes the items in force.
    const visit = dataOf(await cloud.call('demo-member-2', 'care.report', { occasion: 'hospital' }));
    expect(visit.dueBy).toBe('2026-10-07');
    dataOf(await cloud.call(STAFF, 'care.saveSettings', { ...DEFAULT_CARE_SETTINGS, welcomeItems: ['一次谈心谈话', '一束鲜花'] }));
    expect(dataOf(await cloud.call(STAFF, 'care.addRetiree', { name: '田国庆', formerUnit: '县交通局', retiredOn: '2026-09-30', branchId })).items.map((i) => i.label)).toEqual(['一次谈心谈话', '一束鲜花']);
    // Turned off: no 重阳节 visits are made for a year the job has not started.
    dataOf(await cloud.call(STAFF, 'care.saveSettings', { ...DEFAULT_CARE_SETTINGS, doubleNinth: { enabled: false, leadDays: 20, minAge: 80 } }));
    cloud.clock.set('2027-10-01T03:00:00.000Z');
    await runTimer(cloud.deps);
    const made2027 = (await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'due' }).limit(1000).get()).data as Array<{ occasion: string; year: number }>;
    expect(made2027.filter((v) => v.occasion === 'double_ninth' && v.year === 2027)).toHaveLength(0);
  });
});
