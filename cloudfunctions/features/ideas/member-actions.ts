import { COLLECTIONS } from '../../contract/collections';
import { IDEA_STATE_LABELS, OPEN_STATES } from '../../contract/ideas-model';
import { AppError } from '../../platform/app-error';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { requireUploads } from '../../platform/uploaded-files';
import { SIMILAR_THRESHOLD, similarity } from '../../domain/ideas/similarity';
import { IDEAS, toIdeaView, withFileUrls, type IdeaDoc } from './idea-doc';
import { loadIdea, transition } from './transition';

export const withdraw: Handler<'ideas.withdraw'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { doc } = await transition(ctx, input.ideaId, 'withdraw', () => ({ set: { dueAt: null, dueDay: null, overdue: false }, facts: {} }), { authorId: member._id });
  return toIdeaView(doc);
};

/** The author's rating, with a few words or a recording (a stored upload under idea-voice/) if they like. */
export const rate: Handler<'ideas.rate'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  if (input.voice) await requireUploads(ctx.deps.files, [input.voice.fileId], 'ideaVoice', 'voice');
  const said = { rating: input.rating, ratingComment: input.comment || null, ratedAt: ctx.now, ratingVoice: input.voice ?? null };
  const { doc } = await transition(
    ctx,
    input.ideaId,
    'rate',
    () => ({ set: said, facts: { rating: input.rating } }),
    { authorId: member._id },
  );
  return toIdeaView(doc);
};

/** My ideas, newest first; one extra row tells whether another page exists (one read per page). */
export const mine: Handler<'ideas.mine'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { data } = await ctx.deps.db
    .collection(IDEAS)
    .where({ authorId: member._id })
    .orderBy('createdAt', 'desc')
    .skip((input.page - 1) * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  const rows = data as IdeaDoc[];
  return { items: rows.slice(0, input.pageSize).map(toIdeaView), page: input.page, pageSize: input.pageSize, hasMore: rows.length > input.pageSize };
};

export const get: Handler<'ideas.get'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const idea = await loadIdea(ctx, input.ideaId).catch(() => null);
  if (!idea || idea.authorId !== member._id) throw new AppError('NOT_FOUND');
  return withFileUrls(ctx.deps.files, idea, toIdeaView(idea));
};

/**
 * Likely duplicates among the open ideas of the same category, newest 100: titles only, never the
 * author or the content, and never an idea content safety has not cleared.
 */
export const similar: Handler<'ideas.similar'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const { data } = await db
    .collection(IDEAS)
    .where({ category: input.category, state: db.command.in([...OPEN_STATES]), held: false })
    .orderBy('createdAt', 'desc')
    .limit(100)
    .field({ _id: true, category: true, title: true, content: true, state: true, supportCount: true })
    .get();
  const scored = (data as IdeaDoc[])
    .map((idea) => ({ idea, score: Math.max(similarity(input.title, idea.title), similarity(input.title, idea.content) * 0.8) }))
    .filter((s) => s.score >= SIMILAR_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, 3);
  return {
    items: scored.map(({ idea }) => ({
      id: idea._id,
      category: idea.category,
      title: idea.title,
      stateLabel: IDEA_STATE_LABELS[idea.state],
      supportCount: idea.supportCount ?? 0,
    })),
  };
};

/** "我也支持": one support per member and idea (a unique index), counted on the idea in the same transaction; the author never counts twice. */
export const support: Handler<'ideas.support'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  try {
    return await inTransaction(db, async (tx) => {
      const idea = await readDoc<IdeaDoc>(tx, IDEAS, input.ideaId);
      if (!idea || idea.held) throw new AppError('NOT_FOUND');
      if (!OPEN_STATES.includes(idea.state)) throw new AppError('INVALID_STATE');
      // The similar-ideas list can offer the author their own idea; their backing is the idea itself.
      if (idea.authorId === member._id) return { supportCount: idea.supportCount ?? 0, alreadySupported: true };
      checked(await tx.collection(COLLECTIONS.ideaSupports).add({ ideaId: idea._id, memberId: member._id, at: ctx.now }));
      checked(await tx.collection(IDEAS).doc(idea._id).update({ supportCount: db.command.inc(1) }));
      return { supportCount: (idea.supportCount ?? 0) + 1, alreadySupported: false };
    });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    const idea = await loadIdea(ctx, input.ideaId);
    return { supportCount: idea.supportCount ?? 0, alreadySupported: true };
  }
};
