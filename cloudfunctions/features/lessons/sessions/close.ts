import { COLLECTIONS } from '../../../contract/collections';
import { ATTENDED } from '../../../contract/session-model';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import { checked, inTransaction, readDoc } from '../../../platform/database';
import type { ActionContext, Handler } from '../../../platform/routes';
import { requireUploads } from '../../../platform/uploaded-files';
import { chinaMonth } from '../../../domain/lessons/month';
import { progressId, type ProgressDoc, type StudyRecordDoc } from '../store';
import { ensureTallies, tallyStudy } from '../tallies';
import {
  getSession, offlineRecordId, requireRun, SESSION_SIGNUPS, SESSIONS, toSessionView, type SessionDoc, type SessionSignupDoc,
} from './store';

/** Attendees recorded at once while closing: enough to finish a full 院坝 well inside a function's lifetime. */
const RECORDING_LANES = 8;

const attendeesOf = async (ctx: ActionContext, sessionId: string): Promise<SessionSignupDoc[]> => {
  const { db } = ctx.deps;
  const { data } = await db.collection(SESSION_SIGNUPS).where({ sessionId, status: db.command.in(['signed', 'walkin']) }).limit(1000).get();
  return (data as SessionSignupDoc[]).filter((r) => r.attendance && ATTENDED.includes(r.attendance));
};

/**
 * One attendee's 人次: the study record of kind `offline`, its tally, and the linked lessons counted as
 * studied — one small transaction per attendee. The record's id is derived from session and member, so a
 * repeat finds it and does nothing: closing can be resumed and retried without counting anyone twice.
 */
const recordAttendee = async (ctx: ActionContext, s: SessionDoc, r: SessionSignupDoc): Promise<void> => {
  const { db } = ctx.deps;
  // Studied when it was held: at the scheduled start, or at the close if it was held earlier than planned.
  const studiedAt = new Date(Math.min(new Date(s.startAt).getTime(), new Date(s.closedAt ?? ctx.now).getTime()));
  const firstCategory = s.lessonCategories.find((c) => !!c) ?? undefined;
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
  await inTransaction(db, async (tx) => {
    if (await readDoc<StudyRecordDoc>(tx, COLLECTIONS.studyRecords, record._id)) return;
    checked(await tx.collection(COLLECTIONS.studyRecords).add(record));
    await tallyStudy(db, tx, record);
    for (const lessonId of s.lessonIds) {
      const pid = progressId(r.memberId, lessonId);
      const p = await readDoc<ProgressDoc>(tx, COLLECTIONS.lessonProgress, pid);
      if (!p) {
        const fresh: ProgressDoc = {
          _id: pid, memberId: r.memberId, lessonId, branchId: s.branchId, estimatedMinutes: 1, studied: true, studiedAt, studiedKind: 'offline',
        };
        checked(await tx.collection(COLLECTIONS.lessonProgress).add(fresh));
      } else if (!p.studied) {
        checked(await tx.collection(COLLECTIONS.lessonProgress).doc(pid).update({ studied: true, studiedAt, studiedKind: 'offline' }));
      }
    }
  });
};

/** Every attendee of a closed session recorded, RECORDING_LANES at a time. */
const recordAttendance = async (ctx: ActionContext, s: SessionDoc): Promise<void> => {
  const attended = await attendeesOf(ctx, s._id);
  const heldAt = new Date(Math.min(new Date(s.startAt).getTime(), new Date(s.closedAt ?? ctx.now).getTime()));
  await ensureTallies(ctx.deps.db, attended.map((r) => ({ memberId: r.memberId, branchId: s.branchId, month: chinaMonth(heldAt) })));
  let next = 0;
  const lane = async () => {
    while (next < attended.length) await recordAttendee(ctx, s, attended[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(RECORDING_LANES, attended.length) }, lane));
};

/**
 * Closing: minutes, attendee count and photos, then everyone marked 出席 or 迟到 gets one study record of
 * kind `offline` (one 人次 per session) and the linked lessons count as studied for them.
 * Two steps, because one transaction over a whole 院坝 (a record, a tally and progress per attendee) would
 * outgrow CloudBase's transaction lifetime: first the session's change and its audit entry in ONE small
 * transaction — from then on no mark can change — guarded by the session's `version` (a mark that slipped
 * in after the roster was read makes the close start over); then the attendees, one small idempotent
 * transaction each. The same close sent again finishes the second step, so a call that died half way is
 * completed by a retry.
 */
export const close: Handler<'sessions.close'> = async (ctx, input) => {
  const { db } = ctx.deps;
  // Photos: files of this environment under sessions/, really stored (one storage call).
  await requireUploads(ctx.deps.files, input.photoFileIds, 'sessionPhoto', 'photoFileIds');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const seen = await getSession(db, input.sessionId);
    requireRun(ctx.caller, seen);
    // The same close again (same minutes): finish recording. Any other change to a closed session is refused.
    if (seen.status === 'closed' && seen.minutes === input.minutes) {
      await recordAttendance(ctx, seen);
      return toSessionView(ctx.caller, seen, null);
    }
    if (seen.status !== 'attendance') throw new AppError('INVALID_STATE');
    const attended = await attendeesOf(ctx, seen._id);
    const closed = await inTransaction(db, async (tx) => {
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
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(
        ctx, { type: 'study_session', id: s._id }, { status: s.status },
        { status: 'closed', attendeeCount: change.attendeeCount, markedCount: change.markedCount, photos: input.photoFileIds.length },
      )));
      return { ...s, ...change };
    });
    if (closed) {
      await recordAttendance(ctx, closed);
      return toSessionView(ctx.caller, closed, null);
    }
  }
  throw new AppError('CONFLICT');
};
