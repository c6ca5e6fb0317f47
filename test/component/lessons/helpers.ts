import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { LessonInput } from '../../../cloudfunctions/contract/lesson-model';
import { lessonInput } from '../../support/inputs';
import { dataOf, type TestCloud } from '../../support/test-cloud';

export { lessonInput };
export { branchOf, idOf } from '../../support/lookups';

/** Writes and publishes a lesson as `openid`, answering its id. */
export const publishLesson = async (cloud: TestCloud, openid: string, over: Partial<LessonInput> = {}): Promise<string> => {
  const saved = dataOf(await cloud.call(openid, 'lessons.save', { lesson: lessonInput(over) }));
  const published = dataOf(await cloud.call(openid, 'lessons.publish', { lessonId: saved.id }));
  if (published.status !== 'published') throw new Error(`not published: ${published.status}`);
  return saved.id;
};

export const auditsFor = async (cloud: TestCloud, targetId: string) =>
  (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;
