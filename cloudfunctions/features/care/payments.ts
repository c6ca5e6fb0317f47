import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../contract/collections';
import { PAYMENT_STATE_LABELS, type PaymentState, type PaymentView } from '../../contract/care-help-model';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { AppError } from '../../platform/app-error';
import { checked, inTransaction, readDoc, type Database, type Transaction } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { getMember } from './access';
import { addPaid, ensureTally } from './tallies';

const PAYMENTS = COLLECTIONS.carePayments;

interface PaymentDoc {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  amountFen: number;
  goods?: string;
  reason: string;
  state: PaymentState;
  proposedById: string;
  proposedBy: string;
  approvedBy?: string;
  rejectReason?: string;
  handedBy?: string;
  handedOn?: string;
  correctionOf?: string;
  createdAt: Date;
  updatedAt: Date;
}

const toView = (p: PaymentDoc): PaymentView => ({
  id: p._id,
  memberId: p.memberId,
  memberName: p.memberName,
  branchName: p.branchName,
  amountFen: p.amountFen,
  ...(p.goods ? { goods: p.goods } : {}),
  reason: p.reason,
  state: p.state,
  stateLabel: PAYMENT_STATE_LABELS[p.state],
  proposedBy: p.proposedBy,
  ...(p.approvedBy ? { approvedBy: p.approvedBy } : {}),
  ...(p.handedBy ? { handedBy: p.handedBy } : {}),
  ...(p.handedOn ? { handedOn: p.handedOn } : {}),
  ...(p.rejectReason ? { rejectReason: p.rejectReason } : {}),
  ...(p.correctionOf ? { correctionOf: p.correctionOf } : {}),
  createdAt: new Date(p.createdAt).toISOString(),
});

const getPayment = async (db: Database | Transaction, id: string): Promise<PaymentDoc> => {
  const p = await readDoc<PaymentDoc>(db, PAYMENTS, id);
  if (!p) throw new AppError('NOT_FOUND', { paymentId: '没有找到这条慰问金记录' });
  return p;
};

/**
 * A proposal: amount in fen and/or goods, with the reason. A correction names an approved or handed entry
 * of the same person and carries the amount it adds (or, negative, takes back); the original stays as it
 * was. Audited.
 */
export const proposePayment: Handler<'care.proposePayment'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  if (input.correctionOf) {
    const original = await getPayment(db, input.correctionOf).catch(() => {
      throw new AppError('NOT_FOUND', { correctionOf: '没有找到要更正的记录' });
    });
    if (original.memberId !== person._id || (original.state !== 'approved' && original.state !== 'handed')) {
      throw new AppError('INVALID_STATE', { correctionOf: '只能更正这位老同志已批准的记录' });
    }
  }
  const doc: PaymentDoc = {
    _id: randomUUID().replace(/-/g, ''),
    memberId: person._id, memberName: person.name, branchId: person.branchId, branchName: person.branchName,
    amountFen: input.amountFen, ...(input.goods?.trim() ? { goods: input.goods.trim() } : {}), reason: input.reason,
    state: 'proposed', proposedById: me._id, proposedBy: me.name,
    ...(input.correctionOf ? { correctionOf: input.correctionOf } : {}),
    createdAt: ctx.now, updatedAt: ctx.now,
  };
  await inTransaction(db, async (tx) => {
    checked(await tx.collection(PAYMENTS).add(doc));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_payment', id: doc._id }, null, { memberId: person._id, amountFen: doc.amountFen, reason: doc.reason, correctionOf: doc.correctionOf ?? null })));
  });
  return toView(doc);
};

/** 审批: by a staff member other than the proposer; the first decision wins, any later one is refused. Audited. */
export const decidePayment: Handler<'care.decidePayment'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await getPayment(db, input.paymentId);
  if (head.proposedById === me._id) throw new AppError('PAYMENT_SAME_PERSON');
  const decided = await inTransaction(db, async (tx) => {
    const p = await getPayment(tx, head._id);
    if (p.state !== 'proposed') throw new AppError('INVALID_STATE', { paymentId: '这条记录已经审批过了' });
    const change = input.approve
      ? { state: 'approved' as const, approvedBy: me.name, updatedAt: ctx.now }
      : { state: 'rejected' as const, approvedBy: me.name, rejectReason: input.reason?.trim() ?? '', updatedAt: ctx.now };
    checked(await tx.collection(PAYMENTS).doc(p._id).update(change));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_payment', id: p._id }, { state: p.state }, { state: change.state })));
    return { ...p, ...change };
  });
  return toView(decided);
};

/** 发放: an approved entry was handed over — by whom, when; the year's figures count it in the same transaction. Audited. */
export const handOverPayment: Handler<'care.handOverPayment'> = async (ctx, input) => {
  requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await getPayment(db, input.paymentId);
  const year = Number(input.handedOn.slice(0, 4));
  await ensureTally(db, year, head.branchId);
  const handed = await inTransaction(db, async (tx) => {
    const p = await getPayment(tx, head._id);
    if (p.state !== 'approved') throw new AppError('INVALID_STATE', { paymentId: p.state === 'handed' ? '这笔已经发放过了' : '要先审批，才能发放' });
    const change = { state: 'handed' as const, handedBy: input.handedBy, handedOn: input.handedOn, updatedAt: ctx.now };
    checked(await tx.collection(PAYMENTS).doc(p._id).update(change));
    await addPaid(tx, db, year, p.branchId, p.memberId, p.amountFen);
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_payment', id: p._id }, { state: p.state }, change)));
    return { ...p, ...change };
  });
  return toView(handed);
};

/** Entries newest first, by state or for one person. */
export const listPayments: Handler<'care.payments'> = async (ctx, input) => {
  const { skip, limit } = pageWindow(input);
  if (input.memberId) await getMember(ctx.deps.db, input.memberId);
  const where = input.memberId ? { memberId: input.memberId, ...(input.state ? { state: input.state } : {}) } : input.state ? { state: input.state } : { createdAt: ctx.deps.db.command.lte(ctx.now) };
  const { data } = await ctx.deps.db.collection(PAYMENTS).where(where).orderBy('createdAt', 'desc').skip(skip).limit(limit).get();
  return toPage(data as PaymentDoc[], input, toView);
};
