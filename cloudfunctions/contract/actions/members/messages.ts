import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { ROLES } from '../../roles';
import { TEMPLATE_KEYS } from '../../templates';
import { id, page, paged } from '../../text';

/** A 消息 entry as its owner sees it: plain words, where it leads, whether it was read. */
export const messageView = z.object({
  id: z.string(),
  kind: z.enum(TEMPLATE_KEYS as [string, ...string[]]),
  title: z.string(),
  body: z.string(),
  page: z.string(),
  createdAt: z.string(),
  read: z.boolean(),
  /** Whether a WeChat subscribe message went with it ("已发送到微信"). */
  pushed: z.boolean(),
});

/** Each registered person's own 消息 list (in the members function, beside 我的). */
export const messagesActions = {
  'messages.list': defineAction({
    fn: 'members',
    summary: 'My 消息, newest first, a page at a time',
    access: ROLES,
    input: page.strict(),
    output: paged(messageView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'messages.unread': defineAction({
    fn: 'members',
    summary: 'How many of my 消息 are unread (for the badge); also sends subscribe messages the timer kept for a user-triggered call',
    access: ROLES,
    input: z.object({}).strict(),
    output: z.object({ count: z.number() }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'messages.markRead': defineAction({
    fn: 'members',
    summary: 'Mark some of my 消息 (or all of them) read',
    access: ROLES,
    input: z
      .object({ ids: z.array(id('消息')).min(1, { error: '请选择消息' }).max(50, { error: '一次最多50条' }).optional(), all: z.literal(true).optional() })
      .strict()
      .refine((v) => Boolean(v.ids) !== Boolean(v.all), { message: '请选择要标为已读的消息' }),
    output: z.object({ marked: z.number() }),
    errors: ['NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
};
