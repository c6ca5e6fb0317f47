import { blanksMessage } from '../../contract/answer-blanks';
import { AppError } from '../../platform/app-error';
import { checked } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { dueIn, stageDue } from '../../domain/ideas/deadlines';
import { IDEAS, toStaffView, withFileUrls } from './idea-doc';
import { loadIdea, transition, type Moved } from './transition';

/** A move's answer to staff: the idea as it is now, and what its author was really told. */
const movedView = ({ doc, told }: Moved, now: Date) => ({ ...toStaffView(doc, now), told });

/** 受理: the next deadline is the default one for 已受理 (to be handed to a department). */
export const accept: Handler<'ideas.accept'> = async (ctx, input) => {
  const due = stageDue('accepted', ctx.now);
  const moved = await transition(ctx, input.ideaId, 'accept', () => ({
    set: { acceptedAt: ctx.now, held: false, dueAt: due?.dueAt ?? null, dueDay: due?.dueDay ?? null, overdue: false },
    facts: { dueDay: due?.dueDay },
  }));
  return movedView(moved, ctx.now);
};

export const notAccept: Handler<'ideas.notAccept'> = async (ctx, input) => {
  const moved = await transition(ctx, input.ideaId, 'notAccept', () => ({
    set: { notAcceptReason: input.reason, dueAt: null, dueDay: null, overdue: false },
    facts: { reason: input.reason },
  }));
  return movedView(moved, ctx.now);
};

export const assign: Handler<'ideas.assign'> = async (ctx, input) => {
  const due = dueIn(ctx.now, input.workdays);
  const moved = await transition(ctx, input.ideaId, 'assign', () => ({
    set: { department: input.department, dueAt: due.dueAt, dueDay: due.dueDay, overdue: false },
    facts: { department: input.department, dueDay: due.dueDay },
  }));
  return movedView(moved, ctx.now);
};

export const progress: Handler<'ideas.progress'> = async (ctx, input) => {
  const moved = await transition(ctx, input.ideaId, 'progress', () => ({ set: {}, facts: { note: input.note } }));
  return movedView(moved, ctx.now);
};

/**
 * 办结: publishes the drafted answer. Without a draft there is nothing to publish; a draft still holding
 * a template's blanks ("（写明理由）") is refused, naming them, before anything is written or sent.
 */
export const resolve: Handler<'ideas.resolve'> = async (ctx, input) => {
  const moved = await transition(ctx, input.ideaId, 'resolve', (idea) => {
    if (!idea.draft) throw new AppError('VALIDATION_FAILED', { answer: '请先写好答复并保存，再发布' });
    const blanks = blanksMessage(idea.draft.answer);
    if (blanks) throw new AppError('ANSWER_HAS_BLANKS', { answer: blanks });
    return {
      set: { outcome: idea.draft.outcome, answer: idea.draft.answer, draft: null, resolvedAt: ctx.now, dueAt: null, dueDay: null, overdue: false },
      facts: { outcome: idea.draft.outcome },
    };
  });
  return movedView(moved, ctx.now);
};

/** Another round after 不满意 (the state machine refuses any other rating). */
export const reopen: Handler<'ideas.reopen'> = async (ctx, input) => {
  const due = dueIn(ctx.now, input.workdays);
  const moved = await transition(ctx, input.ideaId, 'reopen', (idea) => ({
    set: { department: input.department, dueAt: due.dueAt, dueDay: due.dueDay, overdue: false, round: (idea.round ?? 1) + 1, rating: null, ratedAt: null },
    facts: { department: input.department, dueDay: due.dueDay },
    reopened: true,
  }));
  return movedView(moved, ctx.now);
};

const DRAFTABLE = new Set(['accepted', 'assigned', 'in_progress']);

/** Drafts are staff-only and change no state: the author sees the answer when it is published. */
export const saveDraft: Handler<'ideas.saveDraft'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const idea = await loadIdea(ctx, input.ideaId);
  if (!DRAFTABLE.has(idea.state)) throw new AppError('INVALID_STATE');
  const draft = { outcome: input.outcome, answer: input.answer, savedAt: ctx.now, byName: member.name };
  checked(await ctx.deps.db.collection(IDEAS).doc(idea._id).update({ draft, updatedAt: ctx.now }));
  return toStaffView({ ...idea, draft }, ctx.now);
};

export const addNote: Handler<'ideas.addNote'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const idea = await loadIdea(ctx, input.ideaId);
  const note = { at: ctx.now, byName: member.name, text: input.text };
  checked(await ctx.deps.db.collection(IDEAS).doc(idea._id).update({ staffNotes: ctx.deps.db.command.push([note]) }));
  return toStaffView({ ...idea, staffNotes: [...(idea.staffNotes ?? []), note] }, ctx.now);
};

export const detail: Handler<'ideas.detail'> = async (ctx, input) => {
  const idea = await loadIdea(ctx, input.ideaId);
  return withFileUrls(ctx.deps.files, idea, toStaffView(idea, ctx.now));
};
