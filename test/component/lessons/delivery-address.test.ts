import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { validProfile } from '../../support/profiles';
import { idOf } from './helpers';

const SEC = 'demo-secretary-bureau';
const MEMBER = 'demo-member-2'; // 杨国华, bureau branch

/** 送学上门 goes to a door: the 一人一策 keeps the address, and the visitor's open task shows it with phones. */
describe('lessons: the address on a 送学上门 task', () => {
  let cloud: TestCloud;
  let branchId: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    branchId = ((await cloud.db.collection(COLLECTIONS.branches).orderBy('order', 'asc').limit(1).get()).data[0] as { _id: string })._id;
  });
  afterAll(() => cloud.close());

  it('asking for 送学上门 without an address is refused on the address, at registration and on edit; nothing is written', async () => {
    const refused = errorOf(await cloud.call('addr-new-1', 'members.register', validProfile(branchId, { address: '  ' })));
    expect(refused).toMatchObject({ code: 'VALIDATION_FAILED', fields: { address: '需要送学上门的，请填写家庭住址，送学的同志才找得到您家' } });
    expect(dataOf(await cloud.call('addr-new-1', 'members.me', {}))).toEqual({ registered: false });
    // Without 送学上门 the address may be left out.
    const plain = dataOf(await cloud.call('addr-new-2', 'members.register', validProfile(branchId, { needsHomeDelivery: false, address: undefined, landmark: undefined })));
    expect(plain.address).toBeUndefined();
    const edit = errorOf(await cloud.call('addr-new-2', 'members.updateProfile', { needsHomeDelivery: true }));
    expect(edit.fields?.address).toBe('需要送学上门的，请填写家庭住址，送学的同志才找得到您家');
    expect(dataOf(await cloud.call('addr-new-2', 'members.me', {}))).toMatchObject({ member: { needsHomeDelivery: false } });
    const fixed = dataOf(await cloud.call('addr-new-2', 'members.updateProfile', { needsHomeDelivery: true, address: '城关镇解放街3号', landmark: '老供销社后面' }));
    expect(fixed).toMatchObject({ needsHomeDelivery: true, address: '城关镇解放街3号', landmark: '老供销社后面' });
    // "" clears the landmark; the member's own view then leaves it out.
    expect(dataOf(await cloud.call('addr-new-2', 'members.updateProfile', { landmark: '' })).landmark).toBeUndefined();
  });

  it('the open task carries the address, landmark and both phones to the branch secretary and staff only; a done task does not', async () => {
    const memberId = await idOf(cloud, MEMBER);
    dataOf(await cloud.call(MEMBER, 'members.updateProfile', { address: '城关镇人民路26号', landmark: '农业银行对面' }));
    const lesson = dataOf(await cloud.call(SEC, 'lessons.save', {
      lesson: { title: '送学：带上地址', summary: '简介', category: 'micro', body: [{ type: 'paragraph', text: '正文' }], audience: 'branch' },
    }));
    dataOf(await cloud.call(SEC, 'lessons.publish', { lessonId: lesson.id }));
    const task = dataOf(await cloud.call(SEC, 'lessons.assignDelivery', { memberId, lessonIds: [lesson.id], visitorName: '陈淑芬', dueDate: '2026-12-10' }));
    // The task as made (and answered to whoever assigned it) is not the visitor's list: no address on it.
    expect(task.home).toBeUndefined();

    const home = { address: '城关镇人民路26号', landmark: '农业银行对面', phone: expect.stringMatching(/^1\d{10}$/), contact: { name: expect.any(String), relation: expect.any(String), phone: expect.stringMatching(/^1\d{10}$/) } };
    const mine = dataOf(await cloud.call(SEC, 'lessons.deliveries', { status: 'open' })).items.find((t) => t.id === task.id);
    expect(mine?.home).toEqual(home);
    const forStaff = dataOf(await cloud.call('demo-staff-1', 'lessons.deliveries', { status: 'open', branchId })).items.find((t) => t.id === task.id);
    expect(forStaff?.home).toEqual(home);
    // Another branch's secretary and a member cannot ask for this branch's list at all.
    expect(errorOf(await cloud.call('demo-secretary-health', 'lessons.deliveries', { status: 'open', branchId })).code).toBe('FORBIDDEN');
    expect(errorOf(await cloud.call(MEMBER, 'lessons.deliveries', { status: 'open' })).code).toBe('FORBIDDEN');

    dataOf(await cloud.call(SEC, 'lessons.recordVisit', { taskId: task.id, visitedOn: '2026-11-28', lessonIds: [lesson.id] }));
    const done = dataOf(await cloud.call(SEC, 'lessons.deliveries', { status: 'done' })).items.find((t) => t.id === task.id);
    expect(done).toBeDefined();
    expect(done?.home).toBeUndefined();
  });
});
