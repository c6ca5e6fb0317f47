import type { OutputOf } from '@contract/registry';
import { whenText } from '@contract/day-words';
import { ROUTES } from '../navigation/routes';

export type Today = OutputOf<'members.today'>;

/** One card on 首页: plain words, and the page one tap opens (a tab page is switched to, not stacked). */
export interface TodayItem {
  key: string;
  title: string;
  subtitle: string;
  url: string;
  tab?: boolean;
}

/**
 * What the home page says about the member's own day, soonest and most useful first: sign-ups
 * ("明天 9:30 在 龙潭村村部院坝"), answers to their 金点子, lessons new this week, unread 消息.
 */
export const todayItems = (today: Today, now: Date): TodayItem[] => {
  const items: TodayItem[] = today.signups.map((s) => ({
    key: `${s.kind}-${s.id}`,
    title: `${whenText(s.startAt, now)} 在 ${s.place}`,
    subtitle: `${s.kind === 'session' ? '院坝小讲堂' : '志愿活动'}：${s.title}`,
    url: `${s.kind === 'session' ? ROUTES.studySession : ROUTES.volunteerActivity}?id=${s.id}`,
  }));
  for (const idea of today.answeredIdeas) {
    items.push({ key: `idea-${idea.id}`, title: '金点子有答复了', subtitle: `“${idea.title}”${idea.stateLabel}，点这里看答复`, url: `${ROUTES.ideasMine}?id=${idea.id}` });
  }
  const lessons = today.newLessons;
  if (lessons.length === 1) {
    items.push({ key: 'lessons', title: '本周有新课', subtitle: lessons[0].title, url: `${ROUTES.studyLesson}?id=${lessons[0].id}` });
  } else if (lessons.length > 1) {
    items.push({ key: 'lessons', title: `本周有${lessons.length}门新课`, subtitle: `最新的一门：“${lessons[0].title}”`, url: ROUTES.study, tab: true });
  }
  if (today.unread > 0) {
    items.push({ key: 'messages', title: `有${today.unread}条新消息`, subtitle: '点这里看消息', url: ROUTES.messages });
  }
  return items;
};
