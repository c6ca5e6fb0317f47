import { AppError, isAppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, type Transaction } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { HOLDS_PLACE, phaseOf } from '../../domain/volunteers/seats';
import { dayOf, monthOf } from '../../domain/volunteers/hours';
import { activityDetailOf } from './activities';
import {
  ACTIVITIES, getActivity, readDoc, requireActivityManager, SIGNUPS, signupIdOf, TEMPLATES, thing,
  type ActivityDoc, type SignupDoc,
} from './store';

/** The most sign-ups one activity can have: 500 seats and a waiting list of 200. */
const MAX_PEOPLE = 700;

const phase = (a: ActivityDoc, now: Date) =>
  phaseOf({ startAt: new Date(a.startAt), endAt: new Date(a.endAt), deadline: new Date(a.deadline), cancelled: a.cancelled }, now);

/** Only before it starts, and never once called off. */
const requireNotStarted = (a: ActivityDoc, now: Date) => {
  const p = phase(a, now);
  if (p !== 'open' && p !== 'closed') throw new AppError('INVALID_STATE');
};

/** Everyone holding a seat or waiting: the people who must hear of a change. One read. */
const peopleOf = async (ctx: ActionContext, activityId: string): Promise<SignupDoc[]> => {
  const { data } = await ctx.deps.db.collection(SIGNUPS).where({ activityId }).orderBy('signedAt', 'asc').limit(MAX_PEOPLE).get();
  return (data as SignupDoc[]).filter((s) => HOLDS_PLACE.includes(s.status));
};

const tell = async (ctx: ActionContext, people: SignupDoc[], activity: ActivityDoc, phrase: string) => {
  for (const s of people) {
    await ctx.deps.notifier.send({
      touser: s.openid,
      templateId: TEMPLATES.signup,
      page: `pages/volunteer/activity/index?id=${activity._id}`,
      data: { thing1: thing(activity.title), phrase2: phrase, date3: dayOf(new Date(activity.startAt)) },
    });
  }
};

const sameTime = (a: Date | string, b: Date | string) => new Date(a).getTime() === new Date(b).getTime();

/** The ids of every sign-up document of the activity, any status. Read before the transaction (it reads by id only). */
const signupIdsOf = async (ctx: ActionContext, activityId: string): Promise<string[]> => {
  const { data } = await ctx.deps.db.collection(SIGNUPS).where({ activityId }).orderBy('signedAt', 'asc').limit(MAX_PEOPLE).field({ _id: true }).get();
  return (data as Array<{ _id: string }>).map((s) => s._id);
};

/**
 * Runs `work` in ONE transaction with the activity and the ids of all its sign-ups, so the sign-ups' copies
 * of the activity change together with it (no second step after commit that a crash could skip). The ids
 * are read just before; signUp raises `signupDocs` in the transaction that adds a sign-up, so if one landed
 * in between, the counts differ and the whole thing runs again with a fresh read. Activities stored before
 * the count existed get it set here (for them, a sign-up racing that very first edit is the one gap).
 */
const withAllSignups = async <T>(
  ctx: ActionContext,
  activityId: string,
  work: (tx: Transaction, before: ActivityDoc, ids: string[], counted: { signupDocs?: number }) => Promise<T>,
): Promise<T> => {
  for (let attempt = 1; ; attempt += 1) {
    const ids = await signupIdsOf(ctx, activityId);
    try {
      return await inTransaction(ctx.deps.db, async (tx) => {
        const before = await getActivity(tx, activityId);
        if (typeof before.signupDocs === 'number' && before.signupDocs !== ids.length) throw new AppError('CONFLICT');
        return work(tx, before, ids, typeof before.signupDocs === 'number' ? {} : { signupDocs: ids.length });
      });
    } catch (error) {
      if (!(isAppError(error) && error.code === 'CONFLICT') || attempt >= 3) throw error;
    }
  }
};

/**
 * Change an activity before it starts. The capacity may grow (the first people waiting take the new seats,
 * in order, and are told) but never drop below the seats already taken. The sign-ups' copies of title, time
 * and place follow; when the time or place moves, everyone signed up or waiting is told.
 */
export const editActivity: Handler<'volunteers.editActivity'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const head = await getActivity(db, input.activityId);
  await requireActivityManager(ctx, head);
  const startAt = new Date(input.startAt);
  if (startAt.getTime() <= ctx.now.getTime()) throw new AppError('INVALID_STATE', { startAt: '开始时间要晚于现在' });
  const result = await withAllSignups(ctx, input.activityId, async (tx, before, ids, counted) => {
    requireNotStarted(before, ctx.now);
    if (input.capacity < before.taken) {
      throw new AppError('CAPACITY_BELOW_TAKEN', { capacity: `已有${before.taken}人报名，人数上限不能少于${before.taken}` });
    }
    const freed = Math.max(0, input.capacity - before.taken);
    const promotedIds = before.waiting.slice(0, freed);
    const change = {
      title: input.title, description: input.description, field: input.field, place: input.place, capacity: input.capacity,
      startAt, endAt: new Date(input.endAt), deadline: new Date(input.deadline), month: monthOf(startAt),
      taken: before.taken + promotedIds.length, waiting: before.waiting.slice(promotedIds.length),
    };
    checked(await tx.collection(ACTIVITIES).doc(before._id).update({ ...change, ...counted }));
    const promoted: SignupDoc[] = [];
    const next = before.needsApproval ? ('pending' as const) : ('confirmed' as const);
    for (const memberId of promotedIds) {
      const id = signupIdOf(before._id, memberId);
      const waiting = await readDoc<SignupDoc>(tx, SIGNUPS, id);
      if (!waiting) throw new Error(`waiting list names ${memberId} but their sign-up is missing`);
      checked(await tx.collection(SIGNUPS).doc(id).update({ status: next, updatedAt: ctx.now }));
      promoted.push({ ...waiting, status: next });
    }
    // The sign-ups carry the activity's title, time and place for 我的志愿 and the records: in step, in this transaction.
    const copy = {
      title: change.title, place: change.place, field: change.field, activityStart: change.startAt, activityEnd: change.endAt,
      deadline: change.deadline, month: change.month,
    };
    for (const id of ids) checked(await tx.collection(SIGNUPS).doc(id).update(copy));
    const keys = ['title', 'description', 'field', 'place', 'capacity', 'startAt', 'endAt', 'deadline'] as const;
    const was: Record<string, unknown> = {};
    const now: Record<string, unknown> = {};
    for (const k of keys) {
      const a = before[k];
      const b = change[k];
      if (a instanceof Date || b instanceof Date ? !sameTime(a as Date, b as Date) : a !== b) {
        was[k] = a;
        now[k] = b;
      }
    }
    if (promoted.length) now.promoted = promoted.map((p) => p.memberId);
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'volunteer_activity', id: before._id }, was, now)));
    return { before, after: { ...before, ...change }, promoted };
  });
  const { before, after, promoted } = result;
  const moved = !sameTime(before.startAt, after.startAt) || !sameTime(before.endAt, after.endAt) || before.place !== after.place;
  const promotedSet = new Set(promoted.map((p) => p.memberId));
  if (moved) await tell(ctx, (await peopleOf(ctx, after._id)).filter((s) => !promotedSet.has(s.memberId)), after, '安排有变');
  await tell(ctx, promoted, after, '候补成功');
  const mine = ctx.caller.member ? await readDoc<SignupDoc>(db, SIGNUPS, signupIdOf(after._id, ctx.caller.member._id)) : null;
  return activityDetailOf(ctx, after, mine);
};

/**
 * Call off an activity before it starts, with a reason (audited in the same transaction). Nothing is
 * freed silently: the sign-ups keep their status and are marked as called off, and every person signed up
 * or waiting is sent a notice.
 */
export const cancelActivity: Handler<'volunteers.cancelActivity'> = async (ctx, input) => {
  requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await getActivity(db, input.activityId);
  await requireActivityManager(ctx, head);
  const after = await withAllSignups(ctx, input.activityId, async (tx, before, ids, counted) => {
    requireNotStarted(before, ctx.now);
    const change = { cancelled: true, cancelReason: input.reason, cancelledAt: ctx.now };
    checked(await tx.collection(ACTIVITIES).doc(before._id).update({ ...change, ...counted }));
    // Every sign-up is marked as called off in the same transaction, so 我的志愿 shows 已取消 for all of them.
    for (const id of ids) checked(await tx.collection(SIGNUPS).doc(id).update({ activityCancelled: true }));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(
      ctx, { type: 'volunteer_activity', id: before._id }, { cancelled: false },
      { cancelled: true, reason: input.reason, seatsTaken: before.taken, waiting: before.waiting.length },
    )));
    return { ...before, ...change };
  });
  await tell(ctx, await peopleOf(ctx, after._id), after, '活动已取消');
  const mine = ctx.caller.member ? await readDoc<SignupDoc>(db, SIGNUPS, signupIdOf(after._id, ctx.caller.member._id)) : null;
  return activityDetailOf(ctx, after, mine);
};
