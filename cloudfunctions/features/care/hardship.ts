import { COLLECTIONS } from '../../contract/collections';
import { HARDSHIP_CAUSE_LABELS, type HardshipCause, type HardshipView } from '../../contract/care-help-model';
import { chinaDay } from '../../contract/day-words';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { getMember } from './access';
import { ENTRIES, READS } from './store';

const HARDSHIPS = COLLECTIONS.careHardships;

interface HardshipDoc {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  cause: HardshipCause;
  family: string;
  conditions: string;
  note?: string;
  reviewBy: string;
  active: boolean;
  updatedAt: Date;
}

const toView = (h: HardshipDoc, now: Date): HardshipView => ({
  memberId: h.memberId,
  memberName: h.memberName,
  branchName: h.branchName,
  cause: h.cause,
  family: h.family,
  conditions: h.conditions,
  ...(h.note ? { note: h.note } : {}),
  reviewBy: h.reviewBy,
  reviewDue: h.active && h.reviewBy <= chinaDay(now),
  active: h.active,
  updatedAt: new Date(h.updatedAt).toISOString(),
});

/**
 * 帮扶 register: one case per member (id = member id), put on, updated at each review, or closed. The
 * person's dated record says only that they were put on or taken off — the details stay here, for staff.
 */
export const saveHardship: Handler<'care.saveHardship'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  const doc: HardshipDoc = {
    _id: person._id, memberId: person._id, memberName: person.name, branchId: person.branchId, branchName: person.branchName,
    cause: input.cause, family: input.family, conditions: input.conditions, ...(input.note ? { note: input.note } : {}),
    reviewBy: input.reviewBy, active: input.active, updatedAt: ctx.now,
  };
  await inTransaction(db, async (tx) => {
    const before = await readDoc<HardshipDoc>(tx, HARDSHIPS, person._id);
    const { _id, ...rest } = doc;
    checked(await tx.collection(HARDSHIPS).doc(_id).set(rest));
    if (!before?.active !== !doc.active) {
      const text = doc.active ? `列入帮扶台账（${HARDSHIP_CAUSE_LABELS[doc.cause]}）` : '帮扶台账：困难已解除';
      checked(await tx.collection(ENTRIES).add({ memberId: person._id, at: ctx.now, byId: me._id, byName: me.name, text }));
    }
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_hardship', id: person._id }, before ? { active: before.active, cause: before.cause, reviewBy: before.reviewBy } : null, { active: doc.active, cause: doc.cause, reviewBy: doc.reviewBy })));
  });
  return toView(doc, ctx.now);
};

/** The register, cases due for review first. Reading it is logged: whose cases were shown to whom. */
export const listHardships: Handler<'care.hardships'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db.collection(HARDSHIPS).where({ active: input.active }).orderBy('reviewBy', 'asc').skip(skip).limit(limit).get();
  const cases = data as HardshipDoc[];
  if (cases.length) {
    checked(await ctx.deps.db.collection(READS).add({ memberIds: cases.map((c) => c.memberId), memberId: '(register)', readerId: me._id, readerName: me.name, at: ctx.now, sensitive: true, action: ctx.action }));
  }
  return toPage(cases, input, (h) => toView(h, ctx.now));
};
