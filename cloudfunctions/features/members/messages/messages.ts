import { COLLECTIONS } from '../../../contract/collections';
import { AppError } from '../../../platform/app-error';
import { checked } from '../../../platform/database';
import type { MessageDoc } from '../../../platform/notifier';
import { pageWindow, toPage } from '../../../platform/paging';
import type { Handler } from '../../../platform/routes';

/**
 * A person's own 消息 list. Every read names the caller's openid, so nobody can reach another
 * person's entries whatever ids they send.
 */
const MESSAGES = COLLECTIONS.messages;
/** Pending pushes sent per messages.unread call: small, so the badge stays quick. */
const DRAIN_PER_CALL = 5;

const toView = (doc: MessageDoc & { _id: string }) => ({
  id: doc._id,
  kind: doc.template,
  title: doc.title,
  body: doc.body,
  page: doc.page,
  createdAt: new Date(doc.createdAt).toISOString(),
  read: doc.readAt !== null,
  pushed: doc.push === 'sent',
});

export const listMessages: Handler<'messages.list'> = async (ctx, input) => {
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(MESSAGES).where({ openid: ctx.caller.openid }).orderBy('createdAt', 'desc').skip(skip).limit(limit).get();
  return toPage(data as Array<MessageDoc & { _id: string }>, input, toView);
};

/**
 * The unread count for the tab badge. Every member's app asks on show, which makes this the
 * user-triggered call that sends the subscribe messages a timer run had to keep (timers may not 云调用).
 */
export const unreadMessages: Handler<'messages.unread'> = async (ctx) => {
  const [{ total }] = await Promise.all([
    ctx.deps.db.collection(MESSAGES).where({ openid: ctx.caller.openid, readAt: null }).count(),
    ctx.deps.notifier.drainPending(DRAIN_PER_CALL).catch((error: unknown) => {
      ctx.deps.log.error('pending pushes not sent', { error: String(error) });
      return 0;
    }),
  ]);
  return { count: total };
};

export const markMessagesRead: Handler<'messages.markRead'> = async (ctx, input) => {
  const _ = ctx.deps.db.command;
  const mine = { openid: ctx.caller.openid, readAt: null };
  if (input.ids) {
    // Named messages must all be the caller's (read or not, so a second tap is still fine).
    const ids = [...new Set(input.ids)];
    const { data } = await ctx.deps.db.collection(MESSAGES).where({ openid: ctx.caller.openid, _id: _.in(ids) }).field({ _id: true }).limit(ids.length).get();
    if (data.length < ids.length) throw new AppError('NOT_FOUND', { ids: '有的消息没有找到，请刷新后再看' });
  }
  const where = input.all ? mine : { ...mine, _id: _.in(input.ids ?? []) };
  const result = checked(await ctx.deps.db.collection(MESSAGES).where(where).update({ readAt: ctx.now })) as { updated?: number };
  return { marked: result.updated ?? 0 };
};
