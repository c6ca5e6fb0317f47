import type { IdeaStaffView, ToldAuthor } from '@contract/ideas-model';
import type { StatusTone } from '../../../ui/StatusText';

/**
 * What staff are told about the author hearing of a move: exactly what the notifier reported (the move's
 * answer carries it), never a blanket "已通知提出人". Without any notice, staff are asked to ring.
 */
export const toldLine = (told: ToldAuthor, idea: Pick<IdeaStaffView, 'authorName' | 'authorPhone'>): { tone: StatusTone; text: string } => {
  const who = idea.authorName;
  if (told.wechat) return { tone: 'info', text: `已通知${who}：微信里和小程序的“消息”里都能看到。` };
  if (told.inbox) return { tone: 'info', text: `${who}打开小程序的“消息”能看到；微信通知没有发出。` };
  return { tone: 'warn', text: `没能通知到${who}，请打电话告诉${who}${idea.authorPhone ? `（${idea.authorPhone}）` : ''}。` };
};
