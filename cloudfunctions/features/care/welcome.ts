import { randomInt } from 'node:crypto';
import { chinaDay } from '../../contract/day-words';
import { INVITE_ALPHABET, type WelcomeView } from '../../contract/care-welcome-model';
import { COLLECTIONS } from '../../contract/collections';
import { PAGES } from '../../contract/pages';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, isDuplicateWrite, iso, readDoc, type Database, type Transaction } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type Handler } from '../../platform/routes';
import { getBranch } from '../members/branches/branch-store';
import { listBranch, requireCareFor } from './access';
import { readCareSettings } from './settings';

/**
 * 荣退: a newly retired cadre's welcome. Staff enter them; the 九个一 checklist is the bureau's items at
 * that moment (a later change of the items does not rewrite a welcome under way). The record's id is
 * the invitation code, so registering with it can claim it inside the registration's own transaction
 * (a transaction reads documents by id only).
 */
const WELCOMES = COLLECTIONS.careWelcomes;
/** The page an invitation opens: the registration form, filled in from the invitation. */
export const INVITE_PAGE = PAGES.register;

export interface WelcomeDoc {
  _id: string;
  name: string;
  formerUnit: string;
  retiredOn: string;
  branchId: string;
  branchName: string;
  phone?: string;
  items: Array<{ label: string; doneOn?: string; byName?: string; note?: string }>;
  memberId?: string;
  registeredAt?: Date;
  createdById: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

const newCode = () => Array.from({ length: 8 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join('');

export const toWelcomeView = (w: WelcomeDoc): WelcomeView => ({
  id: w._id,
  name: w.name,
  formerUnit: w.formerUnit,
  retiredOn: w.retiredOn,
  branchId: w.branchId,
  branchName: w.branchName,
  ...(w.phone ? { phone: w.phone } : {}),
  items: w.items,
  done: w.items.filter((i) => i.doneOn).length,
  inviteCode: w._id,
  invitePath: `${INVITE_PAGE}?invite=${w._id}`,
  registered: !!w.memberId,
  ...(w.registeredAt ? { registeredOn: chinaDay(new Date(w.registeredAt)) } : {}),
  createdBy: w.createdBy,
  createdAt: iso(w.createdAt),
});

const getWelcome = async (db: Database | Transaction, id: string): Promise<WelcomeDoc> => {
  const w = await readDoc<WelcomeDoc>(db, WELCOMES, id);
  if (!w) throw new AppError('NOT_FOUND', { welcomeId: '没有找到这条荣退记录' });
  return w;
};

/** Staff enter a newly retired cadre: the checklist from the bureau's items, and an invitation code; audited. */
export const addRetiree: Handler<'care.addRetiree'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [branch, settings] = await Promise.all([getBranch(db, input.branchId), readCareSettings(db)]);
  if (input.retiredOn > chinaDay(new Date(ctx.now.getTime() + 366 * 24 * 3600 * 1000))) throw new AppError('VALIDATION_FAILED', { retiredOn: '退休日期不对，请再看一下' });
  const base = {
    name: input.name, formerUnit: input.formerUnit, retiredOn: input.retiredOn, branchId: branch._id, branchName: branch.name,
    ...(input.phone ? { phone: input.phone } : {}),
    items: settings.welcomeItems.map((label) => ({ label })),
    createdById: me._id, createdBy: me.name, createdAt: ctx.now, updatedAt: ctx.now,
  };
  // A code already taken (one in 10^11 or so) is refused by the store: draw another.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const doc: WelcomeDoc = { _id: newCode(), ...base };
    try {
      await inTransaction(db, async (tx) => {
        checked(await tx.collection(WELCOMES).add(doc));
        checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_welcome', id: doc._id }, null, { name: doc.name, branchId: doc.branchId, retiredOn: doc.retiredOn })));
      });
      return toWelcomeView(doc);
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
  }
  throw new AppError('INTERNAL');
};

/** One item ticked (the day, who) or a tick taken back, by staff or the retiree's branch secretary; audited. */
export const tickWelcome: Handler<'care.tickWelcome'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await getWelcome(db, input.welcomeId);
  requireCareFor(ctx.caller, head.branchId);
  if (input.item >= head.items.length) throw new AppError('VALIDATION_FAILED', { item: '没有这一项' });
  if (input.doneOn && input.doneOn > chinaDay(ctx.now)) throw new AppError('VALIDATION_FAILED', { doneOn: '完成日期不能晚于今天' });
  const done = await inTransaction(db, async (tx) => {
    const w = await getWelcome(tx, head._id);
    const before = w.items[input.item];
    const after = input.done ? { label: before.label, doneOn: input.doneOn, byName: me.name, ...(input.note ? { note: input.note } : {}) } : { label: before.label };
    const items = w.items.map((it, i) => (i === input.item ? after : it));
    checked(await tx.collection(WELCOMES).doc(w._id).update({ items, updatedAt: ctx.now }));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_welcome', id: w._id }, before, after)));
    return { ...w, items };
  });
  return toWelcomeView(done);
};

export const welcomes: Handler<'care.welcomes'> = async (ctx, input) => {
  const branchId = await listBranch(ctx.deps.db, ctx.caller, input.branchId);
  const { skip, limit } = pageWindow(input);
  const all = { retiredOn: ctx.deps.db.command.gt('') };
  const { data } = await ctx.deps.db.collection(WELCOMES).where(branchId ? { branchId } : all).orderBy('retiredOn', 'desc').skip(skip).limit(limit).get();
  return toPage(data as WelcomeDoc[], input, toWelcomeView);
};

export const welcome: Handler<'care.welcome'> = async (ctx, input) => {
  const w = await getWelcome(ctx.deps.db, input.welcomeId);
  requireCareFor(ctx.caller, w.branchId);
  return toWelcomeView(w);
};

/** What an unused invitation fills in; a used or unknown code is simply not found (nothing to guess from). */
export const invitation: Handler<'care.invitation'> = async (ctx, input) => {
  const w = await readDoc<WelcomeDoc>(ctx.deps.db, WELCOMES, input.code);
  if (!w || w.memberId) throw new AppError('NOT_FOUND', { code: '这个邀请码不对，或者已经用过了' });
  return { name: w.name, formerUnit: w.formerUnit, branchId: w.branchId, branchName: w.branchName, retiredOn: w.retiredOn, ...(w.phone ? { phone: w.phone } : {}) };
};

/**
 * Inside the registration's transaction: an unused invitation is claimed by the new member. An unknown or
 * used code claims nothing and does not stop the registration (the person is who they say; staff see the
 * invitation still open and can ask).
 */
export const claimInvitation = async (tx: Transaction, code: string, memberId: string, now: Date): Promise<void> => {
  const w = await readDoc<WelcomeDoc>(tx, WELCOMES, code);
  if (!w || w.memberId) return;
  checked(await tx.collection(WELCOMES).doc(code).update({ memberId, registeredAt: now, updatedAt: now }));
};
