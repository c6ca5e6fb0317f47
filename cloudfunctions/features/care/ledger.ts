import { LIVING_SITUATION_LABELS, MOBILITY_LABELS } from '../../contract/member-model';
import type { LedgerView } from '../../contract/care-model';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, iso, readDoc } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { AppError } from '../../platform/app-error';
import { getMember, requireCareFor } from './access';
import {
  ENTRIES, LEDGERS, PROBLEMS, READS, VISITS, contactsOf, toProblemView, toVisitView, voiceFiles, type EntryDoc, type LedgerDoc, type ProblemDoc, type VisitDoc,
} from './store';
import { holds, STAFF } from '../../contract/roles';

const SHOWN = 20;

const contactOf = (m: MemberDoc) => ({ memberId: m._id, name: m.name, ...(m.phone ? { phone: m.phone } : {}) });

/** The ledger as the caller may read it: health and living notes go to staff only. */
const ledgerOf = async (ctx: ActionContext, member: MemberDoc): Promise<LedgerView> => {
  const { db } = ctx.deps;
  const [l, entries, visits, problems] = await Promise.all([
    readDoc<LedgerDoc>(db, LEDGERS, member._id),
    db.collection(ENTRIES).where({ memberId: member._id }).orderBy('at', 'desc').limit(SHOWN).get(),
    db.collection(VISITS).where({ memberId: member._id }).orderBy('createdAt', 'desc').limit(SHOWN).get(),
    db.collection(PROBLEMS).where({ memberId: member._id }).orderBy('createdAt', 'desc').limit(SHOWN).get(),
  ]);
  const files = [
    ...(visits.data as VisitDoc[]).flatMap((v) => v.photos ?? []),
    ...voiceFiles(problems.data as ProblemDoc[]),
    ...(member.noteVoice ? [member.noteVoice.fileId] : []),
  ];
  const urls = files.length ? await ctx.deps.files.tempUrls(files) : {};
  const staff = holds(ctx.caller.roles, STAFF);
  return {
    memberId: member._id,
    name: member.name,
    birthYear: member.birthYear,
    branchId: member.branchId,
    branchName: member.branchName,
    ...(member.phone ? { phone: member.phone } : {}),
    ...(member.address ? { address: `${member.address}${member.landmark ? `（${member.landmark}）` : ''}` } : {}),
    livingSituation: LIVING_SITUATION_LABELS[member.livingSituation],
    mobility: MOBILITY_LABELS[member.mobility],
    emergencyContact: member.emergencyContact,
    ...(member.note ? { note: member.note } : {}),
    ...(member.noteVoice && urls[member.noteVoice.fileId] ? { noteVoice: { url: urls[member.noteVoice.fileId], seconds: member.noteVoice.seconds } } : {}),
    contacts: contactsOf(l),
    ...(staff && l?.health ? { health: l.health } : {}),
    ...(staff && l?.living ? { living: l.living } : {}),
    ...(l?.partyJoinYear ? { partyJoinYear: l.partyJoinYear } : {}),
    entries: (entries.data as EntryDoc[]).map((e) => ({ at: iso(e.at), byName: e.byName, text: e.text })),
    visits: (visits.data as VisitDoc[]).map((v) => toVisitView(v, ctx.now, urls)),
    problems: (problems.data as ProblemDoc[]).map((p) => toProblemView(p, urls)),
  };
};

/**
 * One person's 服务台账 for staff or their branch secretary. Every read is written to the access trail
 * (who, whose, when, whether health notes were shown): sensitive personal information is read on the
 * record, never silently.
 */
export const readLedger: Handler<'care.ledger'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const member = await getMember(ctx.deps.db, input.memberId);
  requireCareFor(ctx.caller, member.branchId);
  const view = await ledgerOf(ctx, member);
  checked(await ctx.deps.db.collection(READS).add({
    memberId: member._id, readerId: me._id, readerName: me.name, at: ctx.now, sensitive: !!(view.health || view.living), action: ctx.action,
  }));
  return view;
};

/** A contact named on the ledger must be who the role says: a staff member; a member of the person's branch. */
const contactsFor = async (ctx: ActionContext, person: MemberDoc, input: { bureauContactId?: string; branchContactId?: string; helperMemberId?: string; helper?: { name: string; relation: string; phone: string } }) => {
  const { db } = ctx.deps;
  const [bureau, branch, volunteer] = await Promise.all(
    [input.bureauContactId, input.branchContactId, input.helperMemberId].map((id) => (id ? getMember(db, id) : undefined)),
  );
  if (bureau && !holds(bureau.roles, STAFF)) throw new AppError('VALIDATION_FAILED', { bureauContactId: '局机关联系人要选老干部局的工作人员' });
  if (branch && branch.branchId !== person.branchId) throw new AppError('VALIDATION_FAILED', { branchContactId: '支部联系人要选本支部的同志' });
  if (volunteer && volunteer._id === person._id) throw new AppError('VALIDATION_FAILED', { helperMemberId: '志愿者联系人不能是老同志本人' });
  // A registered volunteer: their own name and phone, so they see this person's tasks under 我联系的老同志.
  const phone = volunteer?.phone ?? input.helper?.phone;
  if (volunteer && !phone) throw new AppError('VALIDATION_FAILED', { helperMemberId: '这位志愿者没有留电话，请把电话一起填上' });
  const helper = volunteer && phone ? { name: volunteer.name, relation: input.helper?.relation ?? '志愿者', phone, memberId: volunteer._id } : input.helper;
  return { bureau, branch, helper };
};

/** What each change says in the dated record (health and living notes are not copied there: only that they changed). */
const changeLines = (before: LedgerDoc | null, after: LedgerDoc): string[] => {
  const lines: string[] = [];
  if (after.bureau?.memberId !== before?.bureau?.memberId && after.bureau) lines.push(`局机关联系人：${after.bureau.name}`);
  if (after.branch?.memberId !== before?.branch?.memberId && after.branch) lines.push(`支部联系人：${after.branch.name}`);
  if (JSON.stringify(after.helper) !== JSON.stringify(before?.helper) && after.helper) lines.push(`志愿者或家属联系人：${after.helper.relation}${after.helper.name}`);
  if ((after.health ?? '') !== (before?.health ?? '')) lines.push('更新了健康情况');
  if ((after.living ?? '') !== (before?.living ?? '')) lines.push('更新了生活情况');
  if (after.partyJoinYear !== before?.partyJoinYear && after.partyJoinYear) lines.push(`入党年份：${after.partyJoinYear}年`);
  return lines;
};

/** Staff keep the ledger: the 1+1+1 contacts, health and living notes, the Party year; each change is dated; audited. */
export const saveLedger: Handler<'care.saveLedger'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  const { bureau, branch, helper } = await contactsFor(ctx, person, input);
  await inTransaction(db, async (tx) => {
    const before = await readDoc<LedgerDoc>(tx, LEDGERS, person._id);
    const after: LedgerDoc = {
      _id: person._id,
      memberId: person._id,
      branchId: person.branchId,
      ...((bureau ? { bureau: contactOf(bureau) } : before?.bureau ? { bureau: before.bureau } : {})),
      ...((branch ? { branch: contactOf(branch) } : before?.branch ? { branch: before.branch } : {})),
      ...((helper ?? before?.helper) ? { helper: helper ?? before?.helper } : {}),
      ...(((input.health ?? before?.health)?.trim()) ? { health: (input.health ?? before?.health)?.trim() } : {}),
      ...(((input.living ?? before?.living)?.trim()) ? { living: (input.living ?? before?.living)?.trim() } : {}),
      ...((input.partyJoinYear ?? before?.partyJoinYear) ? { partyJoinYear: input.partyJoinYear ?? before?.partyJoinYear } : {}),
      updatedAt: ctx.now,
    };
    const { _id, ...rest } = after;
    checked(await tx.collection(LEDGERS).doc(_id).set(rest));
    const lines = changeLines(before, after);
    if (lines.length) checked(await tx.collection(ENTRIES).add({ memberId: person._id, at: ctx.now, byId: me._id, byName: me.name, text: lines.join('；') }));
    // The trail keeps what changed, never the health text itself.
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_ledger', id: person._id }, null, { changed: lines })));
  });
  return ledgerOf(ctx, person);
};

/** 动态记录: a dated line on a person's ledger, by staff or the branch secretary; audited. */
export const addEntry: Handler<'care.addEntry'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const person = await getMember(db, input.memberId);
  requireCareFor(ctx.caller, person.branchId);
  const entry = { memberId: person._id, at: ctx.now, byId: me._id, byName: me.name, text: input.text };
  await inTransaction(db, async (tx) => {
    const added = checked(await tx.collection(ENTRIES).add(entry)) as { id: string };
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_entry', id: added.id }, null, { memberId: person._id })));
  });
  return { at: iso(ctx.now), byName: me.name, text: input.text };
};
