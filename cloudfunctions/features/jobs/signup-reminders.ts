import { COLLECTIONS } from '../../contract/collections';
import { chinaDay, chinaDayStart, whenText } from '../../contract/day-words';
import { PAGES } from '../../contract/pages';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import type { SessionDoc, SessionSignupDoc } from '../lessons/sessions/store';
import type { SignupDoc } from '../volunteers/docs';

/**
 * The day before, in China time: every member signed up for a volunteer activity or a 院坝小讲堂 that
 * starts tomorrow gets one 消息 entry ("明天 9:30 在 …"), and a subscribe message where they accepted the
 * reminder template (the notifier's rules: from the timer it is kept pending and sent by the member's
 * next call, and only where WeChat holds an acceptance).
 *
 * Once per sign-up, and never lost: the notice is keyed by sign-up and day (one 消息 entry, one push, however
 * often it is sent), then the sign-up is marked `remindedFor` that day so later runs skip it. A run that dies
 * between the two leaves the mark unset, and the next run's notice finds its entry already kept. A sign-up
 * moved to another day is reminded again for the new day. Runs from 08:00 China time, so
 * nothing arrives in the night; the hourly timer catches sign-ups made later that day.
 */
const PAGE = 100;
const MAX_PAGES = 10;
export const REMIND_FROM_HOUR = 8;

export interface ReminderSummary {
  activities: number;
  sessions: number;
}

const reminderKey = (signupId: string, day: string) => `remind-${signupId}-${day}`;

/** The mark after the notice: true for the run that set it, false if another run (or an earlier one) did. */
const markReminded = async (db: Database, collection: string, id: string, day: string): Promise<boolean> => {
  const result = checked(await db.collection(collection).where({ _id: id, remindedFor: db.command.neq(day) }).update({ remindedFor: day })) as { updated?: number };
  return result.updated === 1;
};

const remindActivities = async (deps: Deps, now: Date, from: Date, to: Date, day: string): Promise<number> => {
  const { db } = deps;
  const _ = db.command;
  let sent = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    // Claimed sign-ups drop out of this filter, so each page starts again from the top.
    const { data } = await db
      .collection(COLLECTIONS.volunteerSignups)
      .where({ activityStart: _.gte(from).and(_.lt(to)), status: _.in(['confirmed', 'pending']), activityCancelled: _.neq(true), remindedFor: _.neq(day) })
      .orderBy('activityStart', 'asc')
      .limit(PAGE)
      .get();
    const rows = data as SignupDoc[];
    for (const s of rows) {
      const told = await deps.notifier.notify({
        to: s.openid,
        template: 'signupReminder',
        page: `${PAGES.volunteerActivity}?id=${s.activityId}`,
        data: { thing1: s.title, time2: new Date(s.activityStart), thing3: s.place, thing4: whenText(s.activityStart, now) },
        key: reminderKey(s._id, day),
      });
      // Not kept (the write failed): left unmarked, so the next hourly run tries again.
      if (!told.kept) continue;
      if (await markReminded(db, COLLECTIONS.volunteerSignups, s._id, day)) sent += 1;
    }
    if (rows.length < PAGE) break;
  }
  return sent;
};

const remindSessions = async (deps: Deps, now: Date, from: Date, to: Date, day: string): Promise<number> => {
  const { db } = deps;
  const _ = db.command;
  let sent = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await db
      .collection(COLLECTIONS.sessionSignups)
      .where({ startAt: _.gte(from).and(_.lt(to)), status: 'signed', remindedFor: _.neq(day) })
      .orderBy('startAt', 'asc')
      .limit(PAGE)
      .get();
    const rows = data as Array<SessionSignupDoc & { remindedFor?: string }>;
    if (rows.length === 0) break;
    // The page's sessions (topic, place, still on?) and members (openid), one read each.
    const sessionIds = [...new Set(rows.map((r) => r.sessionId))];
    const memberIds = [...new Set(rows.map((r) => r.memberId))];
    const [sessions, members] = await Promise.all([
      db.collection(COLLECTIONS.studySessions).where({ _id: _.in(sessionIds) }).limit(sessionIds.length).get(),
      db.collection(COLLECTIONS.members).where({ _id: _.in(memberIds) }).limit(memberIds.length).get(),
    ]);
    const sessionOf = new Map((sessions.data as SessionDoc[]).map((s) => [s._id, s]));
    const openidOf = new Map((members.data as Array<MemberDoc & { _id: string }>).map((m) => [m._id, m.openid]));
    for (const r of rows) {
      const session = sessionOf.get(r.sessionId);
      const openid = openidOf.get(r.memberId);
      // A called-off session was told by its own notice; it is marked all the same so it is not looked at again.
      const due = !!session && !!openid && session.status !== 'cancelled';
      if (due) {
        const told = await deps.notifier.notify({
          to: openid,
          template: 'signupReminder',
          page: `${PAGES.studySession}?id=${session._id}`,
          data: { thing1: session.topic, time2: new Date(session.startAt), thing3: session.place, thing4: whenText(session.startAt, now) },
          key: reminderKey(r._id, day),
        });
        if (!told.kept) continue;
      }
      if ((await markReminded(db, COLLECTIONS.sessionSignups, r._id, day)) && due) sent += 1;
    }
    if (rows.length < PAGE) break;
  }
  return sent;
};

export const runSignupReminders = async (deps: Deps, now: Date): Promise<ReminderSummary> => {
  const hour = (now.getUTCHours() + 8) % 24;
  if (hour < REMIND_FROM_HOUR) return { activities: 0, sessions: 0 };
  const from = chinaDayStart(now, 1);
  const to = chinaDayStart(now, 2);
  const day = chinaDay(from);
  const [activities, sessions] = await Promise.all([
    remindActivities(deps, now, from, to, day),
    remindSessions(deps, now, from, to, day),
  ]);
  return { activities, sessions };
};
