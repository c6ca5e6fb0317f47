import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { branchOf, idOf, publishLesson } from './helpers';

describe('lessons: the branch view and 送学上门', () => {
  let cloud: TestCloud;
  let lesson: string;
  let education: string;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    education = await branchOf(cloud, 'demo-secretary-education');
    lesson = await publishLesson(cloud, 'demo-secretary-education', { title: '廉政微课：守住小节', estimatedMinutes: 2 });
    dataOf(await cloud.call('demo-member-6', 'lessons.open', { lessonId: lesson }));
    cloud.clock.advance(70_000);
    dataOf(await cloud.call('demo-member-6', 'lessons.finish', { lessonId: lesson, readSeconds: 70 }));
  });
  afterAll(() => cloud.close());

  it('the secretary sees who has and who has not studied, by name', async () => {
    const view = dataOf(await cloud.call('demo-secretary-education', 'lessons.branchProgress', { lessonId: lesson }));
    expect(view).toMatchObject({ lessonTitle: '廉政微课：守住小节', studiedCount: 1, memberCount: 5, hasMore: false });
    expect(view.items).toHaveLength(5);
    expect(view.items.find((m) => m.name === '吴玉兰')).toMatchObject({ studied: true, kind: 'online' });
    expect(view.items.find((m) => m.name === '何光明')).toMatchObject({ studied: false, needsHomeDelivery: true });
    const paged = dataOf(await cloud.call('demo-secretary-education', 'lessons.branchProgress', { lessonId: lesson, pageSize: 4 }));
    expect(paged).toMatchObject({ hasMore: true });
    expect(paged.items).toHaveLength(4);
  });

  it('only for their own branch; members may not look; staff name the branch', async () => {
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.branchProgress', { lessonId: lesson })).code).toBe('NOT_FOUND');
    const bureau = await branchOf(cloud, 'demo-secretary-bureau');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.branchProgress', { lessonId: lesson, branchId: bureau })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-6', 'lessons.branchProgress', { lessonId: lesson })).code).toBe('FORBIDDEN');
    expect(dataOf(await cloud.call('demo-staff-1', 'lessons.branchProgress', { lessonId: lesson })).studiedCount).toBe(1);
  });

  it('a "not yet" becomes a delivery task, and the visit creates delivery study records', async () => {
    const memberId = await idOf(cloud, 'demo-member-5');
    const task = dataOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', {
      memberId, lessonIds: [lesson], visitorName: '陈淑芬', dueDate: '2026-12-05', note: '下午三点后在家',
    }));
    expect(task).toMatchObject({ memberName: '何光明', status: 'open', lessonTitles: ['廉政微课：守住小节'], branchId: education });

    const view = dataOf(await cloud.call('demo-secretary-education', 'lessons.branchProgress', { lessonId: lesson }));
    expect(view.items.find((m) => m.memberId === memberId)).toMatchObject({ studied: false, deliveryTaskId: task.id });
    const open = dataOf(await cloud.call('demo-secretary-education', 'lessons.deliveries', {}));
    expect(open.items.map((t) => t.id)).toEqual([task.id]);

    // Only lessons of the task; not a date in the future.
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.recordVisit', { taskId: task.id, visitedOn: '2026-11-27', lessonIds: ['other'] })).code).toBe('VALIDATION_FAILED');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.recordVisit', { taskId: task.id, visitedOn: '2027-01-01', lessonIds: [lesson] })).fields).toHaveProperty('visitedOn');
    expect(errorOf(await cloud.call('demo-secretary-bureau', 'lessons.recordVisit', { taskId: task.id, visitedOn: '2026-11-27', lessonIds: [lesson] })).code).toBe('FORBIDDEN');

    const visited = dataOf(await cloud.call('demo-secretary-education', 'lessons.recordVisit', {
      taskId: task.id, visitedOn: '2026-11-27', lessonIds: [lesson], notes: '读了一遍，老人家听得很认真',
    }));
    expect(visited).toMatchObject({ status: 'done', visitedOn: '2026-11-27' });
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.recordVisit', { taskId: task.id, visitedOn: '2026-11-27', lessonIds: [lesson] })).code).toBe('INVALID_STATE');

    const records = (await cloud.db.collection(COLLECTIONS.studyRecords).where({ memberId, month: '2026-11' }).get()).data;
    expect(records).toEqual([expect.objectContaining({ kind: 'delivery', lessonId: lesson, taskId: task.id })]);
    const after = dataOf(await cloud.call('demo-secretary-education', 'lessons.branchProgress', { lessonId: lesson }));
    expect(after.studiedCount).toBe(2);
    expect(after.items.find((m) => m.memberId === memberId)).toMatchObject({ studied: true, kind: 'delivery' });
    expect(dataOf(await cloud.call('demo-member-5', 'lessons.myStudy', {})).items).toEqual([expect.objectContaining({ kind: 'delivery' })]);
    expect(dataOf(await cloud.call('demo-secretary-education', 'lessons.deliveries', { status: 'done' })).items.map((t) => t.id)).toEqual([task.id]);
  });

  it('refuses tasks for another branch\'s member, unknown people and unpublished lessons', async () => {
    const bureauMember = await idOf(cloud, 'demo-member-1');
    const base = { lessonIds: [lesson], visitorName: '陈淑芬', dueDate: '2026-12-05' };
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', { ...base, memberId: bureauMember })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', { ...base, memberId: 'nobody' })).code).toBe('MEMBER_NOT_FOUND');
    const memberId = await idOf(cloud, 'demo-member-7');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', { ...base, memberId, lessonIds: ['nolesson'] })).code).toBe('NOT_FOUND');
    expect(errorOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', { ...base, memberId, dueDate: '12月5日' })).fields).toHaveProperty('dueDate');
  });
});
