import { COLLECTIONS } from '../../contract/collections';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { helperBy, recordAct, tellMemberOfAct } from '../../platform/helper-acts';
import type { MemberDoc } from '../../platform/caller';
import type { Verdict } from '../../platform/content-safety';
import { checked, inTransaction, isDuplicateWrite, readDoc, type Database } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { requireUploads } from '../../platform/uploaded-files';
import { nextNumber } from '../../platform/counters';
import { shanghaiDay } from '../../domain/ideas/deadlines';
import { receiptNo } from '../../domain/ideas/receipt';
import { noticeText } from '../../domain/ideas/words';
import { IDEAS, toIdeaView, type IdeaDoc } from './idea-doc';
import { newIdea, type IdeaFields } from './new-idea';
import { notifyAuthor } from './notify';

/**
 * Everything people typed goes through content safety; anything not cleared waits for staff.
 * Photos and the recording: only fileIDs of this environment under ideas/ and idea-voice/, really stored
 * (never an arbitrary string). They are not machine-checked (see withFileUrls): only the author and staff
 * hear or see them, and an idea only a recording carries waits for staff (newIdea).
 */
const screen = async (ctx: ActionContext, fields: IdeaFields): Promise<Verdict> => {
  await requireUploads(ctx.deps.files, fields.photos ?? [], 'idea', 'photos');
  if (fields.voice) await requireUploads(ctx.deps.files, [fields.voice.fileId], 'ideaVoice', 'voice');
  const typed = [fields.title, fields.content, fields.place].filter(Boolean).join('\n');
  return typed ? ctx.deps.contentSafety.check(typed, ctx.caller.openid) : 'pass';
};

/** The idea this intent already made, if any: submitKey is unique, so there is at most one. */
const madeBy = async (db: Database, submitKey: string): Promise<IdeaDoc | null> =>
  ((await db.collection(IDEAS).where({ submitKey }).limit(1).get()).data[0] as IdeaDoc | undefined) ?? null;

/** The idea and its audit entry, in one transaction that touches no shared document. */
const store = (ctx: ActionContext, idea: Omit<IdeaDoc, '_id'>): Promise<IdeaDoc> =>
  inTransaction(ctx.deps.db, async (tx) => {
    const added = checked(await tx.collection(IDEAS).add(idea)) as { id: string };
    const after = { receiptNo: idea.receiptNo, state: 'submitted', category: idea.category, title: idea.title, held: idea.held, proxy: idea.proxy, authorId: idea.authorId };
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'idea', id: added.id }, null, after)));
    await recordAct(ctx, tx, 'idea', { id: added.id, title: idea.title });
    return { ...idea, _id: added.id } as IdeaDoc;
  });

/**
 * Sending an idea. Idempotent twice over: the pipeline answers a resent requestId with the first
 * result, and the idea's submitKey (author + requestId) is unique, so even a resend racing past that
 * finds the idea already made. The receipt number comes from a per-year counter (platform/counters.ts:
 * one atomic increment, never shared; a call that fails after taking it leaves a gap); the idea and its
 * audit entry are then inserted in one transaction that touches no shared document, so a burst of
 * members submitting at once never conflicts.
 */
const submitIdea = async (ctx: ActionContext, author: MemberDoc, fields: IdeaFields, proxy: MemberDoc | null) => {
  const { db } = ctx.deps;
  const submitKey = `${proxy ? proxy._id : author._id}:${ctx.requestId}`;
  const safety = await screen(ctx, fields);
  // A re-run of the same request (after a BUSY answer or a lost one) must not take a second number.
  const earlier = await madeBy(db, submitKey);
  if (earlier) return toIdeaView(earlier);
  const year = Number(shanghaiDay(ctx.now).slice(0, 4));
  const n = await nextNumber(db, `ideas-${year}`);
  try {
    const made = newIdea({ author, proxy, fields, receiptNo: receiptNo(year, n), submitKey, safety, now: ctx.now });
    const familyBy = helperBy(ctx);
    const doc = await store(ctx, familyBy ? { ...made, familyBy } : made);
    await tellMemberOfAct(ctx, 'idea', doc.title);
    // The author who submitted sees the receipt on screen; one sent by a secretary on their behalf hears of it.
    // (A subscribe acceptance buys one message: spent on "received", it would miss the news that matters.)
    if (doc.proxy) await notifyAuthor(ctx.deps, doc, 'submitted', noticeText('submitted', { receiptNo: doc.receiptNo, dueDay: doc.dueDay ?? undefined }));
    return toIdeaView(doc);
  } catch (error) {
    const existing = isDuplicateWrite(error) ? await madeBy(db, submitKey) : null;
    if (!existing) throw error;
    return toIdeaView(existing);
  }
};

export const submit: Handler<'ideas.submit'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  return submitIdea(ctx, member, input, null);
};

/** 代录: only for a member of the secretary's own branch; the idea and its audit entry say who typed it. */
export const submitFor: Handler<'ideas.submitFor'> = async (ctx, input) => {
  const { member: secretary } = requireMember(ctx.caller);
  const { memberId, ...fields } = input;
  const author = await readDoc<MemberDoc>(ctx.deps.db, COLLECTIONS.members, memberId);
  if (!author) throw new AppError('MEMBER_NOT_FOUND');
  if (!secretary.secretaryOf || author.branchId !== secretary.secretaryOf) throw new AppError('FORBIDDEN');
  return submitIdea(ctx, author, fields, secretary);
};
