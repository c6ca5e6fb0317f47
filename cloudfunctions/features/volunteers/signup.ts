import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, isDuplicateWrite, type Transaction } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { applySignUp, decideSignUp as seatFor, HOLDS_PLACE, phaseOf, release, type SeatChange } from '../../domain/volunteers/seats';
import { dayOf } from '../../domain/volunteers/hours';
import { activityDetailOf } from './activities';
import {
  ACTIVITIES, getActivity, readDoc, requireActivityManager, SIGNUPS, signupIdOf, TEMPLATES, thing, toRosterRow,
  type ActivityDoc, type SignupDoc,
} from './store';

const phase = (a: ActivityDoc, now: Date) =>
  phaseOf({ startAt: new Date(a.startAt), endAt: new Date(a.endAt), deadline: new Date(a.deadline), cancelled: a.cancelled }, now);

/**
 * Sign-up, as ONE transaction over the activity document: read the seats, decide, write the counts and
 * the sign-up together. Transactions are serializable, so however many members tap at once the seats
 * never exceed the capacity; the rest queue first come, first served. The sign-up's id is derived from
 * member and activity (and a unique index guards the pair), so a member's repeated taps find their
 * earlier sign-up and hold one place.
 */
export const signUp: Handler<'volunteers.signUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.activityId, member._id);
  const run = () =>
    inTransaction(db, async (tx) => {
      const activity = await getActivity(tx, input.activityId);
      const existing = await readDoc<SignupDoc>(tx, SIGNUPS, id);
      if (existing && HOLDS_PLACE.includes(existing.status)) return { activity, signup: existing };
      if (existing?.status === 'declined') throw new AppError('INVALID_STATE');
      const p = phase(activity, ctx.now);
      if (p === 'cancelled') throw new AppError('ACTIVITY_NOT_FOUND');
      if (p !== 'open') throw new AppError('SIGNUP_CLOSED');
      const decision = seatFor(activity, activity.needsApproval);
      if (decision === 'full') throw new AppError('ACTIVITY_FULL');
      const seats = applySignUp(activity, member._id, decision);
      // A new sign-up document raises the activity's count of them in this same transaction (see ActivityDoc.signupDocs).
      const counted = !existing && typeof activity.signupDocs === 'number' ? { signupDocs: activity.signupDocs + 1 } : {};
      checked(await tx.collection(ACTIVITIES).doc(activity._id).update({ taken: seats.taken, waiting: seats.waiting, ...counted }));
      const fresh = {
        status: decision, signedAt: ctx.now, checkInAt: null, checkOutAt: null, minutes: null, corrected: false, codeFailures: 0, updatedAt: ctx.now,
      };
      let signup: SignupDoc;
      if (existing) {
        checked(await tx.collection(SIGNUPS).doc(id).update(fresh));
        signup = { ...existing, ...fresh };
      } else {
        signup = {
          _id: id, activityId: activity._id, memberId: member._id, memberName: member.name, branchName: member.branchName,
          openid: member.openid, teamId: activity.teamId, teamName: activity.teamName, field: activity.field, title: activity.title,
          place: activity.place, activityStart: activity.startAt, activityEnd: activity.endAt, deadline: activity.deadline, month: activity.month, ...fresh,
        };
        checked(await tx.collection(SIGNUPS).add(signup));
      }
      return { activity: { ...activity, ...seats, ...counted }, signup };
    });
  try {
    const { activity, signup } = await run();
    return activityDetailOf(ctx, activity, signup);
  } catch (error) {
    // The unique index is the last guard: if it ever fires, the member already holds their place.
    if (!isDuplicateWrite(error)) throw error;
    const [activity, signup] = await Promise.all([getActivity(db, input.activityId), readDoc<SignupDoc>(db, SIGNUPS, id)]);
    return activityDetailOf(ctx, activity, signup);
  }
};

/** Frees the member's place inside `tx`; a freed seat goes to the first person waiting. */
const releasePlace = async (ctx: ActionContext, tx: Transaction, activity: ActivityDoc, signup: SignupDoc, status: 'cancelled' | 'declined') => {
  const seats: SeatChange = release(activity, signup.memberId, signup.status);
  checked(await tx.collection(ACTIVITIES).doc(activity._id).update({ taken: seats.taken, waiting: seats.waiting }));
  checked(await tx.collection(SIGNUPS).doc(signup._id).update({ status, updatedAt: ctx.now }));
  let promoted: SignupDoc | null = null;
  if (seats.promoted) {
    const promotedId = signupIdOf(activity._id, seats.promoted);
    const waiting = await readDoc<SignupDoc>(tx, SIGNUPS, promotedId);
    if (!waiting) throw new Error(`waiting list names ${seats.promoted} but their sign-up is missing`);
    const next = activity.needsApproval ? ('pending' as const) : ('confirmed' as const);
    checked(await tx.collection(SIGNUPS).doc(promotedId).update({ status: next, updatedAt: ctx.now }));
    promoted = { ...waiting, status: next };
  }
  return { activity: { ...activity, ...seats }, signup: { ...signup, status }, promoted };
};

const notifyPromoted = async (ctx: ActionContext, promoted: SignupDoc | null) => {
  if (!promoted) return;
  await ctx.deps.notifier.send({
    touser: promoted.openid,
    templateId: TEMPLATES.signup,
    page: `pages/volunteer/activity/index?id=${promoted.activityId}`,
    data: { thing1: thing(promoted.title), phrase2: '候补成功', date3: dayOf(new Date(promoted.activityStart)) },
  });
};

export const cancelSignUp: Handler<'volunteers.cancelSignUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const id = signupIdOf(input.activityId, member._id);
  const result = await inTransaction(ctx.deps.db, async (tx) => {
    const activity = await getActivity(tx, input.activityId);
    const signup = await readDoc<SignupDoc>(tx, SIGNUPS, id);
    if (!signup || !HOLDS_PLACE.includes(signup.status)) throw new AppError('NOT_SIGNED_UP');
    const p = phase(activity, ctx.now);
    // A called-off activity promotes nobody: its people were all told already.
    if (p === 'ongoing' || p === 'ended' || p === 'cancelled') throw new AppError('INVALID_STATE');
    return releasePlace(ctx, tx, activity, signup, 'cancelled');
  });
  await notifyPromoted(ctx, result.promoted);
  return activityDetailOf(ctx, result.activity, result.signup);
};

/** For activities that need approval: confirm a pending sign-up, or decline it and free the seat. */
export const decideSignUp: Handler<'volunteers.decideSignUp'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const head = await getActivity(db, input.activityId);
  await requireActivityManager(ctx, head);
  const id = signupIdOf(input.activityId, input.memberId);
  const result = await inTransaction(db, async (tx) => {
    const activity = await getActivity(tx, input.activityId);
    const signup = await readDoc<SignupDoc>(tx, SIGNUPS, id);
    if (!signup) throw new AppError('NOT_SIGNED_UP');
    if (signup.status !== 'pending') throw new AppError('INVALID_STATE');
    const target = { type: 'volunteer_signup', id };
    if (input.approve) {
      checked(await tx.collection(SIGNUPS).doc(id).update({ status: 'confirmed', updatedAt: ctx.now }));
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, target, { status: 'pending' }, { status: 'confirmed' })));
      return { activity, signup: { ...signup, status: 'confirmed' as const }, promoted: null };
    }
    const released = await releasePlace(ctx, tx, activity, signup, 'declined');
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, target, { status: 'pending' }, { status: 'declined', promoted: released.promoted?.memberId ?? null }),
    ));
    return released;
  });
  await ctx.deps.notifier.send({
    touser: result.signup.openid,
    templateId: TEMPLATES.signup,
    page: `pages/volunteer/activity/index?id=${result.signup.activityId}`,
    data: { thing1: thing(result.signup.title), phrase2: input.approve ? '报名成功' : '未通过', date3: dayOf(new Date(result.signup.activityStart)) },
  });
  await notifyPromoted(ctx, result.promoted);
  return toRosterRow(result.signup, result.activity.waiting);
};
