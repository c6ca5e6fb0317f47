import type { SessionView } from '@contract/session-model';
import { ATTENDANCE_LABELS, SESSION_STATUS_LABELS } from '@contract/session-words';
import { dateTimeText } from '../volunteers/format';

const WEEK = ['日', '一', '二', '三', '四', '五', '六'];

/** "12月1日 星期二 上午10:00" in Beijing time: elders read dates this way. */
export const sessionTimeText = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  const h = d.getUTCHours();
  const m = String(d.getUTCMinutes()).padStart(2, '0');
  const part = h < 12 ? '上午' : h < 18 ? '下午' : '晚上';
  const h12 = h > 12 ? h - 12 : h;
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 星期${WEEK[d.getUTCDay()]} ${part}${h12}:${m}`;
};

/** "12月4日": the session's day in Beijing time. */
export const sessionDayText = (iso: string): string => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600 * 1000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
};

export const seatsWords = (s: Pick<SessionView, 'capacity' | 'taken' | 'seatsLeft'>): string =>
  s.seatsLeft > 0 ? `共${s.capacity}个座位，还剩${s.seatsLeft}个` : `共${s.capacity}个座位，已报满`;

/** Where the member stands, in plain words. */
export const mineWords = (s: SessionView): string => {
  if (s.status === 'cancelled') return s.mine.signedUp ? '这次小讲堂取消了，您的报名不用再管。' : '这次小讲堂取消了。';
  if (s.mine.walkIn) return `没有报名，当场来参加了。到场情况：${s.mine.attendance ? ATTENDANCE_LABELS[s.mine.attendance] : '已登记'}。`;
  if (!s.mine.signedUp) return s.status === 'scheduled' ? '您还没有报名。' : '您没有报名这次小讲堂。';
  if (s.mine.attendance) return `已报名。到场情况：${ATTENDANCE_LABELS[s.mine.attendance]}。`;
  if (s.status === 'attendance') return '已报名。到了现场，请输入书记出示的4位签到码。';
  if (s.status === 'closed') return '已报名，未登记到场。';
  return '已报名，请按时到场。';
};

export const statusWords = (s: SessionView): string => SESSION_STATUS_LABELS[s.status];

export { dateTimeText };
