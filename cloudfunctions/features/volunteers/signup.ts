import { PAGES } from '../../contract/pages';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { actDone } from '../../platform/helper-acts';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, readDoc } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { HOLDS_PLACE, HOLDS_SEAT, phaseOf, type SignupStatus } from '../../domain/volunteers/seats';
import { leavePlace, takePlace } from './seat-ledger';
import { copyOf, refreshCopy } from './signup-copies';
import { activityDetailOf } from './activities';
import { requireActivityManager } from './access';
import { signupIdOf, SIGNUPS, type ActivityDoc, type SignupDoc } from './docs';
import { getActivity } from './reads';
import { toRosterRow } from './views';

const phase = (a: ActivityDoc, now: Date) =>
  phaseOf({ startAt: new Date(a.startAt), endAt: new Date(a.endAt), deadline: new Date(a.deadline), cancelled: a.cancelled }, now);

/** The sign-up status that matches the member's place in the ledger, keeping an approval already given. */
const statusFor = (place: 'seat' | 'waiting', activity: ActivityDoc, existing: SignupDoc | null): SignupStatus => {
  if (place === 'waiting') return 'waiting';
  if (existing && HOLDS_SEAT.includes(existing.status)) return existing.status;
  return activity.needsApproval ? 'pending' : 'confirmed';
};

/**
 * Writes the member's sign-up document so it agrees with the ledger (see seat-ledger.ts): new, changed, or
 * repaired after a call that died between the two writes. A plain upsert of one document, safe to repeat.
 */
const projectSignup = async (ctx: ActionContext, activity: ActivityDoc, member: MemberDoc, existing: SignupDoc | null, status: SignupStatus) => {
  if (existing?.status === status) return existing;
  const fresh = {
    status, signedAt: ctx.now, checkInAt: null, checkOutAt: null, minutes: null, corrected: false, codeFailures: 0, updatedAt: ctx.now,
  };
  const signup: SignupDoc = {
    _id: signupIdOf(activity._id, member._id), activityId: activity._id, memberId: member._id, memberName: member.name,
    branchName: member.branchName, openid: member.openid, teamId: activity.teamId, teamName: activity.teamName,
    ...(existing ?? {}), ...copyOf(activity), ...fresh,
  };
  const { _id, ...rest } = signup;
  checked(await ctx.deps.db.collection(SIGNUPS).doc(_id).set(rest));
  await refreshCopy(ctx.deps.db, activity, _id);
  return signup;
};

/**
 * Sign-up: one conditional update of the activity's seat ledger takes a seat or the next place in the
 * waiting list (seat-ledger.ts says why that and not a transaction), then the sign-up document follows.
 * However many members tap at once, seats never exceed the capacity and the waiting list keeps arrival
 * order; a member's repeated taps (or a retry after a lost answer) find their place and change nothing.
 */
export const signUp: Handler<'volunteers.signUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.activityId, member._id);
  const [first, existing] = await Promise.all([getActivity(db, input.activityId), readDoc<SignupDoc>(db, SIGNUPS, id)]);
  const result = await takePlace(db, first, member._id, (a) => {
    if (existing?.status === 'declined') throw new AppError('INVALID_STATE');
    const p = phase(a, ctx.now);
    if (p === 'cancelled') throw new AppError('ACTIVITY_NOT_FOUND');
    if (p !== 'open') throw new AppError('SIGNUP_CLOSED');
  });
  if (result.kind === 'full') throw new AppError('ACTIVITY_FULL');
  const signup = await projectSignup(ctx, result.activity, member, existing, statusFor(result.kind, result.activity, existing));
  await actDone(ctx, 'activitySignup', { id: result.activity._id, title: result.activity.title });
  return activityDetailOf(ctx, result.activity, signup);
};

/**
 * Frees the member's place in the ledger (a freed seat goes to the first person waiting, in the same
 * update), then brings the two sign-up documents in line.
 */
const releasePlace = async (ctx: ActionContext, activity: ActivityDoc, signup: SignupDoc, status: 'cancelled' | 'declined') => {
  const { db } = ctx.deps;
  const left = await leavePlace(db, activity, signup.memberId, !activity.cancelled);
  const change = status === 'cancelled' ? { status, cancelledBy: ctx.requestId, updatedAt: ctx.now } : { status, updatedAt: ctx.now };
  checked(await db.collection(SIGNUPS).doc(signup._id).update(change));
  let promoted: SignupDoc | null = null;
  if (left.promoted) {
    const promotedId = signupIdOf(activity._id, left.promoted);
    const waiting = await readDoc<SignupDoc>(db, SIGNUPS, promotedId);
    if (!waiting) throw new Error(`waiting list names ${left.promoted} but their sign-up is missing`);
    const next = activity.needsApproval ? ('pending' as const) : ('confirmed' as const);
    checked(await db.collection(SIGNUPS).doc(promotedId).update({ status: next, updatedAt: ctx.now }));
    promoted = { ...waiting, status: next };
  }
  return { activity: left.activity, signup: { ...signup, ...change }, promoted };
};

const notifyPromoted = async (ctx: ActionContext, promoted: SignupDoc | null) => {
  if (!promoted) return;
  await ctx.deps.notifier.notify({
    to: promoted.openid,
    template: 'activitySignup',
    page: `${PAGES.volunteerActivity}?id=${promoted.activityId}`,
    data: { thing1: promoted.title, phrase2: '候补成功', date3: new Date(promoted.activityStart) },
  });
};

export const cancelSignUp: Handler<'volunteers.cancelSignUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.activityId, member._id);
  const [activity, signup] = await Promise.all([getActivity(db, input.activityId), readDoc<SignupDoc>(db, SIGNUPS, id)]);
  if (signup?.status === 'cancelled' && signup.cancelledBy === ctx.requestId) {
    // This very request cancelled it and its answer was lost: the same answer, and a helper's act recorded once.
    await actDone(ctx, 'activityCancel', { id: activity._id, title: activity.title });
    return activityDetailOf(ctx, activity, signup);
  }
  if (!signup || !HOLDS_PLACE.includes(signup.status)) throw new AppError('NOT_SIGNED_UP');
  const p = phase(activity, ctx.now);
  // A called-off activity promotes nobody: its people were all told already.
  if (p === 'ongoing' || p === 'ended' || p === 'cancelled') throw new AppError('INVALID_STATE');
  const result = await releasePlace(ctx, activity, signup, 'cancelled');
  await notifyPromoted(ctx, result.promoted);
  await actDone(ctx, 'activityCancel', { id: activity._id, title: activity.title });
  return activityDetailOf(ctx, result.activity, result.signup);
};

/** For activities that need approval: confirm a pending sign-up, or decline it and free the seat. */
export const decideSignUp: Handler<'volunteers.decideSignUp'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const head = await getActivity(db, input.activityId);
  await requireActivityManager(ctx, head);
  const id = signupIdOf(input.activityId, input.memberId);
  const signup = await readDoc<SignupDoc>(db, SIGNUPS, id);
  if (!signup) throw new AppError('NOT_SIGNED_UP');
  if (signup.status !== 'pending') throw new AppError('INVALID_STATE');
  const target = { type: 'volunteer_signup', id };
  // The decision and its audit entry commit together, guarded by the sign-up still being pending, so two
  // managers deciding at once cannot both win. The seat itself only moves on a decline (below).
  await inTransaction(db, async (tx) => {
    const now = await readDoc<SignupDoc>(tx, SIGNUPS, id);
    if (now?.status !== 'pending') throw new AppError('INVALID_STATE');
    checked(await tx.collection(SIGNUPS).doc(id).update({ status: input.approve ? 'confirmed' : 'declined', updatedAt: ctx.now }));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, target, { status: 'pending' }, { status: input.approve ? 'confirmed' : 'declined' }),
    ));
  });
  const result = input.approve
    ? { activity: head, signup: { ...signup, status: 'confirmed' as const }, promoted: null }
    : await releasePlace(ctx, head, signup, 'declined');
  await ctx.deps.notifier.notify({
    to: result.signup.openid,
    template: 'activitySignup',
    page: `${PAGES.volunteerActivity}?id=${result.signup.activityId}`,
    data: { thing1: result.signup.title, phrase2: input.approve ? '报名成功' : '未通过', date3: new Date(result.signup.activityStart) },
  });
  await notifyPromoted(ctx, result.promoted);
  return toRosterRow(result.signup, result.activity.waiting);
};
