import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { LessonInput } from '../../../cloudfunctions/contract/lesson-model';
import { dataOf, type TestCloud } from '../../support/test-cloud';

export const idOf = async (cloud: TestCloud, openid: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string })._id;

export const branchOf = async (cloud: TestCloud, openid: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { branchId: string }).branchId;

export const lessonInput = (over: Partial<LessonInput> = {}): LessonInput => ({
  title: '学习新修订的《中国共产党纪律处分条例》',
  summary: '用十分钟了解条例修订的要点。',
  category: 'integrity',
  body: [
    { type: 'heading', text: '一、为什么要修订' },
    { type: 'paragraph', text: '条例是党的纪律建设的基础性法规。' },
  ],
  estimatedMinutes: 8,
  audience: 'branch',
  ...over,
});

/** Writes and publishes a lesson as `openid`, answering its id. */
export const publishLesson = async (cloud: TestCloud, openid: string, over: Partial<LessonInput> = {}): Promise<string> => {
  const saved = dataOf(await cloud.call(openid, 'lessons.save', { lesson: lessonInput(over) }));
  const published = dataOf(await cloud.call(openid, 'lessons.publish', { lessonId: saved.id }));
  if (published.status !== 'published') throw new Error(`not published: ${published.status}`);
  return saved.id;
};

export const auditsFor = async (cloud: TestCloud, targetId: string) =>
  (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(20).get()).data as Array<Record<string, unknown>>;
