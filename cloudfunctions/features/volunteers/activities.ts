import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { makeCheckCode, monthOf } from '../../domain/volunteers/hours';
import { canManageTeam } from '../../domain/volunteers/teams';
import { placeInfoOf } from '../members/places/place-store';
import { activityCounts, tally } from './tallies';
import { isStaffOrAdmin, managesActivity, requireActivityManager } from './access';
import { ACTIVITIES, signupIdOf, SIGNUPS, type ActivityDoc, type SignupDoc } from './docs';
import { getActivity, getTeam } from './reads';
import { toActivityView, toMySignup } from './views';

/** A leader of the team, or staff, post an activity; the check-in code is made here and shown only to them. */
export const postActivity: Handler<'volunteers.postActivity'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [team, placeInfo] = await Promise.all([getTeam(db, input.teamId), input.placeId ? placeInfoOf(db, input.placeId) : undefined]);
  if (!canManageTeam(team, member._id, isStaffOrAdmin(ctx))) throw new AppError('FORBIDDEN');
  const startAt = new Date(input.startAt);
  const deadline = new Date(input.deadline);
  if (startAt.getTime() <= ctx.now.getTime() || deadline.getTime() <= ctx.now.getTime()) {
    throw new AppError('INVALID_STATE', { startAt: '开始时间和报名截止时间都要晚于现在' });
  }
  const doc: Omit<ActivityDoc, '_id'> = {
    teamId: team._id,
    teamName: team.name,
    title: input.title,
    description: input.description,
    field: input.field,
    startAt,
    endAt: new Date(input.endAt),
    deadline,
    place: input.place,
    ...(placeInfo ? { placeInfo } : {}),
    organiser: { name: member.name, ...(member.phone ? { phone: member.phone } : {}) },
    capacity: input.capacity,
    taken: 0,
    holders: {},
    waiting: [],
    needsApproval: input.needsApproval,
    code: makeCheckCode(Math.random),
    cancelled: false,
    month: monthOf(startAt),
    createdBy: member._id,
    createdAt: ctx.now,
  };
  const id = await inTransaction(db, async (tx) => {
    const added = checked(await tx.collection(ACTIVITIES).add(doc)) as { id: string };
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'volunteer_activity', id: added.id }, null, { title: doc.title, capacity: doc.capacity, startAt: doc.startAt }),
    ));
    await tally(db, tx, [], activityCounts(doc));
    return added.id;
  });
  return toActivityView({ ...doc, _id: id }, ctx.now);
};

/** Upcoming: not yet ended, soonest end first. Past: ended, latest first. One read per page. */
export const listActivities: Handler<'volunteers.activities'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const _ = db.command;
  const upcoming = input.when === 'upcoming';
  const filter: Record<string, unknown> = { endAt: upcoming ? _.gt(ctx.now) : _.lte(ctx.now) };
  if (input.teamId) filter.teamId = input.teamId;
  const { skip, limit } = pageWindow(input);
  // A team filter must name a team (a stale id is refused, not answered with no activities); read alongside.
  const [{ data }] = await Promise.all([
    db.collection(ACTIVITIES).where(filter).orderBy('endAt', upcoming ? 'asc' : 'desc').skip(skip).limit(limit).get(),
    input.teamId ? getTeam(db, input.teamId) : null,
  ]);
  return toPage(data as ActivityDoc[], input, (a) => toActivityView(a, ctx.now));
};

/** The detail a member sees: the activity, their own sign-up, and whether they may manage it. */
export const activityDetailOf = async (ctx: ActionContext, activity: ActivityDoc, signup: SignupDoc | null) => {
  const canManage = await managesActivity(ctx, activity);
  return {
    ...toActivityView(activity, ctx.now),
    mine: signup ? toMySignup(signup, activity.waiting) : null,
    canManage,
  };
};

export const getActivityDetail: Handler<'volunteers.activity'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [activity, signup] = await Promise.all([
    getActivity(db, input.activityId),
    readDoc<SignupDoc>(db, SIGNUPS, signupIdOf(input.activityId, member._id)),
  ]);
  return activityDetailOf(ctx, activity, signup);
};

/** The code the leader shows at the place, for members to type in. */
export const checkCode: Handler<'volunteers.checkCode'> = async (ctx, input) => {
  const activity = await getActivity(ctx.deps.db, input.activityId);
  await requireActivityManager(ctx, activity);
  return { code: activity.code, activity: toActivityView(activity, ctx.now) };
};
