import type { Envelope } from '@contract/envelope';
import type { OutputOf } from '@contract/registry';
import { PAGES } from '@contract/pages';
import { callApi } from '../../api/call-api';
import { launchPage } from '../navigation/launch-page';

type LessonAnswer = Promise<Envelope<OutputOf<'lessons.get'>>>;

let early: { lessonId: string; answer: LessonAnswer } | null = null;

/**
 * When the app opens straight on a lesson (a link shared in the branch's WeChat group), lessons.get goes out
 * at launch beside members.me, while the page's code is still downloading: on a county network that is a
 * round trip the reader does not wait for. The server checks the caller on lessons.get itself.
 */
export function startLessonEarly(): void {
  const { path, query } = launchPage();
  if (path !== PAGES.studyLesson || !query.id) return;
  early = { lessonId: query.id, answer: callApi('lessons.get', { lessonId: query.id }) };
}

/** The lesson page's first read: the answer asked at launch, once, when it is for this lesson; else a call now. */
export function firstLessonRead(lessonId: string): LessonAnswer {
  if (early && early.lessonId === lessonId) {
    const { answer } = early;
    early = null;
    return answer;
  }
  return callApi('lessons.get', { lessonId });
}
