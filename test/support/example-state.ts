import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import type { ActionName } from '../../cloudfunctions/contract/registry';
import { anIdea, lessonInput } from './inputs';
import { branchOf, idOf, teamIdByName } from './lookups';
import { validProfile } from './profiles';
import { dataOf, type TestCloud } from './test-cloud';
import {
  LEADER, LEADER_TEAM, MEMBER, SECRETARY, STAFF, activityInput, sessionInput, shanghaiDay, uniq,
} from './example-fixtures';

/**
 * Fresh state for the action examples, each made through the actions a real user would use, on top of
 * the seeded demo county. `i` keeps names distinct when a caller prepares many calls.
 */

export const bureauId = (cloud: TestCloud) => branchOf(cloud, SECRETARY);

export const newMember = async (cloud: TestCloud, i: number): Promise<{ openid: string; memberId: string }> => {
  const openid = `example-${uniq(i)}`;
  const branchId = await bureauId(cloud);
  const made = dataOf(await cloud.call(openid, 'members.register', validProfile(branchId, { name: '谭志华' })));
  return { openid, memberId: made.id };
};

export const draftLesson = async (cloud: TestCloud, i: number) =>
  dataOf(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title: `示例课程${uniq(i)}` }) })).id;

export const publishedLesson = async (cloud: TestCloud, i: number) => {
  const lessonId = await draftLesson(cloud, i);
  dataOf(await cloud.call(SECRETARY, 'lessons.publish', { lessonId }));
  return lessonId;
};

/** A lesson content safety held for review (the emulator's verdict for 【待审】). */
export const heldLesson = async (cloud: TestCloud, i: number) => {
  const body = [{ type: 'paragraph' as const, text: '正文里有【待审】这样的字' }];
  const lessonId = dataOf(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title: `待审课程${uniq(i)}`, body }) })).id;
  dataOf(await cloud.call(SECRETARY, 'lessons.publish', { lessonId }));
  return lessonId;
};

export const deliveryTask = async (cloud: TestCloud, i: number) => {
  const lessonId = await publishedLesson(cloud, i);
  const memberId = await idOf(cloud, MEMBER);
  const due = shanghaiDay(new Date(cloud.clock.now().getTime() + 7 * 86_400_000));
  const task = dataOf(await cloud.call(SECRETARY, 'lessons.assignDelivery', { memberId, lessonIds: [lessonId], visitorName: '王德明', dueDate: due }));
  return { taskId: task.id, lessonId };
};

export const leaderTeam = (cloud: TestCloud) => teamIdByName(cloud, LEADER_TEAM);

export const freshTeam = async (cloud: TestCloud, i: number) =>
  dataOf(await cloud.call(STAFF, 'volunteers.createTeam', {
    name: `示例服务队${uniq(i)}`, kind: 'service', fields: ['tech'], township: '城关镇', description: '示例用的服务队。',
  })).id;

/** A member of the bureau branch who has applied to the leader's team (pending). */
export const applicant = async (cloud: TestCloud, i: number) => {
  const teamId = await leaderTeam(cloud);
  const person = await newMember(cloud, i);
  dataOf(await cloud.call(person.openid, 'volunteers.applyToJoin', { teamId }));
  return { teamId, ...person };
};

export const activity = async (cloud: TestCloud, i: number, opts: Parameters<typeof activityInput>[2] = {}) =>
  dataOf(await cloud.call(LEADER, 'volunteers.postActivity', activityInput(cloud, await leaderTeam(cloud), { title: `示例活动${i}`, ...opts }))).id;

/** An activity starting within the hour (check-in open) with MEMBER signed up. */
export const underWay = async (cloud: TestCloud, i: number) => {
  const activityId = await activity(cloud, i, { startInH: 0.5, deadlineBeforeH: 0.1 });
  dataOf(await cloud.call(MEMBER, 'volunteers.signUp', { activityId }));
  return { activityId, memberId: await idOf(cloud, MEMBER) };
};

export const idea = async (cloud: TestCloud, i: number) =>
  dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: `建议增设第${uniq(i)}处座椅` }))).id;

export const ideaAt = async (cloud: TestCloud, i: number, stage: 'accepted' | 'assigned' | 'drafted' | 'resolved' | 'unsatisfied') => {
  const ideaId = await idea(cloud, i);
  const steps: Array<[string, string, Record<string, unknown>]> = [
    [STAFF, 'ideas.accept', {}],
    [STAFF, 'ideas.assign', { department: '县住房和城乡建设局', workdays: 10 }],
    [STAFF, 'ideas.saveDraft', { outcome: 'adopted', answer: '您的建议已采纳，已安排在滨河路增设座椅。' }],
    [STAFF, 'ideas.resolve', {}],
    [MEMBER, 'ideas.rate', { rating: 'unsatisfied', comment: '希望再快一些' }],
  ];
  const upTo = ['accepted', 'assigned', 'drafted', 'resolved', 'unsatisfied'].indexOf(stage);
  for (const [who, action, extra] of steps.slice(0, upTo + 1)) dataOf(await cloud.call(who, action as ActionName, { ideaId, ...extra }));
  return ideaId;
};

export const session = async (cloud: TestCloud, i: number) => dataOf(await cloud.call(SECRETARY, 'sessions.schedule', sessionInput(cloud, { topic: `示例讲堂${i}` }))).id;

export const signedSession = async (cloud: TestCloud, i: number) => {
  const sessionId = await session(cloud, i);
  dataOf(await cloud.call(MEMBER, 'sessions.signUp', { sessionId }));
  return sessionId;
};

export const openSession = async (cloud: TestCloud, i: number) => {
  const sessionId = await signedSession(cloud, i);
  const opened = dataOf(await cloud.call(SECRETARY, 'sessions.openAttendance', { sessionId }));
  return { sessionId, code: opened.code as string, memberId: await idOf(cloud, MEMBER) };
};


/** A 消息 entry for the examples' member: a 金点子 the bureau secretary records for them (代录) tells them so. */
export const aMessage = async (cloud: TestCloud, i: number): Promise<string> => {
  const memberId = await idOf(cloud, MEMBER);
  dataOf(await cloud.call(SECRETARY, 'ideas.submitFor', { ...anIdea({ title: `代录建议第${uniq(i)}条` }), memberId }));
  const { data } = await cloud.db.collection(COLLECTIONS.messages).where({ openid: MEMBER }).orderBy('createdAt', 'desc').limit(1).get();
  return (data[0] as { _id: string })._id;
};

/** A seeded 地点 (cloudfunctions/local/seed/places.ts). */
export const aPlace = async (cloud: TestCloud) => ((await cloud.db.collection(COLLECTIONS.places).where({ name: '城关社区村部院坝' }).limit(1).get()).data[0] as { _id: string })._id;
