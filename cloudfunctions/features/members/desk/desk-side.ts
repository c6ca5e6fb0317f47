import { AppError } from '../../../platform/app-error';
import { checked, inTransaction, isDuplicateWrite, iso } from '../../../platform/database';
import { makeDeskTicket } from '../../../platform/desk-tickets';
import { deskUid } from '../../../platform/desk-uid';
import type { Handler } from '../../../platform/routes';
import { CODES, codeLifetimeMs, isExpired, newDeskCode, requesterCode, type DeskCodeDoc } from './code-store';

/** The desk's three calls: ask for a code, watch it, redeem it once confirmed on a phone. */
export const requestCode: Handler<'desk.requestCode'> = async (ctx, input) => {
  const expiresAt = new Date(ctx.now.getTime() + codeLifetimeMs());
  // A clash with a live code is one in billions; the unique _id refuses it and a second draw is taken.
  for (let attempt = 0; ; attempt += 1) {
    const doc: DeskCodeDoc = {
      _id: newDeskCode(),
      requester: ctx.caller.openid,
      state: 'waiting',
      requestedAt: ctx.now,
      expiresAt,
      ...(input.device?.trim() ? { device: input.device.trim() } : {}),
      ...(ctx.caller.sourceIp ? { sourceIp: ctx.caller.sourceIp } : {}),
    };
    try {
      checked(await ctx.deps.db.collection(CODES).add(doc));
      return { code: doc._id, expiresAt: iso(expiresAt) };
    } catch (error) {
      if (!isDuplicateWrite(error) || attempt > 0) throw error;
    }
  }
};

export const codeStatus: Handler<'desk.status'> = async (ctx, input) => {
  const doc = await requesterCode(ctx.deps.db, input.code, ctx.caller);
  if (doc.state !== 'used' && isExpired(doc, ctx.now)) throw new AppError('DESK_CODE_EXPIRED');
  return { state: doc.state, expiresAt: iso(doc.expiresAt) };
};

/**
 * confirmed → used in one transaction, so of any number of redemptions at once exactly one commits
 * (the others conflict, are retried, and then find the code used); the ticket is made only after.
 */
export const redeem: Handler<'desk.redeem'> = async (ctx, input) => {
  const db = ctx.deps.db;
  const doc = await inTransaction(db, async (tx) => {
    const found = await requesterCode(tx, input.code, ctx.caller);
    if (found.state === 'used') throw new AppError('DESK_CODE_USED');
    if (isExpired(found, ctx.now)) throw new AppError('DESK_CODE_EXPIRED');
    if (found.state !== 'confirmed' || !found.memberId) throw new AppError('DESK_CODE_NOT_CONFIRMED');
    checked(await tx.collection(CODES).doc(found._id).update({ state: 'used', usedAt: ctx.now }));
    return found;
  });
  return { ticket: makeDeskTicket(deskUid({ memberId: doc.memberId as string, epoch: doc.memberEpoch ?? 0 })) };
};
