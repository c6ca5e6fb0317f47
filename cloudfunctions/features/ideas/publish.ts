import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { requireUploads } from '../../platform/uploaded-files';
import { IDEAS, toStaffView, type IdeaDoc } from './idea-doc';
import { notifyAuthor } from './notify';

/**
 * 您建议，我提升: staff choose which outcomes go public, and write the public text themselves (the
 * author's own words and name never appear). The change and its audit entry commit together.
 */
export const publish: Handler<'ideas.publish'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const board = { suggestion: input.suggestion, done: input.done, beforePhotos: input.beforePhotos ?? [], afterPhotos: input.afterPhotos ?? [] };
  // Photos go public here, chosen by staff who have looked at them: stored ideas/ files of this env only.
  await requireUploads(ctx.deps.files, [...board.beforePhotos, ...board.afterPhotos], 'idea', 'beforePhotos');
  const doc = await inTransaction(db, async (tx) => {
    const idea = await readDoc<IdeaDoc>(tx, IDEAS, input.ideaId);
    if (!idea) throw new AppError('NOT_FOUND');
    if (idea.state !== 'resolved' && idea.state !== 'rated') throw new AppError('INVALID_STATE');
    const change = { published: true, publishedAt: idea.publishedAt ?? ctx.now, board };
    checked(await tx.collection(IDEAS).doc(idea._id).update({ ...change, updatedAt: ctx.now }));
    checked(
      await tx
        .collection(AUDIT_COLLECTION)
        .add(auditEntry(ctx, { type: 'idea', id: idea._id }, { published: idea.published, board: idea.board ?? null }, { published: true, board })),
    );
    return { ...idea, ...change } as IdeaDoc;
  });
  const told = await notifyAuthor(ctx.deps, doc, doc.state, '您的建议已在成果栏公示');
  return { ...toStaffView(doc, ctx.now), told };
};
