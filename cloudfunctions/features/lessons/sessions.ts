import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, isDuplicateWrite } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { getBranch } from '../branches/branch-store';
import { releaseSeat, takeSeat } from '../../domain/lessons/seats';
import { urlsFor, type LessonDoc } from './store';
import {
  getSession, readOne, requireSee, SESSION_SIGNUPS, SESSIONS, signupIdOf, toSessionView,
  type SessionDoc, type SessionSignupDoc,
} from './sessions-store';

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
  const branch = await getBranch(db, branchId);
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
    capacity: input.capacity,
    taken: 0,
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
  return toSessionView(ctx.caller, saved, null);
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
  return toPage(rows, input, (s) => toSessionView(ctx.caller, s, mine.get(s._id) ?? null));
};

/** The sessions a secretary runs (their branch), or, for staff, a branch's; newest first. */
export const manage: Handler<'sessions.manage'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  let branchId: string | undefined;
  if (ctx.caller.roles.has('staff')) branchId = input.branchId ?? member.secretaryOf ?? member.branchId;
  else {
    if (!member.secretaryOf || (input.branchId && input.branchId !== member.secretaryOf)) throw new AppError('FORBIDDEN');
    branchId = member.secretaryOf;
  }
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(SESSIONS).where({ branchId }).orderBy('startAt', 'desc').skip(skip).limit(limit).get();
  return toPage(data as SessionDoc[], input, (s) => toSessionView(ctx.caller, s, null));
};

export const get: Handler<'sessions.get'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [session, mine] = await Promise.all([
    getSession(db, input.sessionId),
    readOne<SessionSignupDoc>(db, SESSION_SIGNUPS, signupIdOf(input.sessionId, member._id)),
  ]);
  requireSee(ctx.caller, session);
  // The close's photos, as temporary URLs (none when storage is unreachable: the words never depend on them).
  const urls = session.photoFileIds?.length ? await urlsFor(ctx.deps.files, session.photoFileIds) : {};
  const photoUrls = (session.photoFileIds ?? []).map((id) => urls[id]).filter((u): u is string => !!u);
  return { ...toSessionView(ctx.caller, session, mine), ...(photoUrls.length ? { photoUrls } : {}) };
};

/**
 * 报名, as ONE transaction over the session document: read the seats, decide, write the count and the
 * sign-up together. Transactions are serializable, so however many members tap at once the seats never
 * exceed the capacity. The sign-up id is derived from session and member (a unique index guards the
 * pair), so a member's repeated taps find their earlier sign-up and hold one seat.
 */
export const signUp: Handler<'sessions.signUp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, member._id);
  try {
    const { session, signup } = await inTransaction(db, async (tx) => {
      const session = await getSession(tx, input.sessionId);
      if (session.branchId !== member.branchId) throw new AppError('NOT_FOUND');
      const existing = await readOne<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
      const seat = takeSeat(session, existing?.status === 'signed', session.status === 'scheduled');
      if (!seat.ok) throw new AppError(seat.reason === 'full' ? 'SESSION_FULL' : 'SESSION_SIGNUP_CLOSED');
      if (existing?.status === 'signed') return { session, signup: existing };
      checked(await tx.collection(SESSIONS).doc(session._id).update({ taken: seat.taken, updatedAt: ctx.now }));
      const fresh = { status: 'signed' as const, codeFailures: 0, signedAt: ctx.now, updatedAt: ctx.now };
      let signup: SessionSignupDoc;
      if (existing) {
        checked(await tx.collection(SESSION_SIGNUPS).doc(id).update(fresh));
        signup = { ...existing, ...fresh };
      } else {
        signup = {
          _id: id, sessionId: session._id, memberId: member._id, memberName: member.name, branchId: member.branchId, startAt: session.startAt, ...fresh,
        };
        checked(await tx.collection(SESSION_SIGNUPS).add(signup));
      }
      return { session: { ...session, taken: seat.taken }, signup };
    });
    return toSessionView(ctx.caller, session, signup);
  } catch (error) {
    // The unique index is the last guard: if it ever fires, the member already holds their seat.
    if (!isDuplicateWrite(error)) throw error;
    const [session, signup] = await Promise.all([getSession(db, input.sessionId), readOne<SessionSignupDoc>(db, SESSION_SIGNUPS, id)]);
    return toSessionView(ctx.caller, session, signup);
  }
};

/** 取消报名 frees the seat, in the same kind of transaction; only while the session is still taking sign-ups. */
export const cancel: Handler<'sessions.cancel'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const id = signupIdOf(input.sessionId, member._id);
  const { session, signup } = await inTransaction(ctx.deps.db, async (tx) => {
    const session = await getSession(tx, input.sessionId);
    requireSee(ctx.caller, session);
    const signup = await readOne<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    if (!signup || signup.status !== 'signed') throw new AppError('SESSION_NOT_SIGNED_UP');
    if (session.status !== 'scheduled') throw new AppError('SESSION_SIGNUP_CLOSED');
    const taken = releaseSeat(session, true);
    checked(await tx.collection(SESSIONS).doc(session._id).update({ taken, updatedAt: ctx.now }));
    checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ status: 'cancelled', updatedAt: ctx.now }));
    return { session: { ...session, taken }, signup: { ...signup, status: 'cancelled' as const } };
  });
  return toSessionView(ctx.caller, session, signup);
};
