import { AppError } from '../../platform/app-error';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { checked, inTransaction, readDoc } from '../../platform/database';
import type { ActionContext } from '../../platform/routes';
import { nextState, type IdeaEvent } from '../../domain/ideas/state-machine';
import { noticeText, stepText, type StepFacts } from '../../domain/ideas/words';
import type { ToldAuthor } from '../../contract/ideas-model';
import { IDEAS, type IdeaDoc, type StoredStep } from './idea-doc';
import { notifyAuthor } from './notify';
import { settleMark } from './tallies';

export interface Plan {
  /** Fields to change besides state, updatedAt and the timeline. */
  set: Partial<IdeaDoc>;
  facts: StepFacts;
  reopened?: boolean;
}

/** The idea after the step, and what the author was told of it. */
export interface Moved {
  doc: IdeaDoc;
  told: ToldAuthor;
}

/**
 * One step of an idea: read it in a transaction, ask the state machine, write the change, the timeline
 * step and exactly one audit entry together, then tell the author. A refused move (INVALID_STATE,
 * NOT_FOUND) throws before anything is written, so it leaves no audit entry and sends nothing.
 * The answer carries the notifier's outcome, so nobody is told a notice went out when it did not.
 */
export const transition = async (
  ctx: ActionContext,
  ideaId: string,
  event: IdeaEvent,
  plan: (idea: IdeaDoc) => Plan,
  options: { authorId?: string } = {},
): Promise<Moved> => {
  const { db } = ctx.deps;
  const { doc: updated, step, reopened, facts } = await inTransaction(db, async (tx) => {
    const idea = await readDoc<IdeaDoc>(tx, IDEAS, ideaId);
    // Someone else's idea is as good as missing: ideas are private between the author and staff.
    if (!idea || (options.authorId && idea.authorId !== options.authorId)) throw new AppError('NOT_FOUND');
    const to = nextState(idea.state, event, { rating: idea.rating ?? undefined });
    if (!to) throw new AppError('INVALID_STATE');
    const p = plan(idea);
    const s: StoredStep = { at: ctx.now, state: to, text: stepText(to, p.facts, p.reopened) };
    const change = { ...p.set, state: to, updatedAt: ctx.now };
    // Marked for the board's tallies when the step changes what the idea counts for (tallies.ts); not audited.
    checked(await tx.collection(IDEAS).doc(ideaId).update({ ...change, ...settleMark({ ...idea, ...change }), timeline: db.command.push([s]) }));
    const before = Object.fromEntries(Object.keys(change).filter((k) => k !== 'updatedAt').map((k) => [k, (idea as unknown as Record<string, unknown>)[k] ?? null]));
    const after = Object.fromEntries(Object.entries(change).filter(([k]) => k !== 'updatedAt'));
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'idea', id: ideaId }, before, after)));
    return { doc: { ...idea, ...change, timeline: [...(idea.timeline ?? []), s] } as IdeaDoc, step: s, reopened: p.reopened, facts: p.facts };
  });
  const told = await notifyAuthor(ctx.deps, updated, step.state, noticeText(step.state, facts, reopened));
  return { doc: updated, told };
};

/** Reads one idea outside a transaction (views, drafts, notes). */
export const loadIdea = async (ctx: ActionContext, ideaId: string): Promise<IdeaDoc> => {
  const idea = await readDoc<IdeaDoc>(ctx.deps.db, IDEAS, ideaId);
  if (!idea) throw new AppError('NOT_FOUND');
  return idea;
};
