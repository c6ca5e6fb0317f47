import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { branchOf, idOf, lessonInput, publishLesson } from './helpers';

/** A paragraph that takes a careful elder `minutes` to read (150 characters a minute). */
const longBody = (minutes: number) => [{ type: 'heading' as const, text: '一、为什么要修订' }, { type: 'paragraph' as const, text: '学'.repeat(minutes * 150) }];

describe('lessons: reading and the study-time rule', () => {
  let cloud: TestCloud;
  let bureauLesson: string;
  let countyLesson: string;
  let educationLesson: string;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    // demo-member-1 (张桂兰) is in the bureau branch; the education branch's lesson is not for her.
    bureauLesson = await publishLesson(cloud, 'demo-secretary-bureau', { title: '学习身边的榜样：老党员张大爷', category: 'exemplar', body: longBody(8) });
    cloud.clock.advance(60_000);
    countyLesson = await publishLesson(cloud, 'demo-staff-1', { audience: 'county', category: 'policy', title: '酉水县老干部冬季宣讲', estimatedMinutes: 10, body: longBody(10) });
    cloud.clock.advance(60_000);
    educationLesson = await publishLesson(cloud, 'demo-secretary-education', { title: '教育支部的微课', category: 'micro' });
    await cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput({ title: '还没写完的草稿' }) });
  });
  afterAll(() => cloud.close());

  it('a member sees published lessons of their branch and the county, newest first', async () => {
    const list = dataOf(await cloud.call('demo-member-1', 'lessons.list', {}));
    // The two just published come first, then the demo county's (seeded earlier), never another branch's.
    expect(list.items.map((l) => l.id).slice(0, 2)).toEqual([countyLesson, bureauLesson]);
    expect(list.items.map((l) => l.id)).not.toContain(educationLesson);
    expect(list.items.every((l) => l.status === 'published')).toBe(true);
    const times = list.items.map((l) => l.publishedAt as string);
    expect([...times].sort().reverse()).toEqual(times);
    expect(list.items[0]).toMatchObject({ category: 'policy', studied: false, hasAudio: false });
    const other = dataOf(await cloud.call('demo-member-5', 'lessons.list', {}));
    expect(other.items.map((l) => l.id).slice(0, 2)).toEqual([educationLesson, countyLesson]);
    expect(other.items.map((l) => l.id)).not.toContain(bureauLesson);
  });

  it('by category tab, by title search (regex characters are plain text), a page at a time', async () => {
    const exemplar = dataOf(await cloud.call('demo-member-1', 'lessons.list', { category: 'exemplar' })).items;
    expect(exemplar[0].id).toBe(bureauLesson);
    expect(exemplar.every((l) => l.category === 'exemplar')).toBe(true);
    expect(dataOf(await cloud.call('demo-member-5', 'lessons.list', { category: 'exemplar' })).items).toEqual([]);
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.list', { keyword: '冬季宣讲' })).items.map((l) => l.id)).toEqual([countyLesson]);
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.list', { keyword: '.*' })).items).toEqual([]);
    const first = dataOf(await cloud.call('demo-member-1', 'lessons.list', { pageSize: 1 }));
    expect(first).toMatchObject({ hasMore: true, items: [{ id: countyLesson }] });
    const second = dataOf(await cloud.call('demo-member-1', 'lessons.list', { page: 2, pageSize: 1 }));
    expect(second).toMatchObject({ items: [{ id: bureauLesson }] });
    const all = dataOf(await cloud.call('demo-member-1', 'lessons.list', { pageSize: 50 }));
    expect(all.hasMore).toBe(false);
    // Seeded demo lessons: all four categories reach this member.
    expect(new Set(all.items.map((l) => l.category))).toEqual(new Set(['micro', 'policy', 'exemplar', 'integrity']));
  });

  it('detail: readable lessons only; another branch\'s lesson is NOT_FOUND', async () => {
    const detail = dataOf(await cloud.call('demo-member-1', 'lessons.get', { lessonId: bureauLesson }));
    expect(detail).toMatchObject({ title: '学习身边的榜样：老党员张大爷', canManage: false, mine: { studied: false, requiredReadSeconds: 240 } });
    expect(detail.body[0]).toEqual({ type: 'heading', text: '一、为什么要修订' });
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.get', { lessonId: educationLesson })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.open', { lessonId: educationLesson })).code).toBe('NOT_FOUND');
  });

  it('学完了 before opening is refused; a click right after opening does not count; real time does', async () => {
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.finish', { lessonId: bureauLesson, readSeconds: 600 })).code).toBe('INVALID_STATE');

    const opened = dataOf(await cloud.call('demo-member-1', 'lessons.open', { lessonId: bureauLesson }));
    expect(opened).toEqual({ openedAt: cloud.clock.now().toISOString(), studied: false });

    cloud.clock.advance(20_000);
    // The client claims ten minutes; the server saw 20 seconds: not yet, and it says how much more.
    const early = errorOf(await cloud.call('demo-member-1', 'lessons.finish', { lessonId: bureauLesson, readSeconds: 600 }));
    expect(early.code).toBe('VALIDATION_FAILED');
    expect(early.fields?.readSeconds).toBe('还需要再学大约4分钟，再点“学完了”');

    cloud.clock.advance(4 * 60_000);
    // Enough wall time, but the page says the reader was only there 30 s: not counted either.
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.finish', { lessonId: bureauLesson, readSeconds: 30 })).code).toBe('VALIDATION_FAILED');
    const done = dataOf(await cloud.call('demo-member-1', 'lessons.finish', { lessonId: bureauLesson, readSeconds: 250 }));
    expect(done).toEqual({ studied: true, studiedAt: cloud.clock.now().toISOString(), monthCount: 1 });

    // Once is once: again is the same answer, one record, and opening again changes nothing.
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.finish', { lessonId: bureauLesson, readSeconds: 250 })).monthCount).toBe(1);
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.open', { lessonId: bureauLesson })).studied).toBe(true);
    const memberId = await idOf(cloud, 'demo-member-1');
    const records = (await cloud.db.collection(COLLECTIONS.studyRecords).where({ memberId, month: '2026-11' }).get()).data;
    expect(records).toEqual([expect.objectContaining({ kind: 'online', lessonId: bureauLesson, category: 'exemplar', month: '2026-11' })]);

    expect(dataOf(await cloud.call('demo-member-1', 'lessons.get', { lessonId: bureauLesson })).mine).toMatchObject({ studied: true });
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.list', {})).items.find((l) => l.id === bureauLesson)?.studied).toBe(true);
  });

  it('a careful read of a short lesson marked 约7分钟 is accepted (the content sets the reading wanted)', async () => {
    // About 150 characters: a minute at an elder's pace. The secretary stated 7 minutes.
    const short = await publishLesson(cloud, 'demo-secretary-bureau', {
      title: '短课：冬季防滑', estimatedMinutes: 7, body: [{ type: 'paragraph', text: '下雪结冰的日子，出门穿防滑鞋，走路慢一点。'.repeat(6) }],
    });
    const detail = dataOf(await cloud.call('demo-member-2', 'lessons.get', { lessonId: short }));
    expect(detail).toMatchObject({ estimatedMinutes: 7, mine: { requiredReadSeconds: 30 } });
    dataOf(await cloud.call('demo-member-2', 'lessons.open', { lessonId: short }));
    cloud.clock.advance(20_000);
    expect(errorOf(await cloud.call('demo-member-2', 'lessons.finish', { lessonId: short, readSeconds: 20 })).fields?.readSeconds).toBe('还需要再学大约10秒，再点“学完了”');
    cloud.clock.advance(15_000);
    // Thirty-five seconds seen by the server; the old rule wanted half of the 7 minutes (210 s).
    expect(dataOf(await cloud.call('demo-member-2', 'lessons.finish', { lessonId: short, readSeconds: 35 })).studied).toBe(true);
  });

  it('reopening restarts the clock for a lesson not yet studied', async () => {
    dataOf(await cloud.call('demo-member-2', 'lessons.open', { lessonId: countyLesson }));
    cloud.clock.advance(10 * 60_000);
    dataOf(await cloud.call('demo-member-2', 'lessons.open', { lessonId: countyLesson }));
    cloud.clock.advance(60_000);
    expect(errorOf(await cloud.call('demo-member-2', 'lessons.finish', { lessonId: countyLesson, readSeconds: 660 })).code).toBe('VALIDATION_FAILED');
    cloud.clock.advance(4 * 60_000);
    expect(dataOf(await cloud.call('demo-member-2', 'lessons.finish', { lessonId: countyLesson, readSeconds: 300 })).studied).toBe(true);
  });

  it('listening to most of a recording counts', async () => {
    // A recording really uploaded under lessons/audio (functions refuse any other fileID).
    const audioFileId = await cloud.deps.files.put('lessons/audio/2026/studytestaudio01.mp3', Buffer.from('ID3 test audio'));
    const audio = await publishLesson(cloud, 'demo-secretary-bureau', {
      title: '听党课录音', estimatedMinutes: 30, audioFileId, audioSeconds: 600,
    });
    dataOf(await cloud.call('demo-member-3', 'lessons.open', { lessonId: audio }));
    cloud.clock.advance(400_000);
    expect(errorOf(await cloud.call('demo-member-3', 'lessons.finish', { lessonId: audio, readSeconds: 0, listenedSeconds: 200 })).code).toBe('VALIDATION_FAILED');
    expect(dataOf(await cloud.call('demo-member-3', 'lessons.finish', { lessonId: audio, readSeconds: 0, listenedSeconds: 500 })).studied).toBe(true);
  });

  it('我的学习: this month\'s lessons by category, a gentle tally, other months empty', async () => {
    const mine = dataOf(await cloud.call('demo-member-1', 'lessons.myStudy', {}));
    expect(mine).toMatchObject({ month: '2026-11', monthCount: 1, items: [{ kind: 'online', lessonId: bureauLesson, category: 'exemplar' }] });
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.myStudy', { category: 'policy' })).items).toEqual([]);
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.myStudy', { month: '2026-10' }))).toMatchObject({ monthCount: 0, items: [] });
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.myStudy', { month: '2026-13' })).code).toBe('VALIDATION_FAILED');
    // Nobody else's: the tally is mine only, never a ranking.
    expect(dataOf(await cloud.call('demo-member-4', 'lessons.myStudy', {})).monthCount).toBe(0);
  });

  it('withdrawn lessons leave the list and the detail, but the study record stays', async () => {
    dataOf(await cloud.call('demo-secretary-bureau', 'lessons.withdraw', { lessonId: bureauLesson }));
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.list', {})).items.map((l) => l.id)).not.toContain(bureauLesson);
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.get', { lessonId: bureauLesson })).code).toBe('NOT_FOUND');
    expect(dataOf(await cloud.call('demo-member-1', 'lessons.myStudy', {})).monthCount).toBe(1);
    // The secretary still sees it (to edit it).
    expect(dataOf(await cloud.call('demo-secretary-bureau', 'lessons.get', { lessonId: bureauLesson })).canManage).toBe(true);
    expect((await branchOf(cloud, 'demo-member-1')).length).toBeGreaterThan(0);
  });
});
