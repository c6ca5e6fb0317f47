import { COLLECTIONS } from '../../contract/collections';
import type { ParsedInputOf } from '../../contract/registry';
import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, isDuplicateWrite, oneDoc } from '../../platform/database';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { requireUploads } from '../../platform/uploaded-files';
import { nextNumber } from '../../platform/counters';
import { shanghaiDay, stageDue } from '../../domain/ideas/deadlines';
import { receiptNo } from '../../domain/ideas/receipt';
import { noticeText, stepText } from '../../domain/ideas/words';
import { zeroCounts } from './tallies';
import { IDEAS, toIdeaView, type IdeaDoc } from './idea-doc';
import { notifyAuthor } from './notify';

type Fields = Omit<ParsedInputOf<'ideas.submit'>, never>;

/**
 * Sending an idea. Idempotent twice over: the pipeline answers a resent requestId with the first
 * result, and the idea's submitKey (author + requestId) is unique, so even a resend racing past that
 * finds the idea already made. The receipt number comes from a per-year counter (platform/counters.ts:
 * one atomic increment, never shared; a call that fails after taking it leaves a gap); the idea and its
 * audit entry are then inserted in one transaction that touches no shared document, so a burst of
 * members submitting at once never conflicts.
 */
const submitIdea = async (ctx: ActionContext, author: MemberDoc, fields: Fields, proxy: MemberDoc | null) => {
  const { db } = ctx.deps;
  const submitKey = `${proxy ? proxy._id : author._id}:${ctx.requestId}`;
  // Everything people typed goes through content safety; anything not cleared waits for staff.
  // Photos: only fileIDs of this environment under ideas/, really stored (never an arbitrary string).
  // They are not machine-checked (see withPhotoUrls): only the author and staff see them.
  await requireUploads(ctx.deps.files, fields.photos ?? [], 'idea', 'photos');
  const typed = [fields.title, fields.content, fields.place ?? ''].filter(Boolean).join('\n');
  const safety = await ctx.deps.contentSafety.check(typed, ctx.caller.openid);
  const year = Number(shanghaiDay(ctx.now).slice(0, 4));
  const counterId = `ideas-${year}`;
  const due = stageDue('submitted', ctx.now);

  const made = async () => ((await db.collection(IDEAS).where({ submitKey }).limit(1).get()).data[0] as IdeaDoc | undefined) ?? null;
  // A re-run of the same request (after a BUSY answer or a lost one) must not take a second number.
  const earlier = await made();
  if (earlier) return toIdeaView(earlier);
  const n = await nextNumber(db, counterId);
  try {
    const doc = await inTransaction(db, async (tx) => {
      const receipt = receiptNo(year, n);
      const idea: Omit<IdeaDoc, '_id'> = {
        receiptNo: receipt,
        submitKey,
        authorId: author._id,
        authorOpenid: author.openid,
        authorName: author.name,
        authorBranchId: author.branchId,
        authorBranchName: author.branchName,
        ...(author.phone ? { authorPhone: author.phone } : {}),
        proxy: proxy ? { id: proxy._id, name: proxy.name } : null,
        category: fields.category,
        title: fields.title,
        content: fields.content,
        ...(fields.place ? { place: fields.place } : {}),
        photos: fields.photos ?? [],
        state: 'submitted',
        held: safety !== 'pass',
        safety,
        createdAt: ctx.now,
        updatedAt: ctx.now,
        dueAt: due?.dueAt ?? null,
        dueDay: due?.dueDay ?? null,
        overdue: false,
        supervisedAt: null,
        department: null,
        acceptedAt: null,
        resolvedAt: null,
        notAcceptReason: null,
        outcome: null,
        answer: null,
        draft: null,
        rating: null,
        ratingComment: null,
        ratedAt: null,
        round: 1,
        timeline: [{ at: ctx.now, state: 'submitted', text: stepText('submitted', { receiptNo: receipt, dueDay: due?.dueDay }) }],
        staffNotes: [],
        supportCount: 0,
        published: false,
        publishedAt: null,
        board: null,
        // Counted on the board from the idea itself until the timer settles it (tallies.ts).
        counted: zeroCounts(),
        unsettled: true,
      };
      const added = checked(await tx.collection(IDEAS).add(idea)) as { id: string };
      const after = { receiptNo: receipt, state: 'submitted', category: idea.category, title: idea.title, held: idea.held, proxy: idea.proxy, authorId: author._id };
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'idea', id: added.id }, null, after)));
      return { ...idea, _id: added.id } as IdeaDoc;
    });
    // The author who submitted sees the receipt on screen; one sent by a secretary on their behalf hears of it.
    // (A subscribe acceptance buys one message: spent on "received", it would miss the news that matters.)
    if (doc.proxy) await notifyAuthor(ctx.deps, doc, 'submitted', noticeText('submitted', { receiptNo: doc.receiptNo, dueDay: doc.dueDay ?? undefined }));
    return toIdeaView(doc);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    const existing = await made();
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
  const { data } = await ctx.deps.db.collection(COLLECTIONS.members).doc(memberId).get();
  const author = oneDoc<MemberDoc>(data);
  if (!author) throw new AppError('MEMBER_NOT_FOUND');
  if (!secretary.secretaryOf || author.branchId !== secretary.secretaryOf) throw new AppError('FORBIDDEN');
  return submitIdea(ctx, author, fields, secretary);
};
