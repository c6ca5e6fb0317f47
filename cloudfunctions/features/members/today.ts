import { COLLECTIONS } from '../../contract/collections';
import { IDEA_STATE_LABELS, type IdeaState } from '../../contract/ideas-model';
import type { OutputOf } from '../../contract/registry';
import { requireMember, type Handler } from '../../platform/routes';
import type { IdeaDoc } from '../ideas/idea-doc';
import { COUNTY, type LessonDoc } from '../lessons/store';
import type { SessionDoc, SessionSignupDoc } from '../lessons/sessions/store';
import type { SignupDoc } from '../volunteers/docs';
import { iso } from '../../platform/database';

/**
 * The home page in one call: the caller's own coming sign-ups (volunteer activities and 院坝小讲堂),
 * answers to their 金点子, lessons new this week for their branch or the county, and unread 消息.
 * Five bounded reads run side by side, each led by an indexed field of the caller (member id, openid,
 * branch); one more reads the few sessions signed up for, by id, for their topic, place and status.
 */
const SHOWN_SIGNUPS = 3;
const SIGNUP_ROWS = 5;
const SHOWN_LESSONS = 3;
/** A member's newest ideas looked at for answers: a person writes a few a year. */
const IDEA_ROWS = 20;
const SHOWN_IDEAS = 3;
const DAY_MS = 24 * 3_600_000;
const ANSWER_DAYS = 14;
const LESSON_DAYS = 7;
const ANSWERED: IdeaState[] = ['resolved', 'not_accepted'];

type Today = OutputOf<'members.today'>;

export const today: Handler<'members.today'> = async (ctx) => {
  const { member, openid } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const _ = db.command;
  const now = ctx.now;
  const [activities, sessionRows, ideas, lessons, unread] = await Promise.all([
    db.collection(COLLECTIONS.volunteerSignups)
      .where({ memberId: member._id, activityEnd: _.gte(now), status: _.in(['confirmed', 'pending']), activityCancelled: _.neq(true) })
      .orderBy('activityStart', 'asc').limit(SIGNUP_ROWS).get(),
    db.collection(COLLECTIONS.sessionSignups)
      .where({ memberId: member._id, startAt: _.gte(now), status: 'signed' })
      .orderBy('startAt', 'asc').limit(SIGNUP_ROWS).get(),
    db.collection(COLLECTIONS.ideas)
      .where({ authorId: member._id, state: _.in(ANSWERED), updatedAt: _.gte(new Date(now.getTime() - ANSWER_DAYS * DAY_MS)) })
      .orderBy('createdAt', 'desc').limit(IDEA_ROWS).get(),
    db.collection(COLLECTIONS.lessons)
      .where({ audienceKey: _.in([member.branchId, COUNTY]), status: 'published', publishedAt: _.gte(new Date(now.getTime() - LESSON_DAYS * DAY_MS)) })
      .orderBy('publishedAt', 'desc').limit(SHOWN_LESSONS).get(),
    db.collection(COLLECTIONS.messages).where({ openid, readAt: null }).count(),
  ]);

  const signed = sessionRows.data as SessionSignupDoc[];
  const sessions = signed.length
    ? ((await db.collection(COLLECTIONS.studySessions).where({ _id: _.in(signed.map((s) => s.sessionId)) }).limit(signed.length).get()).data as SessionDoc[])
    : [];

  const signups: Today['signups'] = [
    ...(activities.data as SignupDoc[]).map((s) => ({ kind: 'activity' as const, id: s.activityId, title: s.title, place: s.place, startAt: iso(s.activityStart) })),
    ...sessions
      .filter((s) => s.status !== 'cancelled')
      .map((s) => ({ kind: 'session' as const, id: s._id, title: s.topic, place: s.place, startAt: iso(s.startAt) })),
  ]
    .sort((a, b) => a.startAt.localeCompare(b.startAt))
    .slice(0, SHOWN_SIGNUPS);

  const answeredIdeas = (ideas.data as IdeaDoc[])
    .map((i) => ({ id: i._id, title: i.title, stateLabel: IDEA_STATE_LABELS[i.state], at: iso(i.resolvedAt ?? i.updatedAt) }))
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, SHOWN_IDEAS);

  const newLessons = (lessons.data as LessonDoc[]).map((l) => ({ id: l._id, title: l.title, publishedAt: iso(l.publishedAt ?? now) }));

  return { signups, answeredIdeas, newLessons, unread: unread.total };
};
