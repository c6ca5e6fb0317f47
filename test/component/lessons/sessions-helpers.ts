import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { dataOf, type TestCloud } from '../../support/test-cloud';

/** Schedules a 院坝小讲堂 as `openid` (a secretary), three hours after the test clock: the same day, so attendance may open. */
export const scheduleSession = (cloud: TestCloud, openid: string, over: Record<string, unknown> = {}) =>
  cloud.call(openid, 'sessions.schedule', {
    topic: '学习二十届三中全会精神',
    lessonIds: [],
    startAt: new Date(cloud.clock.now().getTime() + 3 * 3600 * 1000).toISOString(),
    place: '龙潭村村部院坝',
    capacity: 10,
    ...over,
  });

export const scheduled = async (cloud: TestCloud, openid: string, over: Record<string, unknown> = {}) =>
  dataOf(await scheduleSession(cloud, openid, over));

export const sessionDoc = async (cloud: TestCloud, id: string) =>
  (await cloud.db.collection(COLLECTIONS.studySessions).doc(id).get()).data[0] as { taken: number; status: string; code?: string; version: number };

export const signupsOf = async (cloud: TestCloud, sessionId: string) =>
  (await cloud.db.collection(COLLECTIONS.sessionSignups).where({ sessionId }).orderBy('signedAt', 'asc').limit(200).get()).data as Array<{
    memberId: string;
    status: string;
    attendance?: string;
  }>;
