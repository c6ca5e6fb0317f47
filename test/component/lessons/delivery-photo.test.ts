import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { idOf, publishLesson } from './helpers';

const PNG = Buffer.from('\x89PNG\r\n\x1a\n');

/** The visitor's record of a 送学上门 visit keeps a photo: really stored, under deliveries/. */
describe('lessons: the delivery visit photo', () => {
  let cloud: TestCloud;
  let taskId: string;
  let lesson: string;
  const SEC = 'demo-secretary-education';

  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    lesson = await publishLesson(cloud, SEC, { title: '送学：带照片' });
    const memberId = await idOf(cloud, 'demo-member-5');
    taskId = dataOf(await cloud.call(SEC, 'lessons.assignDelivery', { memberId, lessonIds: [lesson], visitorName: '陈淑芬', dueDate: '2026-12-10' })).id;
  });
  afterAll(() => cloud.close());

  it('refuses a photo that is not a stored delivery photo, changing nothing', async () => {
    const ideaPhoto = await cloud.deps.files.put('ideas/2026/ideaphotoabcd0009.png', PNG);
    const visit = { taskId, visitedOn: '2026-11-27', lessonIds: [lesson] };
    expect(errorOf(await cloud.call(SEC, 'lessons.recordVisit', { ...visit, photoFileId: ideaPhoto })).fields).toHaveProperty('photoFileId');
    const missing = ideaPhoto.replace('ideas/2026/ideaphotoabcd0009', 'deliveries/2026/deliveryphoto0404');
    expect(errorOf(await cloud.call(SEC, 'lessons.recordVisit', { ...visit, photoFileId: missing })).fields).toHaveProperty('photoFileId');
    expect(dataOf(await cloud.call(SEC, 'lessons.deliveries', {})).items.find((t) => t.id === taskId)).toMatchObject({ status: 'open' });
  });

  it('keeps the photo with the visit and shows it on the done list', async () => {
    const photo = await cloud.deps.files.put('deliveries/2026/deliveryphoto0001.png', PNG);
    const done = dataOf(await cloud.call(SEC, 'lessons.recordVisit', { taskId, visitedOn: '2026-11-27', lessonIds: [lesson], photoFileId: photo }));
    expect(done).toMatchObject({ status: 'done', photoUrl: expect.any(String) });
    const listed = dataOf(await cloud.call(SEC, 'lessons.deliveries', { status: 'done' }));
    expect(listed.items.find((t) => t.id === taskId)?.photoUrl).toEqual(expect.any(String));
  });
});
