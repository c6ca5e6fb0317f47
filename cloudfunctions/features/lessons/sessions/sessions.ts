import { COLLECTIONS } from '../../../contract/collections';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import { actDone } from '../../../platform/helper-acts';
import { checked, inTransaction, readDoc } from '../../../platform/database';
import { pageWindow, toPage } from '../../../platform/paging';
import { requireMember, type ActionContext, type Handler } from '../../../platform/routes';
import { getBranch } from '../../members/branches/branch-store';
import { placeInfoOf } from '../../members/places/place-store';
import { leaveSessionSeat, takeSessionSeat } from './seats';
import { urlsFor, type LessonDoc } from '../store';
import {
  getSession, requireSee, SESSION_SIGNUPS, SESSIONS, signupIdOf, toSessionView, type SessionDoc, type SessionSignupDoc,
} from './store';
import { holds, STAFF } from '../../../contract/roles';

/** The caller's sign-ups for a page of sessions, in one read. */
const mineFor = async (ctx: ActionContext, sessions: SessionDoc[]): Promise<Map<string, SessionSignupDoc>> => {
  const me = ctx.caller.member?._id;
  if (!me || sessions.length === 0) return new Map();
  const ids = sessions.map((s) => signupIdOf(s._id, me));
  const { data } = await ctx.deps.db.collection(SESSION_SIGNUPS).where({ _id: ctx.deps.db.command.in(ids) }).limit(ids.length).get();
  return new Map((data as SessionSignupDoc[]).map((d) => [d.sessionId, d]));
};

/** A secretary schedules a 院坝小讲堂 for the branch they run; linked lessons must be published and visible there. */
export const schedule: Handler<'sessions.schedule'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const branchId = member.secretaryOf;
  if (!branchId) throw new AppError('FORBIDDEN');
  const startAt = new Date(input.startAt);
  if (startAt.getTime() < ctx.now.getTime() - 3600 * 1000) throw new AppError('VALIDATION_FAILED', { startAt: '开始时间不能早于现在' });
  const [branch, placeInfo] = await Promise.all([getBranch(db, branchId), input.placeId ? placeInfoOf(db, input.placeId) : undefined]);
  const unique = [...new Set(input.lessonIds)];
  let lessons: LessonDoc[] = [];
  if (unique.length) {
    const { data } = await db.collection(COLLECTIONS.lessons).where({ _id: db.command.in(unique) }).limit(unique.length).get();
    const byId = new Map((data as LessonDoc[]).map((l) => [l._id, l]));
    lessons = unique.map((id) => {
      const l = byId.get(id);
      if (!l || l.status !== 'published' || (l.audience !== 'county' && l.branchId !== branchId)) {
        throw new AppError('NOT_FOUND', { lessonIds: '有一课没有找到，或还没有发布' });
      }
      return l;
    });
  }
  const doc: Omit<SessionDoc, '_id'> = {
    topic: input.topic,
    lessonIds: lessons.map((l) => l._id),
    lessonTitles: lessons.map((l) => l.title),
    lessonCategories: lessons.map((l) => l.category ?? null),
    startAt,
    place: input.place,
    ...(placeInfo ? { placeInfo } : {}),
    organiser: { name: member.name, ...(member.phone ? { phone: member.phone } : {}) },
    capacity: input.capacity,
    taken: 0,
    holders: {},
    status: 'scheduled',
    branchId,
    branchName: branch.name,
    version: 0,
    createdBy: member._id,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  const saved = await inTransaction(db, async (tx) => {
    const added = checked(await tx.collection(SESSIONS).add(doc)) as { id: string };
    const full = { ...doc, _id: added.id };
    const after = { topic: doc.topic, startAt: doc.startAt, place: doc.place, capacity: doc.capacity, lessonIds: doc.lessonIds };
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'study_session', id: added.id }, null, after)));
    return full;
  });
  return toSessionView(ctx.caller, saved, null, ctx.now);
};

/** My branch's sessions: upcoming (still open or taking attendance) soonest first, or past ones newest first. */
export const list: Handler<'sessions.list'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const _ = db.command;
  const { skip, limit } = pageWindow(input);
  const upcoming = input.when === 'upcoming';
  const { data } = await db
    .collection(SESSIONS)
    .where({ branchId: member.branchId, status: upcoming ? _.in(['scheduled', 'attendance', 'cancelled']) : 'closed' })
    .orderBy('startAt', upcoming ? 'asc' : 'desc')
    .skip(skip)
    .limit(limit)
    .get();
  const rows = data as SessionDoc[];
  const mine = await mineFor(ctx, rows.slice(0, input.pageSize));
  return toPage(rows, input, (s) => toSessionView(ctx.caller, s, mine.get(s._id) ?? null, ctx.now));
};

/** The sessions a secretary runs (their branch), or, for staff, a branch's; newest first. */
export const manage: Handler<'sessions.manage'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  let branchId: string | undefined;
  if (holds(ctx.caller.roles, STAFF)) branchId = input.branchId ?? member.secretaryOf ?? member.branchId;
  else {
    if (!member.secretaryOf || (input.branchId && input.branchId !== member.secretaryOf)) throw new AppError('FORBIDDEN');
    branchId = member.secretaryOf;
  }
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(SESSIONS).where({ branchId }).orderBy('startAt', 'desc').skip(skip).limit(limit).get();
  return toPage(data as SessionDoc[], input, (s) => toSessionView(ctx.caller, s, null, ctx.now));
};

export const get: Handler<'sessions.get'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [session, mine] = await Promise.all([
    getSession(db, input.sessionId),
    readDoc<SessionSignupDoc>(db, SESSION_SIGNUPS, signupIdOf(input.sessionId, member._id)),
  ]);
  requireSee(ctx.caller, session);
  // The close's photos, as temporary URLs (none when storage is unreachable: the words never depend on them).
  const urls = session.photoFileIds?.length ? await urlsFor(ctx.deps.files, session.photoFileIds) : {};
  const photoUrls = (session.photoFileIds ?? []).map((id) => urls[id]).filter((u): u is string => !!u);
  return { ...toSessionView(ctx.caller, session, mine, ctx.now), ...(photoUrls.length ? { photoUrls } : {}) };
};

/**
 * 报名: one conditional update of the session's seat ledger (seats.ts), then the member's sign-up
 * document follows (a plain write of one document, repaired by the next tap if a call died in between).
 * However many tap at once, seats never exceed the capacity, and a member's repeated taps hold one seat.
 */
export const signUp: Handler<'sessions.signUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, member._id);
  const [first, existing] = await Promise.all([getSession(db, input.sessionId), readDoc<SessionSignupDoc>(db, SESSION_SIGNUPS, id)]);
  if (first.branchId !== member.branchId) throw new AppError('NOT_FOUND');
  const { session } = await takeSessionSeat(db, first, member._id);
  if (existing?.status === 'signed') {
    // The resend of the request that signed up (it died before recording the helper's act) records it now,
    // under the same id, once; any other tap on a seat already held did nothing, so records nothing.
    if (existing.signedBy === ctx.requestId) await actDone(ctx, 'sessionSignup', { id: session._id, title: session.topic });
    return toSessionView(ctx.caller, session, existing, ctx.now);
  }
  const fresh = { status: 'signed' as const, codeFailures: 0, signedAt: ctx.now, signedBy: ctx.requestId, updatedAt: ctx.now };
  const signup: SessionSignupDoc = {
    _id: id, sessionId: session._id, memberId: member._id, memberName: member.name, branchId: member.branchId, startAt: session.startAt,
    ...(existing ?? {}), ...fresh,
  };
  const { _id, ...rest } = signup;
  checked(await db.collection(SESSION_SIGNUPS).doc(_id).set(rest));
  await actDone(ctx, 'sessionSignup', { id: session._id, title: session.topic });
  return toSessionView(ctx.caller, session, signup, ctx.now);
};

/** 取消报名 frees the seat in the ledger, then the sign-up says so; only while the session still takes sign-ups. */
export const cancel: Handler<'sessions.cancel'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, member._id);
  const [first, signup] = await Promise.all([getSession(db, input.sessionId), readDoc<SessionSignupDoc>(db, SESSION_SIGNUPS, id)]);
  requireSee(ctx.caller, first);
  if (signup?.status === 'cancelled' && signup.cancelledBy === ctx.requestId) {
    // This very request cancelled it and its answer was lost: the same answer, and the act recorded once.
    await actDone(ctx, 'sessionCancel', { id: first._id, title: first.topic });
    return toSessionView(ctx.caller, first, signup, ctx.now);
  }
  if (!signup || signup.status !== 'signed') throw new AppError('SESSION_NOT_SIGNED_UP');
  if (first.status !== 'scheduled') throw new AppError('SESSION_SIGNUP_CLOSED');
  const { session } = await leaveSessionSeat(db, first, member._id);
  checked(await db.collection(SESSION_SIGNUPS).doc(id).update({ status: 'cancelled', cancelledBy: ctx.requestId, updatedAt: ctx.now }));
  await actDone(ctx, 'sessionCancel', { id: session._id, title: session.topic });
  return toSessionView(ctx.caller, session, { ...signup, status: 'cancelled' }, ctx.now);
};
