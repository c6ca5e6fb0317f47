import { COLLECTIONS } from '../../../contract/collections';
import { AUDIT_COLLECTION, auditEntry } from '../../../platform/audit';
import type { MemberDoc } from '../../../platform/caller';
import { checked, inTransaction, iso, readDoc } from '../../../platform/database';
import { requireMember, type Handler } from '../../../platform/routes';
import { CODES, liveCode, requireDeskRole } from './code-store';

/** The phone's calls: read a scanned code, confirm it (audited), 退出所有电脑 (audited), and the desk's "who am I". */
export const scan: Handler<'desk.scan'> = async (ctx, input) => {
  requireDeskRole(ctx.caller);
  const doc = await liveCode(ctx.deps.db, input.code, ctx.now);
  if (doc.state === 'waiting') {
    // Only for the desk's "已扫码" line: a lost race with confirm changes nothing that matters.
    await ctx.deps.db.collection(CODES).where({ _id: doc._id, state: 'waiting' }).update({ state: 'scanned', scannedAt: ctx.now });
  }
  return {
    code: doc._id,
    requestedAt: iso(doc.requestedAt),
    expiresAt: iso(doc.expiresAt),
    ...(doc.device ? { device: doc.device } : {}),
    ...(doc.sourceIp ? { sourceIp: doc.sourceIp } : {}),
  };
};

export const confirm: Handler<'desk.confirm'> = async (ctx, input) => {
  requireDeskRole(ctx.caller);
  const { member } = requireMember(ctx.caller);
  await inTransaction(ctx.deps.db, async (tx) => {
    const doc = await liveCode(tx, input.code, ctx.now);
    const after = { state: 'confirmed' as const, memberId: member._id, memberEpoch: member.deskEpoch ?? 0, confirmedAt: ctx.now };
    checked(await tx.collection(CODES).doc(doc._id).update(after));
    const audited = { state: 'confirmed', memberId: member._id, requestedAt: doc.requestedAt, device: doc.device ?? null, sourceIp: doc.sourceIp ?? null };
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'desk_login', id: doc._id }, { state: doc.state }, audited)));
  });
  return { confirmed: true as const };
};

export const signOutAll: Handler<'desk.signOutAll'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  await inTransaction(ctx.deps.db, async (tx) => {
    const current = await readDoc<MemberDoc>(tx, COLLECTIONS.members, member._id);
    const before = current?.deskEpoch ?? 0;
    checked(await tx.collection(COLLECTIONS.members).doc(member._id).update({ deskEpoch: before + 1, updatedAt: ctx.now }));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'member', id: member._id }, { deskEpoch: before }, { deskEpoch: before + 1 })));
  });
  return { signedOut: true as const };
};

export const deskMe: Handler<'desk.me'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  return { name: member.name, roles: [...ctx.caller.roles], atDesk: ctx.caller.atDesk === true };
};
