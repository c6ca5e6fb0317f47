import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { idOf, publishLesson } from './helpers';

interface Task { _id: string; status: string; lessonIds: string[]; byMember?: boolean; auto?: boolean }

/** 请送学上门: a member asks for a lesson to be brought home; the secretary sees 本人申请. */
describe('lessons: a member asks for 送学上门', () => {
  let cloud: TestCloud;
  let me: string;
  const MEMBER = 'demo-member-2'; // 杨国华, bureau branch
  const openTasks = async (): Promise<Task[]> =>
    (await cloud.db.collection(COLLECTIONS.deliveryTasks).where({ memberId: me, status: 'open' }).limit(20).get()).data as Task[];

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    me = await idOf(cloud, MEMBER);
  });
  afterAll(() => cloud.close());

  it('asking makes one task the secretary sees; asking again or for another lesson joins it', async () => {
    const first = await publishLesson(cloud, 'demo-secretary-bureau', { title: '请送学：第一课' });
    const second = await publishLesson(cloud, 'demo-staff-1', { title: '请送学：全县第二课', audience: 'county' });
    expect(dataOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: first }))).toEqual({ deliveryPlanned: true, joined: false });
    expect(dataOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: first }))).toEqual({ deliveryPlanned: true, joined: true });
    expect(dataOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: second }))).toEqual({ deliveryPlanned: true, joined: true });
    const tasks = await openTasks();
    expect(tasks).toHaveLength(1);
    // The branch secretary was told of each new lesson, not of the repeated ask.
    const told = (await noticesTo(cloud, 'demo-secretary-bureau', 10)) as Array<{ templateId: string }>;
    expect(told.filter((m) => m.templateId === 'deliveryTask')).toHaveLength(2);
    expect(tasks[0]).toMatchObject({ byMember: true, lessonIds: [first, second] });
    expect(tasks[0].auto).toBeUndefined();

    const listed = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.deliveries', {}));
    expect(listed.items.find((t) => t.id === tasks[0]._id)).toMatchObject({ byMember: true, memberName: '杨国华', visitorName: '待安排' });
    expect(dataOf(await cloud.call(MEMBER, 'lessons.get', { lessonId: first })).mine).toMatchObject({ deliveryPlanned: true, studied: false });
  });

  it('not for a studied lesson, nor one the member cannot see', async () => {
    const studied = await publishLesson(cloud, 'demo-secretary-bureau', { title: '请送学：学过了', estimatedMinutes: 1 });
    dataOf(await cloud.call(MEMBER, 'lessons.open', { lessonId: studied }));
    cloud.clock.advance(60_000);
    dataOf(await cloud.call(MEMBER, 'lessons.finish', { lessonId: studied, readSeconds: 60 }));
    expect(errorOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: studied })).code).toBe('INVALID_STATE');
    const elsewhere = await publishLesson(cloud, 'demo-secretary-health', { title: '请送学：别的支部' });
    expect(errorOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: elsewhere })).code).toBe('NOT_FOUND');
    const { id: draft } = dataOf(await cloud.call('demo-secretary-bureau', 'lessons.save', {
      lesson: { title: '请送学：草稿', summary: '简介', category: 'micro', body: [{ type: 'paragraph', text: '正文' }], estimatedMinutes: 3, audience: 'branch' },
    }));
    expect(errorOf(await cloud.call(MEMBER, 'lessons.requestDelivery', { lessonId: draft })).code).toBe('NOT_FOUND');
    expect((await openTasks()).flatMap((t) => t.lessonIds)).not.toContain(studied);
  });
});
