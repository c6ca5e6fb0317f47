import { noticesTo } from '../../support/notices';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { main as jobs } from '../../../cloudfunctions/functions/jobs/index';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';
import { idOf, publishLesson } from './helpers';

interface Task { _id: string; memberId: string; status: string; lessonIds: string[]; auto?: boolean; visitorName: string }

/** 送学上门, automatically: the job gives homebound members the lessons published to them, once. */
describe('lessons: automatic 送学上门 for members who need home delivery', () => {
  let cloud: TestCloud;
  let he: string; // 何光明, education branch, homebound
  let luo: string; // 罗永福, longtan branch, homebound
  const openTasks = async (memberId: string): Promise<Task[]> =>
    (await cloud.db.collection(COLLECTIONS.deliveryTasks).where({ memberId, status: 'open' }).limit(50).get()).data as Task[];
  const tasksWith = async (memberId: string, lessonId: string) => (await openTasks(memberId)).filter((t) => t.lessonIds.includes(lessonId));
  const run = async () => dataOf(await cloud.call('demo-staff-1', 'jobs.runNow', {}));

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    he = await idOf(cloud, 'demo-member-5');
    luo = await idOf(cloud, 'demo-member-12');
  });
  afterAll(() => cloud.close());

  it('a branch lesson: the job makes one task for the branch\'s homebound member, shown as automatic', async () => {
    const lesson = await publishLesson(cloud, 'demo-secretary-education', { title: '送学：家风家教' });
    expect(await tasksWith(he, lesson)).toHaveLength(0); // publishing itself does not wait for the tasks
    await run();
    const [task] = await tasksWith(he, lesson);
    expect(task).toMatchObject({ auto: true, visitorName: '待安排', status: 'open' });
    expect(await tasksWith(luo, lesson)).toHaveLength(0); // another branch
    // The branch secretary is told once; the other branches' secretaries are not.
    const told = (await noticesTo(cloud, 'demo-secretary-education', 10)) as Array<{ templateId: string; data: Record<string, { value: string }> }>;
    expect(told.filter((m) => m.templateId === 'deliveryTask')).toEqual([expect.objectContaining({ data: expect.objectContaining({ number1: { value: '1' } }) })]);
    expect((await noticesTo(cloud, 'demo-secretary-longtan', 10))).toHaveLength(0);
    const listed = dataOf(await cloud.call('demo-secretary-education', 'lessons.deliveries', {}));
    expect(listed.items.find((t) => t.id === task._id)).toMatchObject({ auto: true, memberName: '何光明', lessonTitles: ['送学：家风家教'] });
    // Ran again: nothing new.
    await run();
    expect(await tasksWith(he, lesson)).toHaveLength(1);
    expect((await openTasks(he)).filter((t) => t.auto)).toHaveLength(1);
  });

  it('a county lesson joins the open automatic task, or starts one; the timer runs the same job', async () => {
    const before = (await openTasks(he)).find((t) => t.auto) as Task;
    const lesson = await publishLesson(cloud, 'demo-staff-1', { title: '全县：形势政策', audience: 'county', category: 'policy' });
    const res = (await jobs({ Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() }, {})) as { ok: boolean; homeDelivery?: { created: number; appended: number } };
    expect(res).toMatchObject({ ok: true, homeDelivery: { created: expect.any(Number), appended: expect.any(Number) } });
    const joined = await tasksWith(he, lesson);
    expect(joined).toHaveLength(1);
    expect(joined[0]._id).toBe(before._id);
    expect(joined[0].lessonIds).toHaveLength(2);
    const [luoTask] = await tasksWith(luo, lesson);
    expect(luoTask).toMatchObject({ auto: true, lessonIds: [lesson] });
  });

  it('a lesson already in the secretary\'s own open task, or already studied, is not given again', async () => {
    const lesson = await publishLesson(cloud, 'demo-secretary-education', { title: '送学：已经派了人' });
    const own = dataOf(await cloud.call('demo-secretary-education', 'lessons.assignDelivery', {
      memberId: he, lessonIds: [lesson], visitorName: '陈淑芬', dueDate: '2026-12-10',
    }));
    const studied = await publishLesson(cloud, 'demo-secretary-longtan', { title: '送学：自己学过了', estimatedMinutes: 1 });
    dataOf(await cloud.call('demo-member-12', 'lessons.open', { lessonId: studied }));
    cloud.clock.advance(60_000);
    dataOf(await cloud.call('demo-member-12', 'lessons.finish', { lessonId: studied, readSeconds: 60 }));
    await run();
    expect((await tasksWith(he, lesson)).map((t) => t._id)).toEqual([own.id]);
    expect(await tasksWith(luo, studied)).toHaveLength(0);
  });

  it('two runs at once still give each member a lesson once', async () => {
    const lesson = await publishLesson(cloud, 'demo-staff-1', { title: '全县：同时运行', audience: 'county' });
    await Promise.all([run(), jobs({ Type: 'Timer', TriggerName: 'overdue', Time: new Date().toISOString() }, {}), run()]);
    expect(await tasksWith(he, lesson)).toHaveLength(1);
    expect(await tasksWith(luo, lesson)).toHaveLength(1);
  });

  it('after the visit is recorded, the next lesson starts a new automatic task', async () => {
    for (const t of (await openTasks(he)).filter((x) => x.auto)) {
      const done = dataOf(await cloud.call('demo-secretary-education', 'lessons.recordVisit', {
        taskId: t._id, visitedOn: '2026-11-27', lessonIds: t.lessonIds, visitorName: '陈淑芬',
      }));
      expect(done).toMatchObject({ status: 'done', visitorName: '陈淑芬', auto: true });
    }
    expect((await openTasks(he)).filter((t) => t.auto)).toHaveLength(0);
    const lesson = await publishLesson(cloud, 'demo-secretary-education', { title: '送学：上门之后的新课' });
    await run();
    expect(await tasksWith(he, lesson)).toEqual([expect.objectContaining({ auto: true, lessonIds: [lesson] })]);
  });

  it('a lesson withdrawn before the job came round gives no task', async () => {
    const lesson = await publishLesson(cloud, 'demo-secretary-education', { title: '送学：又撤回了' });
    dataOf(await cloud.call('demo-secretary-education', 'lessons.withdraw', { lessonId: lesson }));
    await run();
    expect(await tasksWith(he, lesson)).toHaveLength(0);
    const doc = (await cloud.db.collection(COLLECTIONS.lessons).doc(lesson).get()).data as Array<{ autoDelivery?: string }>;
    expect(doc[0].autoDelivery).toBe('done');
  });
});
