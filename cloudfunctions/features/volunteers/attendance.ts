import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { checkWindow, MAX_CODE_FAILURES, serviceMinutes, spanMinutes } from '../../domain/volunteers/hours';
import { wrongCodeWords } from '../../domain/attendance/code-tries';
import type { Database, Transaction } from '../../platform/database';
import { signupCounts, spreadOf, tally } from './tallies';
import { activityDetailOf } from './activities';
import { requireActivityManager } from './access';
import { signupIdOf, SIGNUPS, type ActivityDoc, type SignupDoc } from './docs';
import { getActivity } from './reads';
import { toRosterRow } from './views';

const spanOf = (a: ActivityDoc) => ({ startAt: new Date(a.startAt), endAt: new Date(a.endAt) });

/** Roster for the team's leaders and staff, in sign-up order, with the waiting list's places. */
export const roster: Handler<'volunteers.roster'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const activity = await getActivity(db, input.activityId);
  await requireActivityManager(ctx, activity);
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(SIGNUPS).where({ activityId: activity._id }).orderBy('signedAt', 'asc').skip(skip).limit(limit).get();
  return toPage(data as SignupDoc[], input, (s) => toRosterRow(s, activity.waiting));
};

/**
 * The attendance change for one step at `now`: checking in records the time once (a second tap keeps
 * the first); checking out records the time and the minutes served, unless a leader has corrected them.
 */
const attendanceChange = (activity: ActivityDoc, signup: SignupDoc, step: 'in' | 'out', now: Date): Partial<SignupDoc> | null => {
  if (step === 'in') return signup.checkInAt ? null : { checkInAt: now, updatedAt: now };
  if (!signup.checkInAt) throw new AppError('INVALID_STATE', { step: '请先签到，再签退' });
  const minutes = serviceMinutes(spanOf(activity), { checkInAt: new Date(signup.checkInAt), checkOutAt: now });
  return { checkOutAt: now, ...(signup.corrected ? {} : { minutes }), updatedAt: now };
};

const requireAttending = (activity: ActivityDoc, signup: SignupDoc | null, now: Date): SignupDoc => {
  if (!signup || signup.status === 'cancelled' || signup.status === 'waiting') throw new AppError('NOT_SIGNED_UP');
  if (signup.status !== 'confirmed') throw new AppError('INVALID_STATE');
  if (checkWindow(spanOf(activity), now) !== 'open') throw new AppError('CHECKIN_NOT_OPEN');
  return signup;
};

/**
 * Writes a sign-up's change inside `tx` and, as the transaction's last write, what it changes in the
 * figures (tallies.ts): minutes recorded, changed or corrected count there at once, or not at all.
 */
const saveSignup = async (db: Database, tx: Transaction, activity: ActivityDoc, signup: SignupDoc, change: Partial<SignupDoc>) => {
  checked(await tx.collection(SIGNUPS).doc(signup._id).update(change));
  await tally(db, tx, signupCounts(signup), signupCounts({ ...signup, ...change }), spreadOf(activity));
};

/**
 * Counts one wrong code and answers the stored count after it: a conditional update from the count last
 * seen, so the tries left the member is told are the real ones even when two taps race (the loser reads
 * again and counts on top). Past the limit it is the leader's turn.
 */
const countWrongCode = async (db: Database, id: string, seen: number): Promise<number> => {
  let count = seen;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    if (count >= MAX_CODE_FAILURES) throw new AppError('TOO_MANY_WRONG_CODES');
    const { updated } = checked(await db.collection(SIGNUPS).where({ _id: id, codeFailures: count }).update({ codeFailures: count + 1 })) as { updated: number };
    if (updated === 1) return count + 1;
    count = (await readDoc<SignupDoc>(db, SIGNUPS, id))?.codeFailures ?? MAX_CODE_FAILURES;
  }
  throw new AppError('BUSY');
};

/** A member types the code the leader shows. Five wrong codes and only the leader can mark them. */
export const checkIn: Handler<'volunteers.checkIn'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.activityId, member._id);
  const [activity, found] = await Promise.all([getActivity(db, input.activityId), readDoc<SignupDoc>(db, SIGNUPS, id)]);
  const signup = requireAttending(activity, found, ctx.now);
  if (signup.codeFailures >= MAX_CODE_FAILURES) throw new AppError('TOO_MANY_WRONG_CODES');
  if (input.code !== activity.code) {
    const failures = await countWrongCode(db, id, signup.codeFailures);
    throw new AppError('WRONG_CODE', { code: wrongCodeWords(failures, MAX_CODE_FAILURES, '队长') });
  }
  if (input.step === 'in') {
    // A check-in time alone counts for nothing in the figures: one plain update, no transaction.
    const change = attendanceChange(activity, signup, 'in', ctx.now);
    if (change) checked(await db.collection(SIGNUPS).doc(id).update(change));
    return activityDetailOf(ctx, activity, { ...signup, ...change });
  }
  // A check-out records minutes: read again in the transaction that counts them, so a repeated or racing
  // tap adds only what it changes.
  const saved = await inTransaction(db, async (tx) => {
    const current = requireAttending(activity, await readDoc<SignupDoc>(tx, SIGNUPS, id), ctx.now);
    const change = attendanceChange(activity, current, 'out', ctx.now) as Partial<SignupDoc>;
    await saveSignup(db, tx, activity, current, change);
    return { ...current, ...change };
  });
  return activityDetailOf(ctx, activity, saved);
};

/** Loads activity and sign-up for a leader's change, checking the caller manages the team. */
const forManager = async (ctx: ActionContext, activityId: string, memberId: string) => {
  const activity = await getActivity(ctx.deps.db, activityId);
  await requireActivityManager(ctx, activity);
  return { activity, id: signupIdOf(activityId, memberId) };
};

/** The leader marks someone by hand (no phone, forgot the code); audited like every leader decision. */
export const markAttendance: Handler<'volunteers.markAttendance'> = async (ctx, input) => {
  const { activity, id } = await forManager(ctx, input.activityId, input.memberId);
  const updated = await inTransaction(ctx.deps.db, async (tx) => {
    const signup = requireAttending(activity, await readDoc<SignupDoc>(tx, SIGNUPS, id), ctx.now);
    const change = attendanceChange(activity, signup, input.step, ctx.now);
    if (!change) return signup;
    const pick = (s: Partial<SignupDoc>) => ({ checkInAt: s.checkInAt ?? null, checkOutAt: s.checkOutAt ?? null, minutes: s.minutes ?? null });
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'volunteer_signup', id }, pick(signup), pick({ ...signup, ...change }))));
    await saveSignup(ctx.deps.db, tx, activity, signup, change);
    return { ...signup, ...change };
  });
  return toRosterRow(updated, activity.waiting);
};

/** A leader corrects the minutes (never beyond the activity's own span), with the reason kept and audited. */
export const correctHours: Handler<'volunteers.correctHours'> = async (ctx, input) => {
  const { activity, id } = await forManager(ctx, input.activityId, input.memberId);
  const most = spanMinutes(spanOf(activity));
  if (input.minutes > most) throw new AppError('VALIDATION_FAILED', { minutes: `不能超过活动本身的时长（${most}分钟）` });
  if (ctx.now.getTime() < new Date(activity.startAt).getTime()) throw new AppError('INVALID_STATE');
  const updated = await inTransaction(ctx.deps.db, async (tx) => {
    const signup = await readDoc<SignupDoc>(tx, SIGNUPS, id);
    if (!signup || signup.status === 'cancelled' || signup.status === 'waiting') throw new AppError('NOT_SIGNED_UP');
    if (signup.status !== 'confirmed') throw new AppError('INVALID_STATE');
    const change = { minutes: input.minutes, corrected: true, correctionReason: input.reason, updatedAt: ctx.now };
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'volunteer_signup', id }, { minutes: signup.minutes ?? null }, { minutes: input.minutes, reason: input.reason }),
    ));
    await saveSignup(ctx.deps.db, tx, activity, signup, change);
    return { ...signup, ...change };
  });
  return toRosterRow(updated, activity.waiting);
};
