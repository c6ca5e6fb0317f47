import { requireSameBranch } from '../../../platform/scope';
import { COLLECTIONS } from '../../../contract/collections';
import { PAGES } from '../../../contract/pages';
import { AppError } from '../../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import type { MemberDoc } from '../../../platform/caller';
import { checked, inTransaction, readDoc } from '../../../platform/database';
import type { Handler } from '../../../platform/routes';
import {
  getSession, requireRun, SESSION_SIGNUPS, SESSIONS, signupIdOf, toRosterRow, toSessionView, type SessionSignupDoc,
} from './store';

const MAX_TOLD = 500;

/**
 * The secretary cancels a scheduled session: it becomes `cancelled` (sign-up and cancel stop, as they
 * check for `scheduled`), with the reason, audited in the same transaction. Then everyone signed up is
 * told — after the commit, and a notifier failure never undoes the cancel (the notifier never throws).
 */
export const cancelSession: Handler<'sessions.cancelSession'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const session = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    if (s.status !== 'scheduled') throw new AppError('INVALID_STATE');
    const change = { status: 'cancelled' as const, cancelReason: input.reason, cancelledAt: ctx.now, updatedAt: ctx.now, version: s.version + 1 };
    checked(await tx.collection(SESSIONS).doc(s._id).update(change));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'study_session', id: s._id }, { status: s.status }, { status: 'cancelled', reason: input.reason, signedUp: s.taken }),
    ));
    return { ...s, ...change };
  });

  const _ = db.command;
  const { data } = await db.collection(SESSION_SIGNUPS).where({ sessionId: session._id, status: 'signed' }).limit(MAX_TOLD).get();
  const ids = (data as SessionSignupDoc[]).map((r) => r.memberId);
  let notified = 0;
  if (ids.length) {
    const members = (await db.collection(COLLECTIONS.members).where({ _id: _.in(ids) }).limit(ids.length).get()).data as MemberDoc[];
    for (const m of members) {
      await ctx.deps.notifier.notify({
        to: m.openid,
        template: 'sessionChange',
        page: `${PAGES.studySession}?id=${session._id}`,
        data: { thing1: session.topic, time2: new Date(session.startAt), thing3: `已取消：${input.reason}` },
      });
      notified += 1;
    }
  }
  return { ...toSessionView(ctx.caller, session, null), notified };
};

/**
 * A walk-in: a member who is there but did not sign up, added by the secretary while marking
 * attendance. A walk-in is attendance, not a sign-up: it takes no seat (`taken` and capacity are about
 * promises made before the day), so it is allowed even when the session is full. It is a roster row
 * with status `walkin`, counted at the close like 出席/迟到. Audited.
 */
export const addWalkIn: Handler<'sessions.addWalkIn'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const member = await readDoc<MemberDoc>(db, COLLECTIONS.members, input.memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND');
  const id = signupIdOf(input.sessionId, member._id);
  const row = await inTransaction(db, async (tx) => {
    const s = await getSession(tx, input.sessionId);
    requireRun(ctx.caller, s);
    requireSameBranch('sessions.addWalkIn', 'memberId', member, s.branchId, 'MEMBER_NOT_IN_BRANCH');
    if (s.status !== 'attendance') throw new AppError('INVALID_STATE');
    const existing = await readDoc<SessionSignupDoc>(tx, SESSION_SIGNUPS, id);
    // Signed up after all, or already added: the mark is all that changes.
    if (existing && existing.status !== 'cancelled') {
      if (existing.attendance === input.attendance) return existing;
      checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ attendance: input.attendance, updatedAt: ctx.now }));
    } else if (existing) {
      checked(await tx.collection(SESSION_SIGNUPS).doc(id).update({ status: 'walkin', attendance: input.attendance, updatedAt: ctx.now }));
    } else {
      const doc: SessionSignupDoc = {
        _id: id, sessionId: s._id, memberId: member._id, memberName: member.name, branchId: member.branchId, startAt: s.startAt,
        status: 'walkin', attendance: input.attendance, codeFailures: 0, signedAt: ctx.now, updatedAt: ctx.now,
      };
      checked(await tx.collection(SESSION_SIGNUPS).add(doc));
    }
    // Moving the version makes a close (or an undo of 开始签到) that read the roster before this start again.
    checked(await tx.collection(SESSIONS).doc(s._id).update({ version: s.version + 1, attendanceTaken: true }));
    checked(await tx.collection(AUDIT_COLLECTION).add(
      auditEntry(ctx, { type: 'session_signup', id }, { status: existing?.status ?? null }, { status: existing?.status === 'signed' ? 'signed' : 'walkin', attendance: input.attendance }),
    ));
    const base = existing ?? ({ _id: id, memberId: member._id, memberName: member.name, signedAt: ctx.now } as SessionSignupDoc);
    return { ...base, status: existing?.status === 'signed' ? ('signed' as const) : ('walkin' as const), attendance: input.attendance };
  });
  return toRosterRow(row);
};
