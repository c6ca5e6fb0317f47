import { PAGES } from '../../contract/pages';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc, type Transaction } from '../../platform/database';
import { holdersOf } from './seat-ledger';
import { syncCopies } from './signup-copies';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { HOLDS_PLACE, phaseOf } from '../../domain/volunteers/seats';
import { monthOf } from '../../domain/volunteers/hours';
import { activityDetailOf } from './activities';
import { placeInfoOf } from '../members/places/place-store';
import { activityCounts, tally } from './tallies';
import { requireActivityManager } from './access';
import { ACTIVITIES, signupIdOf, SIGNUPS, type ActivityDoc, type SignupDoc } from './docs';
import { getActivity } from './reads';

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
    await ctx.deps.notifier.notify({
      to: s.openid,
      template: 'activitySignup',
      page: `${PAGES.volunteerActivity}?id=${activity._id}`,
      data: { thing1: activity.title, phrase2: phrase, date3: new Date(activity.startAt) },
    });
  }
};

const sameTime = (a: Date | string, b: Date | string) => new Date(a).getTime() === new Date(b).getTime();

/**
 * Runs `work` in ONE small transaction over the activity document and its audit entry. Sign-up documents
 * are never written inside it (up to 700 of them would outgrow CloudBase's transaction limits): their
 * copies follow in syncCopies, and promoted members' statuses in promote(), both after the commit.
 */
const changeActivity = <T>(ctx: ActionContext, activityId: string, work: (tx: Transaction, before: ActivityDoc) => Promise<T>): Promise<T> =>
  inTransaction(ctx.deps.db, async (tx) => work(tx, await getActivity(tx, activityId)));

/**
 * Sign-up documents the ledger has seated but that still say 候补: the members this change promoted, or an
 * earlier call promoted and died before writing (a retry of the same request finishes it).
 */
const promote = async (ctx: ActionContext, activity: ActivityDoc, people: SignupDoc[]): Promise<SignupDoc[]> => {
  const next = activity.needsApproval ? ('pending' as const) : ('confirmed' as const);
  const lagging = people.filter((s) => s.status === 'waiting' && activity.holders?.[s.memberId]);
  for (const s of lagging) checked(await ctx.deps.db.collection(SIGNUPS).doc(s._id).update({ status: next, updatedAt: ctx.now }));
  return lagging.map((s) => ({ ...s, status: next }));
};

const EDITABLE = ['title', 'description', 'field', 'place', 'capacity', 'startAt', 'endAt', 'deadline'] as const;

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
  const chosen = input.placeId ? await placeInfoOf(db, input.placeId) : undefined;
  const result = await changeActivity(ctx, input.activityId, async (tx, before) => {
    requireNotStarted(before, ctx.now);
    if (input.capacity < before.taken) {
      throw new AppError('CAPACITY_BELOW_TAKEN', { capacity: `已有${before.taken}人报名，人数上限不能少于${before.taken}` });
    }
    const freed = Math.max(0, input.capacity - before.taken);
    const promotedIds = before.waiting.slice(0, freed);
    const fields = {
      title: input.title, description: input.description, field: input.field, place: input.place, capacity: input.capacity,
      startAt, endAt: new Date(input.endAt), deadline: new Date(input.deadline),
    };
    const was: Record<string, unknown> = {};
    const now: Record<string, unknown> = {};
    for (const k of EDITABLE) {
      const a = before[k];
      const b = fields[k];
      if (a instanceof Date || b instanceof Date ? !sameTime(a as Date, b as Date) : a !== b) {
        was[k] = a;
        now[k] = b;
      }
    }
    // A newly chosen place replaces the copy; the old copy stays only while the place's name is unchanged.
    const placeInfo = chosen ?? (before.placeInfo?.name === input.place ? before.placeInfo : undefined);
    const placeMoved = JSON.stringify(placeInfo) !== JSON.stringify(before.placeInfo);
    if (placeMoved) {
      was.placeInfo = before.placeInfo ?? null;
      now.placeInfo = placeInfo ?? null;
    }
    // The same request again (after a lost answer or a call that died past its commit) changes nothing more.
    if (Object.keys(now).length === 0 && promotedIds.length === 0) return { before, after: before };
    const change = {
      ...fields, month: monthOf(startAt),
      taken: before.taken + promotedIds.length, waiting: before.waiting.slice(promotedIds.length),
      holders: { ...(before.holders ?? {}), ...holdersOf(promotedIds) }, copyRevision: (before.copyRevision ?? 0) + 1,
    };
    // `holders` is written whole: one transaction on one document, so a sign-up racing it conflicts and retries.
    checked(await tx.collection(ACTIVITIES).doc(before._id).update({
      ...change, holders: db.command.set(change.holders), ...(placeMoved ? { placeInfo: placeInfo ? db.command.set(placeInfo) : db.command.remove() } : {}),
    }));
    if (promotedIds.length) now.promoted = promotedIds;
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'volunteer_activity', id: before._id }, was, now)));
    // A new month or field moves the activity's count to its new cell (its sign-ups have no minutes yet).
    await tally(db, tx, activityCounts(before), activityCounts({ ...before, ...change }));
    return { before, after: { ...before, ...change, placeInfo } };
  });
  const { before, after } = result;
  await syncCopies(db, after);
  const people = await peopleOf(ctx, after._id);
  const promoted = await promote(ctx, after, people);
  const moved = !sameTime(before.startAt, after.startAt) || !sameTime(before.endAt, after.endAt) || before.place !== after.place;
  const promotedSet = new Set(promoted.map((p) => p.memberId));
  if (moved) await tell(ctx, people.filter((s) => !promotedSet.has(s.memberId)), after, '安排有变');
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
  const after = await changeActivity(ctx, input.activityId, async (tx, before) => {
    // The same request again finishes the sign-ups' marks below; another cancellation is refused.
    if (before.cancelled && before.cancelReason === input.reason) return before;
    requireNotStarted(before, ctx.now);
    const change = { cancelled: true, cancelReason: input.reason, cancelledAt: ctx.now, copyRevision: (before.copyRevision ?? 0) + 1 };
    // From this commit on the ledger refuses sign-ups (seat-ledger.ts conditions on cancelled: false).
    checked(await tx.collection(ACTIVITIES).doc(before._id).update(change));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(
      ctx, { type: 'volunteer_activity', id: before._id }, { cancelled: false },
      { cancelled: true, reason: input.reason, seatsTaken: before.taken, waiting: before.waiting.length },
    )));
    await tally(db, tx, activityCounts(before), activityCounts({ ...before, ...change }));
    return { ...before, ...change };
  });
  // Every sign-up is then marked as called off, so 我的志愿 shows 已取消 for all of them.
  await syncCopies(db, after);
  await tell(ctx, await peopleOf(ctx, after._id), after, '活动已取消');
  const mine = ctx.caller.member ? await readDoc<SignupDoc>(db, SIGNUPS, signupIdOf(after._id, ctx.caller.member._id)) : null;
  return activityDetailOf(ctx, after, mine);
};
