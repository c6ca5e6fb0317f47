import type { ActionName } from '../../cloudfunctions/contract/registry';
import { anIdea, lessonInput } from './inputs';
import { idOf } from './lookups';
import { validProfile } from './profiles';
import { dataOf, type TestCloud } from './test-cloud';
import { ADMIN, MEMBER, SECRETARY, STAFF, sessionInput, shanghaiDay, uniq } from './example-fixtures';
import {
  aMessage, aPlace, bureauId, newMember, draftLesson, publishedLesson, heldLesson, deliveryTask, idea, ideaAt, session, signedSession, openSession,
} from './example-state';
import { CARE_EXAMPLES } from './care-examples';
import { DESK_EXAMPLES } from './desk-examples';
import { FAMILY_EXAMPLES } from './family-examples';
import { VOLUNTEER_EXAMPLES } from './volunteer-examples';

/**
 * One successful call of every action, for the suites that iterate the registry (role matrix,
 * idempotency, audit, leaks) and for the benchmark. `prepare` makes, through the real actions, the
 * fresh state one call needs on top of the seeded demo county, and answers who may make it and with
 * what. `i` keeps names distinct when a caller prepares many calls.
 *
 * Some prepares move the test clock forward (a lesson read for ten minutes, an activity under way):
 * the clock only ever moves forward, so nothing prepared earlier is spoiled by that.
 */
export interface ActionExample {
  prepare(cloud: TestCloud, i: number): Promise<{ caller: string; input: unknown }>;
}

type Prepared = { caller: string; input: unknown };
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): ActionExample => ({ prepare: async () => as(caller, input) });

// --- the table: a missing action is a type error ---

export const EXAMPLES: Record<ActionName, ActionExample> = {
  ...CARE_EXAMPLES, ...DESK_EXAMPLES, ...FAMILY_EXAMPLES, ...VOLUNTEER_EXAMPLES,
  'members.me': simple(MEMBER),
  'members.register': { prepare: async (cloud, i) => as(`example-new-${uniq(i)}`, validProfile(await bureauId(cloud))) },
  'members.updateProfile': { prepare: async (_cloud, i) => as(MEMBER, { phone: `1390745${String(uniq.next(i) % 10_000).padStart(4, '0')}` }) },
  'members.list': simple(ADMIN, { page: 1 }),
  'members.myBranch': simple(SECRETARY),
  'members.today': simple(MEMBER),
  'members.helpContacts': simple(MEMBER),
  'members.grantRole': { prepare: async (cloud, i) => as(ADMIN, { memberId: (await newMember(cloud, i)).memberId, role: 'staff' }) },
  'members.revokeRole': {
    prepare: async (cloud, i) => {
      const { memberId } = await newMember(cloud, i);
      dataOf(await cloud.call(ADMIN, 'members.grantRole', { memberId, role: 'staff' }));
      return as(ADMIN, { memberId, role: 'staff' });
    },
  },
  'branches.list': simple(MEMBER),
  'places.list': simple(MEMBER),
  'places.save': { prepare: async (_cloud, i) => as(STAFF, { name: `示例地点${uniq(i)}`, address: '酉水县城关镇示例路1号', latitude: 28.84, longitude: 108.77 }) },
  'branches.create': { prepare: async (_cloud, i) => as(ADMIN, { name: `示例支部${uniq(i)}` }) },
  'branches.rename': {
    prepare: async (cloud, i) => {
      const made = dataOf(await cloud.call(ADMIN, 'branches.create', { name: `待改名支部${uniq(i)}` }));
      return as(ADMIN, { branchId: made.id, name: `已改名支部${uniq(i)}` });
    },
  },

  'lessons.save': { prepare: async (_cloud, i) => as(SECRETARY, { lesson: lessonInput({ title: `示例课程${uniq(i)}` }) }) },
  'lessons.publish': { prepare: async (cloud, i) => as(SECRETARY, { lessonId: await draftLesson(cloud, i) }) },
  'lessons.withdraw': { prepare: async (cloud, i) => as(SECRETARY, { lessonId: await publishedLesson(cloud, i) }) },
  'lessons.toDraft': {
    prepare: async (cloud, i) => {
      const lessonId = await publishedLesson(cloud, i);
      dataOf(await cloud.call(SECRETARY, 'lessons.withdraw', { lessonId }));
      return as(SECRETARY, { lessonId });
    },
  },
  'lessons.approve': { prepare: async (cloud, i) => as(STAFF, { lessonId: await heldLesson(cloud, i) }) },
  'lessons.return': { prepare: async (cloud, i) => as(STAFF, { lessonId: await heldLesson(cloud, i), reason: '请把第二段改得更通俗些' }) },
  'lessons.manage': simple(SECRETARY),
  'lessons.list': simple(MEMBER),
  'lessons.get': { prepare: async (cloud, i) => as(MEMBER, { lessonId: await publishedLesson(cloud, i) }) },
  'lessons.open': { prepare: async (cloud, i) => as(MEMBER, { lessonId: await publishedLesson(cloud, i) }) },
  'lessons.requestDelivery': { prepare: async (cloud, i) => as(MEMBER, { lessonId: await publishedLesson(cloud, i) }) },
  'lessons.finish': {
    prepare: async (cloud, i) => {
      const lessonId = await publishedLesson(cloud, i);
      dataOf(await cloud.call(MEMBER, 'lessons.open', { lessonId }));
      cloud.clock.advance(10 * 60_000); // time really spent reading
      return as(MEMBER, { lessonId, readSeconds: 600 });
    },
  },
  'lessons.myStudy': simple(MEMBER),
  'lessons.branchProgress': { prepare: async (cloud, i) => as(SECRETARY, { lessonId: await publishedLesson(cloud, i) }) },
  'lessons.assignDelivery': {
    prepare: async (cloud, i) => {
      const due = shanghaiDay(new Date(cloud.clock.now().getTime() + 7 * 86_400_000));
      return as(SECRETARY, { memberId: await idOf(cloud, MEMBER), lessonIds: [await publishedLesson(cloud, i)], visitorName: '王德明', dueDate: due });
    },
  },
  'lessons.deliveries': simple(SECRETARY),
  'lessons.recordVisit': {
    prepare: async (cloud, i) => {
      const { taskId, lessonId } = await deliveryTask(cloud, i);
      return as(SECRETARY, { taskId, visitedOn: shanghaiDay(cloud.clock.now()), lessonIds: [lessonId], notes: '读了一遍，老人家听得很认真' });
    },
  },


  'ideas.similar': simple(MEMBER, { category: 'infrastructure', title: '增设路灯' }),
  'ideas.submit': { prepare: async (_cloud, i) => as(MEMBER, anIdea({ title: `建议在公园增加第${uniq(i)}个饮水点` })) },
  'ideas.submitFor': {
    prepare: async (cloud, i) => as(SECRETARY, { ...anIdea({ title: `代录建议第${uniq(i)}条` }), memberId: await idOf(cloud, MEMBER) }),
  },
  'ideas.support': { prepare: async (cloud, i) => as(STAFF, { ideaId: await idea(cloud, i) }) },
  'ideas.withdraw': { prepare: async (cloud, i) => as(MEMBER, { ideaId: await idea(cloud, i) }) },
  'ideas.mine': simple(MEMBER),
  'ideas.get': { prepare: async (cloud, i) => as(MEMBER, { ideaId: await idea(cloud, i) }) },
  'ideas.rate': { prepare: async (cloud, i) => as(MEMBER, { ideaId: await ideaAt(cloud, i, 'resolved'), rating: 'satisfied' }) },
  'ideas.board': simple(MEMBER),
  'ideas.queue': simple(STAFF),
  'ideas.detail': { prepare: async (cloud, i) => as(STAFF, { ideaId: await idea(cloud, i) }) },
  'ideas.accept': { prepare: async (cloud, i) => as(STAFF, { ideaId: await idea(cloud, i) }) },
  'ideas.notAccept': { prepare: async (cloud, i) => as(STAFF, { ideaId: await idea(cloud, i), reason: '涉及重大规划调整，不属于本县职权范围' }) },
  'ideas.assign': { prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'accepted'), department: '县住房和城乡建设局', workdays: 10 }) },
  'ideas.progress': { prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'assigned'), note: '住建局已到现场查看' }) },
  'ideas.saveDraft': {
    prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'assigned'), outcome: 'adopted', answer: '您的建议已采纳，已安排增设座椅。' }),
  },
  'ideas.resolve': { prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'drafted') }) },
  'ideas.reopen': { prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'unsatisfied'), department: '县城市管理局', workdays: 5 }) },
  'ideas.addNote': { prepare: async (cloud, i) => as(STAFF, { ideaId: await idea(cloud, i), text: '已电话联系老同志了解情况' }) },
  'ideas.publish': {
    prepare: async (cloud, i) => as(STAFF, { ideaId: await ideaAt(cloud, i, 'resolved'), suggestion: '增设座椅', done: '已在滨河路增设座椅六处' }),
  },
  'ideas.exportLedger': { prepare: async (cloud) => as(STAFF, { from: '2026-11-01', to: shanghaiDay(cloud.clock.now()) }) },
  'jobs.runNow': simple(STAFF),

  'messages.list': simple(MEMBER, { page: 1 }),
  'messages.unread': simple(MEMBER),
  // Alternates its two shapes, so a second prepare is another payload (idempotency's key-reuse check).
  // A fresh message each time, so two prepares differ (the idempotency suite reuses a key with the other).
  'messages.markRead': { prepare: async (cloud, i) => as(MEMBER, { ids: [await aMessage(cloud, i)] }) },

  'sessions.schedule': { prepare: async (cloud, i) => as(SECRETARY, sessionInput(cloud, { topic: `示例讲堂${i}`, placeId: await aPlace(cloud) })) },
  'sessions.list': simple(MEMBER),
  'sessions.manage': simple(SECRETARY),
  'sessions.get': { prepare: async (cloud, i) => as(MEMBER, { sessionId: await session(cloud, i) }) },
  'sessions.signUp': { prepare: async (cloud, i) => as(MEMBER, { sessionId: await session(cloud, i) }) },
  'sessions.cancel': { prepare: async (cloud, i) => as(MEMBER, { sessionId: await signedSession(cloud, i) }) },
  'sessions.openAttendance': { prepare: async (cloud, i) => as(SECRETARY, { sessionId: await signedSession(cloud, i) }) },
  'sessions.reopenSignup': { prepare: async (cloud, i) => as(SECRETARY, { sessionId: (await openSession(cloud, i)).sessionId }) },
  'sessions.checkIn': {
    prepare: async (cloud, i) => {
      const { sessionId, code } = await openSession(cloud, i);
      return as(MEMBER, { sessionId, code });
    },
  },
  'sessions.roster': { prepare: async (cloud, i) => as(SECRETARY, { sessionId: await signedSession(cloud, i) }) },
  'sessions.mark': {
    prepare: async (cloud, i) => {
      const { sessionId, memberId } = await openSession(cloud, i);
      return as(SECRETARY, { sessionId, memberId, attendance: 'present' });
    },
  },
  'sessions.close': { prepare: async (cloud, i) => as(SECRETARY, { sessionId: (await openSession(cloud, i)).sessionId, minutes: '学习了条例修订要点，大家发言踊跃。' }) },
  'sessions.cancelSession': { prepare: async (cloud, i) => as(SECRETARY, { sessionId: await signedSession(cloud, i), reason: '下雨，改期再讲' }) },
  'sessions.addWalkIn': {
    prepare: async (cloud, i) => as(SECRETARY, { sessionId: (await openSession(cloud, i)).sessionId, memberId: await idOf(cloud, SECRETARY) }),
  },
  'lessons.stats': { prepare: async (cloud) => as(SECRETARY, { from: '2026-01', to: shanghaiDay(cloud.clock.now()).slice(0, 7) }) },
};
