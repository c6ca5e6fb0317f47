import { z } from '../../zod';
import { defineAction, READ_LIMIT } from '../../define';
import { MEMBER } from '../../roles';

/** One of my coming sign-ups: a volunteer activity or a 院坝小讲堂, with when and where. */
export const todaySignup = z.object({
  kind: z.enum(['activity', 'session']),
  /** The activity's or session's id (the page to open). */
  id: z.string(),
  title: z.string(),
  place: z.string(),
  startAt: z.string(),
});

/** What the home page shows a member: only their own things, each one tap from its page. */
export const todayView = z.object({
  signups: z.array(todaySignup),
  /** My 金点子 the bureau answered (办结 or 不予受理) in the last two weeks. */
  answeredIdeas: z.array(z.object({ id: z.string(), title: z.string(), stateLabel: z.string(), at: z.string() })),
  /** Lessons for my branch or the county published in the last seven days, newest first. */
  newLessons: z.array(z.object({ id: z.string(), title: z.string(), publishedAt: z.string() })),
  /** How many of my 消息 are unread. */
  unread: z.number(),
});

export const todayActions = {
  'members.today': defineAction({
    fn: 'members',
    summary: 'My home page: my next sign-ups, answers to my ideas, lessons new this week, unread 消息 — in one call',
    access: MEMBER,
    input: z.object({}).strict(),
    output: todayView,
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
};
