import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, branchOf, lessonInput } from './helpers';

describe('lessons: writing, publishing, withdrawing', () => {
  let cloud: TestCloud;
  let bureau: string;
  let education: string;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    bureau = await branchOf(cloud, 'demo-secretary-bureau');
    education = await branchOf(cloud, 'demo-secretary-education');
  });
  afterAll(() => cloud.close());

  it('only secretaries and staff may write; members get FORBIDDEN, strangers NOT_REGISTERED', async () => {
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.save', { lesson: lessonInput() })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('wx-stranger', 'lessons.save', { lesson: lessonInput() })).code).toBe('NOT_REGISTERED');
    expect(errorOf(await cloud.call(null, 'lessons.save', { lesson: lessonInput() })).code).toBe('UNAUTHENTICATED');
  });

  it('a secretary writes a draft for their own branch, never county-wide or for another branch', async () => {
    const saved = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput() }));
    expect(saved).toMatchObject({ status: 'draft', audience: 'branch', branchId: bureau, authorName: '王德明', canManage: true });
    // A short lesson (about 60 characters) marked 约8分钟 wants a short careful read, not half of the 8 minutes.
    expect(saved).toMatchObject({ estimatedMinutes: 8 });
    expect(saved.mine).toMatchObject({ studied: false, requiredReadSeconds: 30 });
    const county = await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput({ audience: 'county' }) });
    expect(errorOf(county)).toMatchObject({ code: 'FORBIDDEN', fields: { audience: expect.any(String) } });
    const other = await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput({ branchId: education }) });
    expect(errorOf(other).code).toBe('FORBIDDEN');
  });

  it('without stated minutes, a lesson gets the estimate from its own content (the editor shows the same)', async () => {
    const { estimatedMinutes: _typed, ...untimed } = lessonInput({ body: [{ type: 'paragraph', text: '学'.repeat(1180) }] });
    const saved = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: untimed }));
    // 1180 + title and summary ≈ 1213 characters at 150 a minute: 9 minutes; half of that read before 学完了.
    expect(saved).toMatchObject({ estimatedMinutes: 9 });
    expect(saved.mine.requiredReadSeconds).toBe(243);
  });

  it('staff write county-wide, or for a branch they name', async () => {
    const county = dataOf(await cloud.call('demo-staff-1', 'lessons.save', { lesson: lessonInput({ audience: 'county', category: 'policy' }) }));
    expect(county).toMatchObject({ audience: 'county', status: 'draft' });
    expect(county.branchId).toBeUndefined();
    const forBranch = dataOf(await cloud.call('demo-staff-1', 'lessons.save', { lesson: lessonInput({ branchId: education }) }));
    expect(forBranch).toMatchObject({ branchId: education, branchName: expect.stringContaining('支部') });
    expect(errorOf(await cloud.call('demo-staff-1', 'lessons.save', { lesson: lessonInput() })).fields).toHaveProperty('branchId');
    expect(errorOf(await cloud.call('demo-staff-1', 'lessons.save', { lesson: lessonInput({ branchId: 'nope' }) })).code).toBe('BRANCH_NOT_FOUND');
  });

  it('validates every field and refuses HTML blocks, unknown keys and a category outside the four', async () => {
    const bad = (lesson: unknown) => cloud.call('demo-secretary-bureau', 'lessons.save', { lesson });
    expect(errorOf(await bad({ ...lessonInput(), title: '' })).fields).toHaveProperty(['lesson.title']);
    expect(errorOf(await bad({ ...lessonInput(), category: 'party' })).fields).toHaveProperty(['lesson.category']);
    expect(errorOf(await bad({ ...lessonInput(), body: [{ type: 'html', html: '<script>x</script>' }] })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await bad({ ...lessonInput(), body: [] })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await bad({ ...lessonInput(), estimatedMinutes: 0 })).fields).toHaveProperty(['lesson.estimatedMinutes']);
    expect(errorOf(await bad({ ...lessonInput(), status: 'published' })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await bad({ ...lessonInput(), coverFileId: 'https://evil.example/x.png' })).code).toBe('VALIDATION_FAILED');
  });

  it('edits a draft; another branch\'s secretary cannot', async () => {
    const saved = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput() }));
    const edited = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lessonId: saved.id, lesson: lessonInput({ title: '改过的标题', series: '党纪学习教育' }) }));
    expect(edited).toMatchObject({ id: saved.id, title: '改过的标题', series: '党纪学习教育', status: 'draft' });
    // Saving the very same content again (a second tap, same clock) is fine, not a conflict.
    const again = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lessonId: saved.id, lesson: lessonInput({ title: '改过的标题', series: '党纪学习教育' }) }));
    expect(again).toMatchObject({ title: '改过的标题', status: 'draft' });
    const other = await cloud.call('demo-secretary-education', 'lessons.save', { lessonId: saved.id, lesson: lessonInput() });
    expect(errorOf(other).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.publish', { lessonId: saved.id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.publish', { lessonId: 'missing' })).code).toBe('NOT_FOUND');
  });

  it('publish → withdraw → back to draft → edit → publish, each publish/withdraw audited once', async () => {
    const { id } = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput() }));
    const published = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.publish', { lessonId: id }));
    expect(published).toMatchObject({ status: 'published', publishedAt: '2026-11-28T02:00:00.000Z' });
    // A published lesson is not edited in place, and not published twice.
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lessonId: id, lesson: lessonInput() })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.publish', { lessonId: id })).code).toBe('INVALID_STATE');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.toDraft', { lessonId: id })).code).toBe('INVALID_STATE');

    cloud.clock.advance(60_000);
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'lessons.withdraw', { lessonId: id })).status).toBe('withdrawn');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.withdraw', { lessonId: id })).code).toBe('INVALID_STATE');
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'lessons.toDraft', { lessonId: id })).status).toBe('draft');
    dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lessonId: id, lesson: lessonInput({ title: '第二稿' }) }));
    cloud.clock.advance(60_000);
    expect(dataOf(await cloud.call('demo-staff-1', 'lessons.publish', { lessonId: id })).status).toBe('published');

    const audits = await auditsFor(cloud, id); // newest first
    expect(audits.map((a) => [a.action, (a.before as { status: string }).status, (a.after as { status: string }).status])).toEqual([
      ['lessons.publish', 'draft', 'published'],
      ['lessons.withdraw', 'published', 'withdrawn'],
      ['lessons.publish', 'draft', 'published'],
    ]);
    expect(audits[0]).toMatchObject({ actorName: '李晓梅', targetType: 'lesson' });
  });

  it.each([
    ['review', '【待审】'],
    ['risky', '赌博'],
  ])('a %s verdict on any part of the text holds the lesson instead of publishing it', async (verdict, marker) => {
    const body = [{ type: 'paragraph' as const, text: `正文里有${marker}这样的字` }];
    const { id } = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput({ body }) }));
    const held = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.publish', { lessonId: id }));
    expect(held.status).toBe('held');
    expect(held.publishedAt).toBeUndefined();
    const [audit] = await auditsFor(cloud, id);
    expect(audit.after).toEqual({ status: 'held', verdict });
    // Members never see it; the author can take it back to draft and fix it.
    const list = dataOf(await cloud.call('demo-member-1', 'lessons.list', { pageSize: 50 }));
    expect(list.items.map((l) => l.id)).not.toContain(id);
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.get', { lessonId: id })).code).toBe('NOT_FOUND');
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'lessons.toDraft', { lessonId: id })).status).toBe('draft');
  });

  it('a title that fails content safety holds the lesson too', async () => {
    const { id } = dataOf(await cloud.call('demo-staff-1', 'lessons.save', { lesson: lessonInput({ title: '【违规】标题', audience: 'county' }) }));
    expect(dataOf(await cloud.call('demo-staff-1', 'lessons.publish', { lessonId: id })).status).toBe('held');
  });

  it('manage lists a secretary\'s own branch only, staff see all, filtered by state', async () => {
    const mine = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.manage', { pageSize: 50 }));
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((l) => l.branchId === bureau)).toBe(true);
    const drafts = dataOf(await cloud.call('demo-staff-1', 'lessons.manage', { status: 'draft', pageSize: 50 }));
    expect(drafts.items.every((l) => l.status === 'draft')).toBe(true);
    expect(drafts.items.some((l) => l.branchId === education)).toBe(true);
    const all = dataOf(await cloud.call('demo-staff-1', 'lessons.manage', { pageSize: 50 }));
    expect(all.items.some((l) => l.audience === 'county')).toBe(true);
    const times = all.items.map((l) => l.updatedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.manage', {})).code).toBe('FORBIDDEN');
  });
});
