import { COLLECTIONS } from '../../contract/collections';
import { ATTENDED } from '../../contract/session-model';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { requireUploads } from '../../platform/uploaded-files';
import { chinaMonth } from '../../domain/lessons/month';
import { checkInCode } from '../../domain/lessons/seats';
import { progressId, type ProgressDoc, type StudyRecordDoc } from './store';
import { ensureTallies, tallyStudy } from './tallies';
import {
  getSession, offlineRecordId, readOne, requireRun, requireSee, SESSION_SIGNUPS, SESSIONS, signupIdOf, toRosterRow, toSessionView,
  type SessionSignupDoc,
} from './sessions-store';

/** Wrong codes a member may type before only the secretary can mark them. */
export const MAX_CODE_FAILURES = 5;

/** The secretary opens attendance: a fresh 4-digit code to show; sign-up and cancel stop. Audited. */
export const openAttendance: Handler<'sessions.openAttendance'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const session = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    if (s.status === 'attendance') return s; // a second tap shows the same code
    if (s.status !== 'scheduled') throw new AppError('INVALID_STATE');
    const change = { status: 'attendance' as const, code: checkInCode(Math.random), openedAt: ctx.now, updatedAt: ctx.now, version: s.version + 1 };
    checked(await tx.collection(SESSIONS).doc(s._id).update(change));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'study_session', id: s._id }, { status: s.status }, { status: 'attendance' })));
    return { ...s, ...change };
  });
  return toSessionView(ctx.caller, session, null);
};

/** A signed-up member who is there types the code: 出席. Five wrong codes and only the secretary can mark them. */
export const checkIn: Handler<'sessions.checkIn'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const id = signupIdOf(input.sessionId, member._id);
  const answer = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireSee(ctx.caller, s);
    const signup = await readOne<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    if (!signup || signup.status !== 'signed') throw new AppError('SESSION_NOT_SIGNED_UP');
    if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
    if (signup.checkedInAt) return { session: s, signup, wrong: false };
    if (signup.codeFailures >= MAX_CODE_FAILURES) throw new AppError('SESSION_TOO_MANY_WRONG_CODES');
    if (input.code !== s.code) {
      checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ codeFailures: signup.codeFailures + 1, updatedAt: ctx.now }));
      return { session: s, signup, wrong: true };
    }
    // A hand mark the secretary already made (e.g. 迟到) stands; the code only fills in an empty one.
    const change = { checkedInAt: ctx.now, attendance: signup.attendance ?? ('present' as const), updatedAt: ctx.now };
    checked(await tx.collection(SESSION_SIGNUPS).doc(id).update(change));
    checked(await tx.collection(SESSIONS).doc(s._id).update({ version: s.version + 1 }));
    return { session: { ...s, version: s.version + 1 }, signup: { ...signup, ...change }, wrong: false };
  });
  // The failure count is committed before the refusal is answered (a throw would roll it back).
  if (answer.wrong) throw new AppError('SESSION_WRONG_CODE', { code: '签到码不对' });
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
    const signup = await readOne<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    if (!signup || signup.status === 'cancelled') throw new AppError('SESSION_NOT_SIGNED_UP');
    if (signup.attendance === input.attendance) return signup;
    checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ attendance: input.attendance, updatedAt: ctx.now }));
    // Moving the session's version makes a close that read the roster before this mark start again.
    checked(await tx.collection(SESSIONS).doc(s._id).update({ version: s.version + 1 }));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'session_signup', id }, { attendance: signup.attendance ?? null }, { attendance: input.attendance }),
    ));
    return { ...signup, attendance: input.attendance };
  });
  return toRosterRow(row);
};

/**
 * Closing: minutes, attendee count and photos; everyone marked 出席 or 迟到 gets one study record of
 * kind `offline` (one 人次 per session), and the linked lessons count as studied for them — all in one
 * transaction with the session's change and its audit entry. The roster is read before the transaction
 * (transactions read documents by id only); the session's `version` proves no mark slipped in between,
 * else the close starts over.
 */
export const close: Handler<'sessions.close'> = async (ctx, input) => {
  const { db } = ctx.deps;
  // Photos: files of this environment under sessions/, really stored (one storage call).
  await requireUploads(ctx.deps.files, input.photoFileIds, 'sessionPhoto', 'photoFileIds');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const seen = await getSession(db, input.sessionId);
    requireRun(ctx.caller, seen);
    if (seen.status !== 'attendance') throw new AppError('INVALID_STATE');
    const { data } = await db.collection(SESSION_SIGNUPS).where({ sessionId: seen._id, status: db.command.in(['signed', 'walkin']) }).limit(1000).get();
    const attended = (data as SessionSignupDoc[]).filter((r) => r.attendance && ATTENDED.includes(r.attendance));
    const heldAt = new Date(Math.min(new Date(seen.startAt).getTime(), ctx.now.getTime()));
    await ensureTallies(db, attended.map((r) => ({ memberId: r.memberId, branchId: seen.branchId, month: chinaMonth(heldAt) })));
    const result = await inTransaction(db, async (tx) => {
      const s = await getSession(tx, input.sessionId);
      if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
      if (s.version !== seen.version) return null;
      const change = {
        status: 'closed' as const,
        minutes: input.minutes,
        attendeeCount: input.attendeeCount ?? attended.length,
        markedCount: attended.length,
        photoFileIds: input.photoFileIds,
        closedAt: ctx.now,
        updatedAt: ctx.now,
        version: s.version + 1,
      };
      checked(await tx.collection(SESSIONS).doc(s._id).update(change));
      // Studied when it was held: at the scheduled start, or at the close if it was held earlier than planned.
      const studiedAt = new Date(Math.min(new Date(s.startAt).getTime(), ctx.now.getTime()));
      const firstCategory = s.lessonCategories.find((c) => !!c) ?? undefined;
      for (const r of attended) {
        const record: StudyRecordDoc = {
          _id: offlineRecordId(s._id, r.memberId),
          kind: 'offline',
          memberId: r.memberId,
          memberName: r.memberName,
          branchId: s.branchId,
          ...(s.lessonIds[0] ? { lessonId: s.lessonIds[0] } : {}),
          sessionId: s._id,
          title: s.topic,
          ...(firstCategory ? { category: firstCategory } : {}),
          month: chinaMonth(studiedAt),
          studiedAt,
          createdAt: ctx.now,
        };
        checked(await tx.collection(COLLECTIONS.studyRecords).add(record));
        await tallyStudy(db, tx, record);
        for (const lessonId of s.lessonIds) {
          const pid = progressId(r.memberId, lessonId);
          const p = await readOne<ProgressDoc>(tx, COLLECTIONS.lessonProgress, pid);
          if (!p) {
            const fresh: ProgressDoc = {
              _id: pid, memberId: r.memberId, lessonId, branchId: s.branchId, estimatedMinutes: 1, studied: true, studiedAt, studiedKind: 'offline',
            };
            checked(await tx.collection(COLLECTIONS.lessonProgress).add(fresh));
          } else if (!p.studied) {
            checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ studied: true, studiedAt, studiedKind: 'offline' }));
          }
        }
      }
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(
        ctx, { type: 'study_session', id: s._id }, { status: s.status },
        { status: 'closed', attendeeCount: change.attendeeCount, markedCount: change.markedCount, photos: input.photoFileIds.length },
      )));
      return { ...s, ...change };
    });
    if (result) return toSessionView(ctx.caller, result, null);
  }
  throw new AppError('CONFLICT');
};
