import type { IdeaRating, IdeaState } from '../../contract/ideas-model';

/**
 * The 金点子 state machine, pure: no clock, no database. Every move an idea can make is one event here;
 * anything else is INVALID_STATE (the use cases turn a `null` into that error).
 *
 *   submitted ─accept→ accepted ─assign→ assigned ─progress→ in_progress ─resolve→ resolved ─rate→ rated
 *       │ └─notAccept→ not_accepted            └───────────resolve──────────────┘               │
 *       └─withdraw→ withdrawn                                    rated (不满意) ─reopen→ assigned ┘
 */
export const IDEA_EVENTS = ['withdraw', 'accept', 'notAccept', 'assign', 'progress', 'resolve', 'rate', 'reopen'] as const;
export type IdeaEvent = (typeof IDEA_EVENTS)[number];

export const TRANSITIONS: Record<IdeaEvent, { from: readonly IdeaState[]; to: IdeaState }> = {
  withdraw: { from: ['submitted'], to: 'withdrawn' },
  accept: { from: ['submitted'], to: 'accepted' },
  notAccept: { from: ['submitted'], to: 'not_accepted' },
  assign: { from: ['accepted'], to: 'assigned' },
  // A progress note moves an assigned idea into 办理中 and adds to one already there.
  progress: { from: ['assigned', 'in_progress'], to: 'in_progress' },
  // Staff may answer straight after assigning, when the department settled it at once.
  resolve: { from: ['assigned', 'in_progress'], to: 'resolved' },
  rate: { from: ['resolved'], to: 'rated' },
  // Only an unsatisfied rating opens another round (guarded below).
  reopen: { from: ['rated'], to: 'assigned' },
};

export interface Guard {
  /** The author's rating, for `reopen`. */
  rating?: IdeaRating;
}

/** The state after `event`, or null when the move is not allowed from `from`. */
export const nextState = (from: IdeaState, event: IdeaEvent, guard: Guard = {}): IdeaState | null => {
  const t = TRANSITIONS[event];
  if (!t.from.includes(from)) return null;
  if (event === 'reopen' && guard.rating !== 'unsatisfied') return null;
  return t.to;
};

/** Whether any event leads from one state to another (the pair table). */
export const canMove = (from: IdeaState, to: IdeaState): boolean =>
  (Object.keys(TRANSITIONS) as IdeaEvent[]).some((e) => TRANSITIONS[e].to === to && TRANSITIONS[e].from.includes(from));

/** States in which nothing more happens unless someone reopens. */
export const isFinal = (state: IdeaState): boolean => state === 'withdrawn' || state === 'not_accepted';
