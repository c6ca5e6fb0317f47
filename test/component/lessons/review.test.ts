import { noticesTo } from '../../support/notices';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { auditsFor, lessonInput } from './helpers';

/** Staff review of lessons content safety held: approve → published, or back to the author with a reason. */
describe('lessons: staff review of held lessons', () => {
  let cloud: TestCloud;
  const SECRETARY = 'demo-secretary-bureau';
  const STAFF = 'demo-staff-1';
  const held = async (title: string): Promise<string> => {
    const body = [{ type: 'paragraph' as const, text: '正文里有【待审】这样的字' }];
    const { id } = dataOf(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title, body }) }));
    expect(dataOf(await cloud.call(SECRETARY, 'lessons.publish', { lessonId: id })).status).toBe('held');
    cloud.clock.advance(1000); // the review's audit entry comes after the hold's
    return id;
  };

  const outbox = async () =>
    (await noticesTo(cloud, SECRETARY, 50)) as Array<{
      templateId: string;
      data: Record<string, { value: string }>;
    }>;

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('held lessons wait in the staff queue; staff approve one and members see it', async () => {
    const id = await held('待审：重温入党誓词');
    const queue = dataOf(await cloud.call(STAFF, 'lessons.manage', { status: 'held', pageSize: 50 }));
    expect(queue.items.map((l) => l.id)).toContain(id);
    const approved = dataOf(await cloud.call(STAFF, 'lessons.approve', { lessonId: id }));
    expect(approved).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect((await outbox())[0]).toMatchObject({ templateId: 'lessonReview', data: { phrase2: { value: '审核通过' } } });
    const [audit] = await auditsFor(cloud, id);
    expect(audit).toMatchObject({ action: 'lessons.approve', actorName: '李晓梅', before: { status: 'held' }, after: { status: 'published' } });
    const list = dataOf(await cloud.call('demo-member-1', 'lessons.list', { pageSize: 50 }));
    expect(list.items.map((l) => l.id)).toContain(id);
    expect(dataOf(await cloud.call(STAFF, 'lessons.manage', { status: 'held', pageSize: 50 })).items.map((l) => l.id)).not.toContain(id);
    // Only a held lesson can be approved.
    expect(errorOf(await cloud.call(STAFF, 'lessons.approve', { lessonId: id })).code).toBe('INVALID_STATE');
  });

  it('staff return one to its author with a reason; the author sees it until it is published', async () => {
    const id = await held('待审：家风故事');
    expect(errorOf(await cloud.call(STAFF, 'lessons.return', { lessonId: id, reason: '  ' })).fields).toHaveProperty('reason');
    const back = dataOf(await cloud.call(STAFF, 'lessons.return', { lessonId: id, reason: '第二段的提法请改得准确些' }));
    expect(back).toMatchObject({ status: 'draft', returnReason: '第二段的提法请改得准确些' });
    const [audit] = await auditsFor(cloud, id);
    expect(audit).toMatchObject({ action: 'lessons.return', after: { status: 'draft', reason: '第二段的提法请改得准确些' } });
    const [told] = await outbox();
    expect(told).toMatchObject({ templateId: 'lessonReview', data: { phrase2: { value: '退回修改' }, thing3: { value: '第二段的提法请改得准确些' } } });
    const mine = dataOf(await cloud.call(SECRETARY, 'lessons.manage', { status: 'draft', pageSize: 50 }));
    expect(mine.items.find((l) => l.id === id)).toMatchObject({ returnReason: '第二段的提法请改得准确些' });
    // Fixed and published: the reason is gone.
    const body = [{ type: 'paragraph' as const, text: '改好的正文。' }];
    dataOf(await cloud.call(SECRETARY, 'lessons.save', { lessonId: id, lesson: lessonInput({ title: '家风故事', body }) }));
    const published = dataOf(await cloud.call(SECRETARY, 'lessons.publish', { lessonId: id }));
    expect(published.status).toBe('published');
    expect(published.returnReason).toBeUndefined();
  });

  it('only staff review; secretaries and members may not', async () => {
    const id = await held('待审：只给工作人员');
    expect(errorOf(await cloud.call(SECRETARY, 'lessons.approve', { lessonId: id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(SECRETARY, 'lessons.return', { lessonId: id, reason: '自己退回' })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call('demo-member-1', 'lessons.approve', { lessonId: id })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(STAFF, 'lessons.approve', { lessonId: 'no-such-lesson' })).code).toBe('NOT_FOUND');
  });
});
