import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import { checked, inTransaction, readDoc } from '../../../platform/database';
import { pageWindow, toPage } from '../../../platform/paging';
import { requireMember, type Handler } from '../../../platform/routes';
import { checkInCode } from '../../../domain/lessons/seats';
import { sessionDayReached, sessionDayText } from '../../../domain/lessons/session-day';
import { wrongCodeWords } from '../../../domain/attendance/code-tries';
import {
  getSession, requireRun, requireSee, SESSION_SIGNUPS, SESSIONS, signupIdOf, toRosterRow, toSessionView, type SessionSignupDoc,
} from './store';

/** Wrong codes a member may type before only the secretary can mark them. */
export const MAX_CODE_FAILURES = 5;

/**
 * The secretary opens attendance: a fresh 4-digit code to show; sign-up and cancel stop. Only from the
 * session's own day (China time) on, so a stray tap days before cannot close sign-up. Audited.
 */
export const openAttendance: Handler<'sessions.openAttendance'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const session = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    if (s.status === 'attendance') return s; // a second tap shows the same code
    if (s.status !== 'scheduled') throw new AppError('INVALID_STATE');
    if (!sessionDayReached(s.startAt, ctx.now)) {
      throw new AppError('SESSION_NOT_TODAY', { sessionId: `这次小讲堂在${sessionDayText(s.startAt)}，那天才能开始签到` });
    }
    const change = { status: 'attendance' as const, code: checkInCode(Math.random), openedAt: ctx.now, updatedAt: ctx.now, version: s.version + 1 };
    checked(await tx.collection(SESSIONS).doc(s._id).update(change));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'study_session', id: s._id }, { status: s.status }, { status: 'attendance' })));
    return { ...s, ...change };
  });
  return toSessionView(ctx.caller, session, null, ctx.now);
};

/**
 * Undo 开始签到 (opened by mistake, or too early): sign-up opens again and the code is withdrawn, but
 * only while nobody is on the attendance record (no code typed, no hand mark, no walk-in). Every
 * attendance change moves the session's version inside its transaction, so a check-in racing this undo
 * makes one of the two start again. Audited.
 */
export const reopenSignup: Handler<'sessions.reopenSignup'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const session = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    if (s.status === 'scheduled') return s; // a second tap: already open for sign-up
    if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
    if (s.attendanceTaken) throw new AppError('SESSION_ATTENDANCE_STARTED');
    const change = { status: 'scheduled' as const, updatedAt: ctx.now, version: s.version + 1 };
    checked(await tx.collection(SESSIONS).doc(s._id).update({ ...change, code: db.command.remove(), openedAt: db.command.remove() }));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'study_session', id: s._id }, { status: s.status }, { status: 'scheduled' })));
    const { code: _code, openedAt: _openedAt, ...rest } = s;
    return { ...rest, ...change };
  });
  return toSessionView(ctx.caller, session, null, ctx.now);
};

/** A signed-up member who is there types the code: 出席. Five wrong codes and only the secretary can mark them. */
export const checkIn: Handler<'sessions.checkIn'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, member._id);
  const answer = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireSee(ctx.caller, s);
    const signup = await readDoc<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    if (!signup || signup.status !== 'signed') throw new AppError('SESSION_NOT_SIGNED_UP');
    if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
    if (signup.checkedInAt) return { session: s, signup, wrong: 0 };
    if (signup.codeFailures >= MAX_CODE_FAILURES) throw new AppError('SESSION_TOO_MANY_WRONG_CODES');
    if (input.code !== s.code) {
      // Read and counted inside the transaction: the tries left are the stored count, not a guess.
      const failures = signup.codeFailures + 1;
      checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ codeFailures: failures, updatedAt: ctx.now }));
      return { session: s, signup, wrong: failures };
    }
    // A hand mark the secretary already made (e.g. 迟到) stands; the code only fills in an empty one.
    const change = { checkedInAt: ctx.now, attendance: signup.attendance ?? ('present' as const), updatedAt: ctx.now };
    checked(await tx.collection(SESSION_SIGNUPS).doc(id).update(change));
    checked(await tx.collection(SESSIONS).doc(s._id).update({ version: s.version + 1, attendanceTaken: true }));
    return { session: { ...s, version: s.version + 1, attendanceTaken: true }, signup: { ...signup, ...change }, wrong: 0 };
  });
  // The failure count is committed before the refusal is answered (a throw would roll it back).
  if (answer.wrong) throw new AppError('SESSION_WRONG_CODE', { code: wrongCodeWords(answer.wrong, MAX_CODE_FAILURES, '书记') });
  return toSessionView(ctx.caller, answer.session, answer.signup);
};

/** Who signed up (also those who cancelled, shown as such), in sign-up order, with attendance. */
export const roster: Handler<'sessions.roster'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const session = await getSession(db, input.sessionId);
  requireRun(ctx.caller, session);
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(SESSION_SIGNUPS).where({ sessionId: session._id }).orderBy('signedAt', 'asc').skip(skip).limit(limit).get();
  return toPage(data as SessionSignupDoc[], input, toRosterRow);
};

/** The secretary marks a signed-up member 出席 / 迟到 / 请假 / 缺席 by hand while attendance is open. Audited. */
export const mark: Handler<'sessions.mark'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, input.memberId);
  const row = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
    const signup = await readDoc<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    if (!signup || signup.status === 'cancelled') throw new AppError('SESSION_NOT_SIGNED_UP');
    if (signup.attendance === input.attendance) return signup;
    checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ attendance: input.attendance, updatedAt: ctx.now }));
    // Moving the session's version makes a close (or an undo of 开始签到) that read before this mark start again.
    checked(await tx.collection(SESSIONS).doc(s._id).update({ version: s.version + 1, attendanceTaken: true }));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'session_signup', id }, { attendance: signup.attendance ?? null }, { attendance: input.attendance }),
    ));
    return { ...signup, attendance: input.attendance };
  });
  return toRosterRow(row);
};

