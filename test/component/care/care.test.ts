import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { noticesTo } from '../../support/notices';
import { auditsFor, idOf } from '../lessons/helpers';

const STAFF = 'demo-staff-1';
const SEC = 'demo-secretary-bureau';
const OTHER_SEC = 'demo-secretary-education';
const MEMBER = 'demo-member-1'; // 张桂兰, bureau branch

/** 关爱服务: the ledger (1+1+1, health for staff only, every read logged), 四必访 reports, visits, problems, figures. */
describe('care: ledger, reported visits, problems and the year\'s figures', () => {
  let cloud: TestCloud;
  let memberId: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    memberId = await idOf(cloud, MEMBER);
  });
  afterAll(() => cloud.close());

  it('staff keep the ledger: contacts checked by role and branch, health for staff eyes only, changes dated, reads logged', async () => {
    const staffId = await idOf(cloud, 'demo-staff-2'); // the seed named 李晓梅: now 田志勇 takes over
    const secId = await idOf(cloud, SEC);
    const wrong = errorOf(await cloud.call(STAFF, 'care.saveLedger', { memberId, bureauContactId: secId }));
    expect(wrong.fields?.bureauContactId).toBe('局机关联系人要选老干部局的工作人员');
    const otherBranch = errorOf(await cloud.call(STAFF, 'care.saveLedger', { memberId, branchContactId: await idOf(cloud, OTHER_SEC) }));
    expect(otherBranch.fields?.branchContactId).toBe('支部联系人要选本支部的同志');

    const saved = dataOf(await cloud.call(STAFF, 'care.saveLedger', {
      memberId, bureauContactId: staffId, branchContactId: secId,
      helper: { name: '王芳', relation: '女儿', phone: '13807452000' }, health: '高血压，每天服药', partyJoinYear: 1976,
    }));
    expect(saved.contacts).toMatchObject({ bureau: { name: '田志勇' }, branch: { name: '王德明' }, helper: { name: '王芳', relation: '女儿' } });
    expect(saved.health).toBe('高血压，每天服药');
    expect(saved.entries[0].text).toBe('局机关联系人：田志勇；志愿者或家属联系人：女儿王芳；更新了健康情况；入党年份：1976年');
    // The audit keeps what changed, never the health text.
    expect(JSON.stringify(await auditsFor(cloud, memberId))).not.toContain('高血压');

    const bySecretary = dataOf(await cloud.call(SEC, 'care.ledger', { memberId }));
    expect(bySecretary.health).toBeUndefined();
    expect(bySecretary.contacts.bureau?.name).toBe('田志勇');
    expect(errorOf(await cloud.call(OTHER_SEC, 'care.ledger', { memberId })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-2', 'care.ledger', { memberId })).code).toBe('FORBIDDEN');
    const reads = (await cloud.db.collection(COLLECTIONS.careReads).where({ memberId }).orderBy('at', 'desc').limit(10).get()).data as Array<{ readerName: string }>;
    expect(reads.map((r) => r.readerName)).toContain('王德明');

    // The member sees the three people to ring, never the health note.
    const mine = dataOf(await cloud.call(MEMBER, 'care.mine', {}));
    expect(mine.contacts.helper).toEqual({ name: '王芳', relation: '女儿', phone: '13807452000' });
    expect(JSON.stringify(mine)).not.toContain('高血压');
  });

  it('a stay in hospital reported by family and secretary at once makes one due visit, due in 3 days', async () => {
    const reports = await Promise.all([
      cloud.call(MEMBER, 'care.report', { occasion: 'hospital', note: '在县医院住院' }),
      ...Array.from({ length: 20 }, () => cloud.call(SEC, 'care.report', { memberId, occasion: 'hospital' })),
    ]);
    const ids = new Set(reports.map((r) => dataOf(r).id));
    expect(ids.size).toBe(1);
    const [visitId] = [...ids];
    const due = dataOf(await cloud.call(SEC, 'care.dueVisits', {})).items.find((v) => v.id === visitId);
    expect(due).toMatchObject({ occasion: 'hospital', occasionLabel: '生病住院探望', dueBy: '2026-12-01', overdue: false, memberName: '张桂兰' });
    // Another branch's secretary cannot report for her, nor see her in their list.
    expect(errorOf(await cloud.call(OTHER_SEC, 'care.report', { memberId, occasion: 'hospital' })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call(OTHER_SEC, 'care.dueVisits', {})).items.map((v) => v.id)).not.toContain(visitId);
    // Three days on and not visited: 督办.
    cloud.clock.set('2026-12-02T02:00:00.000Z');
    expect(dataOf(await cloud.call(STAFF, 'care.dueVisits', {})).items.find((v) => v.id === visitId)?.overdue).toBe(true);
  });

  it('the visit is recorded once, with the problem raised on it; problems move to 已解决 once and the member is told', async () => {
    const visitId = dataOf(await cloud.call(STAFF, 'care.dueVisits', {})).items.find((v) => v.memberName === '张桂兰')?.id as string;
    // A photo must really be stored, under care/visits/ (an idea's photo is refused).
    const photo = await cloud.deps.files.put('care/visits/2026/carevisitphoto01.png', Buffer.from('\x89PNG\r\n\x1a\n'));
    const ideaPhoto = await cloud.deps.files.put('ideas/2026/ideaphotoabcd0009.png', Buffer.from('\x89PNG\r\n\x1a\n'));
    const base = { visitId, visitedOn: '2026-12-02', way: 'home', visitors: '王德明、李晓梅', found: '刚出院，精神不错' };
    expect(errorOf(await cloud.call(SEC, 'care.recordVisit', { ...base, photos: [ideaPhoto] })).fields?.photos).toBe('照片不对，请重新上传');
    expect(errorOf(await cloud.call(SEC, 'care.recordVisit', { ...base, photos: [photo.replace('photo01', 'photo02')] })).fields?.photos).toBe('文件没有上传成功，请重新上传');
    const input = { ...base, problem: '出院后复查要去市里，没人陪同', photos: [photo] };
    const [a, b] = await Promise.all([cloud.call(SEC, 'care.recordVisit', input), cloud.call(STAFF, 'care.recordVisit', input)]);
    const results = [a, b].map((r) => (r.ok ? 'ok' : r.error.code)).sort();
    expect(results).toEqual(['INVALID_STATE', 'ok']);
    const done = dataOf(a.ok ? a : b);
    expect(done).toMatchObject({ status: 'done', way: 'home', visitedOn: '2026-12-02' });
    expect(done.photoUrls).toHaveLength(1);
    // The ledger shows the visit's photo to the branch secretary.
    const ledger = dataOf(await cloud.call(SEC, 'care.ledger', { memberId }));
    expect(ledger.visits.find((v) => v.id === visitId)?.photoUrls).toHaveLength(1);
    expect(errorOf(await cloud.call(STAFF, 'care.recordVisit', { ...input, visitedOn: '2026-12-09' })).code).toBe('VALIDATION_FAILED');

    const open = dataOf(await cloud.call(SEC, 'care.problems', {})).items.find((p) => p.id === done.problemId);
    expect(open).toMatchObject({ state: 'open', source: 'visit', text: '出院后复查要去市里，没人陪同' });
    expect(errorOf(await cloud.call(STAFF, 'care.moveProblem', { problemId: open?.id, to: 'solved' })).fields?.note).toBe('请写明是怎么解决的，老同志会看到');
    const solving = await Promise.all([
      cloud.call(STAFF, 'care.moveProblem', { problemId: open?.id, to: 'solved', note: '安排志愿者陪同复查' }),
      cloud.call(SEC, 'care.moveProblem', { problemId: open?.id, to: 'solved', note: '支部派人陪同' }),
    ]);
    expect(solving.filter((r) => r.ok)).toHaveLength(1);
    const told = (await noticesTo(cloud, MEMBER, 20)).filter((n) => n.templateId === 'careProgress');
    expect(told).toHaveLength(1);
    expect(told[0].body).toMatch(/^您反映的“出院后复查要去市里，没人陪同”已解决：/);

    const mine = dataOf(await cloud.call(MEMBER, 'care.mine', {}));
    expect(mine.visits[0]).toMatchObject({ occasionLabel: '生病住院探望', visitedOn: '2026-12-02', way: 'home', visitors: '王德明、李晓梅' });
    expect(mine.problems[0]).toMatchObject({ state: 'solved', stateLabel: '已解决' });
  });

  it('我要求助 is a tracked problem; the year\'s figures are exact against a recount of the records', async () => {
    const asked = dataOf(await cloud.call('demo-member-4', 'care.askHelp', { text: '家里的燃气灶坏了，不会修' }));
    expect(asked).toMatchObject({ source: 'member', state: 'open' });
    dataOf(await cloud.call(SEC, 'care.moveProblem', { problemId: asked.id, to: 'in_hand', note: '已联系社区' }));
    expect(errorOf(await cloud.call(SEC, 'care.moveProblem', { problemId: asked.id, to: 'in_hand' })).code).toBe('INVALID_STATE');

    const f = dataOf(await cloud.call(STAFF, 'care.figures', { year: 2026 }));
    const visits = (await cloud.db.collection(COLLECTIONS.careVisits).where({ status: 'done' }).limit(1000).get()).data as Array<{ occasion: string; memberId: string; visitedOn: string }>;
    const thisYear = visits.filter((v) => v.visitedOn.startsWith('2026'));
    const all = (await cloud.db.collection(COLLECTIONS.careProblems).where({ solved: cloud.db.command.in([true, false]) }).limit(1000).get()).data as Array<{ year: number; steps: Array<{ state: string; at: Date }> }>;
    const problems = all.filter((p) => p.year === 2026);
    // Solved in 2026 (China time), whenever raised.
    const solvedThisYear = all.filter((p) => p.steps.some((s) => s.state === 'solved' && new Date(new Date(s.at).getTime() + 8 * 3600 * 1000).getUTCFullYear() === 2026));
    expect(f).toMatchObject({
      hospitalVisits: thisYear.filter((v) => v.occasion === 'hospital').length,
      visitsDone: thisYear.length,
      peopleVisited: new Set(thisYear.map((v) => v.memberId)).size,
      problemsRaised: problems.length,
      problemsSolved: solvedThisYear.length,
    });
    // By occasion: each one's done visits this year; by branch: the rows add up to the county.
    const byOccasion = new Map<string, number>();
    for (const v of thisYear) byOccasion.set(v.occasion, (byOccasion.get(v.occasion) ?? 0) + 1);
    expect(Object.fromEntries(f.byOccasion.map((o) => [o.occasion, o.visits]))).toEqual(Object.fromEntries(byOccasion));
    expect(f.byOccasion.find((o) => o.occasion === 'hospital')?.label).toBe('生病住院探望');
    expect(f.byBranch?.reduce((n, b) => n + b.visitsDone, 0)).toBe(f.visitsDone);
    expect(f.byBranch?.every((b) => b.branchName.endsWith('支部'))).toBe(true);
    // The seeded history and this file's visit: real numbers, not zeros.
    expect(f.hospitalVisits).toBeGreaterThanOrEqual(3);
    expect(f.problemsSolved).toBeGreaterThanOrEqual(2);
    expect(f.sentence).toBe(`探望生病住院${f.hospitalVisits}人次，走访慰问${f.peopleVisited}人，解决问题${f.problemsSolved}个`);
    // A secretary's figures are their branch's.
    const own = dataOf(await cloud.call(SEC, 'care.figures', {}));
    expect(own.problemsRaised).toBeLessThanOrEqual(f.problemsRaised);
    expect(own.byBranch).toBeUndefined();
    expect(own.paidFen).toBeUndefined();
    expect(errorOf(await cloud.call(SEC, 'care.figures', { branchId: 'someotherbranch' })).code).toBe('FORBIDDEN');
  });

  it('我联系的老同志: each named contact of the 1+1+1 sees their people\'s due visits and open problems, never health notes', async () => {
    const volunteerId = await idOf(cloud, 'demo-member-3');
    expect(errorOf(await cloud.call(STAFF, 'care.saveLedger', { memberId, helperMemberId: memberId })).fields?.helperMemberId).toBe('志愿者联系人不能是老同志本人');
    const saved = dataOf(await cloud.call(STAFF, 'care.saveLedger', { memberId, helperMemberId: volunteerId, helper: { name: '—', relation: '结对志愿者', phone: '13807450000' } }));
    expect(saved.contacts.helper).toMatchObject({ memberId: volunteerId, relation: '结对志愿者' });
    expect(saved.contacts.helper?.name).not.toBe('—'); // the volunteer's own name, from their record
    const due = dataOf(await cloud.call(SEC, 'care.report', { memberId, occasion: 'family_event', note: '老伴住院' }));

    const asVolunteer = dataOf(await cloud.call('demo-member-3', 'care.myPeople', {}));
    const her = asVolunteer.people.find((p) => p.memberId === memberId);
    expect(her).toMatchObject({ as: 'helper', name: '张桂兰' });
    expect(her?.due.map((v) => v.id)).toContain(due.id);
    expect(JSON.stringify(asVolunteer)).not.toContain('高血压');
    // The branch contact and the bureau contact see her too; someone named nowhere sees nobody.
    expect(dataOf(await cloud.call(SEC, 'care.myPeople', {})).people.find((p) => p.memberId === memberId)?.as).toBe('branch');
    expect(dataOf(await cloud.call('demo-staff-2', 'care.myPeople', {})).people.find((p) => p.memberId === memberId)?.as).toBe('bureau');
    expect(dataOf(await cloud.call('demo-member-2', 'care.myPeople', {})).people).toEqual([]);
  });

  it('我要求助 said aloud: the recording is checked, kept, and playable wherever the problem is shown', async () => {
    const voice = await cloud.deps.files.put('care/voice/2026/carevoicememo01.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00'));
    const lessonAudio = await cloud.deps.files.put('lessons/audio/2026/lessonaudio00001.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A '));
    expect(errorOf(await cloud.call('demo-member-2', 'care.askHelp', {})).fields?.text).toBe('请写几句，或者点“说给组织听”录一段话');
    expect(errorOf(await cloud.call('demo-member-2', 'care.askHelp', { voice: { fileId: lessonAudio, seconds: 12 } })).fields?.voice).toBe('录音不对，请重新上传');
    expect(errorOf(await cloud.call('demo-member-2', 'care.askHelp', { voice: { fileId: voice, seconds: 600 } })).fields?.['voice.seconds']).toBe('录音最长3分钟');
    const asked = dataOf(await cloud.call('demo-member-2', 'care.askHelp', { voice: { fileId: voice, seconds: 12 } }));
    expect(asked).toMatchObject({ text: '语音留言（12秒）', voice: { seconds: 12 } });
    expect(asked.voice?.url).toMatch(/^https?:\/\//);
    // Staff hear it in the list, the member on their own page, after a move too.
    const listed = dataOf(await cloud.call(STAFF, 'care.problems', {})).items.find((p) => p.id === asked.id);
    expect(listed?.voice?.seconds).toBe(12);
    expect(dataOf(await cloud.call('demo-member-2', 'care.mine', {})).problems.find((p) => p.id === asked.id)?.voice).toBeDefined();
    expect(dataOf(await cloud.call(STAFF, 'care.moveProblem', { problemId: asked.id, to: 'in_hand', note: '已打电话' })).voice).toBeDefined();
  });
});
