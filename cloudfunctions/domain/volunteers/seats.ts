/**
 * Seat arithmetic for volunteer activities (pure, no I/O). The activity document holds the truth:
 * `taken` seats (confirmed sign-ups plus those awaiting approval, so an approval can never over-fill)
 * and `waiting`, the first-come waiting list as member ids in arrival order. Use cases read it inside
 * a transaction, ask these functions what to do, and write the answer back in the same transaction.
 */
export type SignupStatus = 'confirmed' | 'pending' | 'waiting' | 'cancelled' | 'declined';

/** Statuses that hold a place on the activity (a seat, or a spot in the waiting queue). */
export const HOLDS_PLACE: readonly SignupStatus[] = ['confirmed', 'pending', 'waiting'];
export const HOLDS_SEAT: readonly SignupStatus[] = ['confirmed', 'pending'];

/** The waiting list is bounded so the activity document stays small. */
export const WAITLIST_MAX = 200;

export interface SeatState {
  capacity: number;
  taken: number;
  waiting: readonly string[];
}

export type SignUpDecision = 'confirmed' | 'pending' | 'waiting' | 'full';

/** Where a new sign-up goes: a seat while one is free, otherwise the end of the waiting list. */
export const decideSignUp = (state: SeatState, needsApproval: boolean): SignUpDecision => {
  if (state.taken < state.capacity) return needsApproval ? 'pending' : 'confirmed';
  if (state.waiting.length < WAITLIST_MAX) return 'waiting';
  return 'full';
};

export interface SeatChange {
  taken: number;
  waiting: string[];
  /** The member promoted from the waiting list into the freed seat, if any. */
  promoted?: string;
}

/** Takes a seat (or queues) for `memberId` after decideSignUp said where. */
export const applySignUp = (state: SeatState, memberId: string, decision: Exclude<SignUpDecision, 'full'>): SeatChange =>
  decision === 'waiting'
    ? { taken: state.taken, waiting: [...state.waiting, memberId] }
    : { taken: state.taken + 1, waiting: [...state.waiting] };

/**
 * Someone leaves (cancels, or is declined). A waiting member just leaves the queue; a seat holder's
 * seat goes to the first person waiting, so `taken` stays the same and the queue shortens by one.
 */
export const release = (state: SeatState, memberId: string, had: SignupStatus): SeatChange => {
  if (had === 'waiting') return { taken: state.taken, waiting: state.waiting.filter((id) => id !== memberId) };
  if (!HOLDS_SEAT.includes(had)) return { taken: state.taken, waiting: [...state.waiting] };
  const [promoted, ...rest] = state.waiting;
  const taken = Math.max(0, state.taken - 1);
  if (promoted === undefined || taken >= state.capacity) return { taken, waiting: [...state.waiting] };
  return { taken: taken + 1, waiting: rest, promoted };
};

/** 1-based place in the waiting list, or null when not waiting. */
export const waitingPosition = (waiting: readonly string[], memberId: string): number | null => {
  const i = waiting.indexOf(memberId);
  return i < 0 ? null : i + 1;
};

export type ActivityPhase = 'open' | 'closed' | 'ongoing' | 'ended' | 'cancelled';

/** Plain-word phase of an activity at `now`: sign-ups close at the deadline, or at the start if earlier. */
export const phaseOf = (a: { startAt: Date; endAt: Date; deadline: Date; cancelled?: boolean }, now: Date): ActivityPhase => {
  if (a.cancelled) return 'cancelled';
  const t = now.getTime();
  if (t >= a.endAt.getTime()) return 'ended';
  if (t >= a.startAt.getTime()) return 'ongoing';
  if (t >= Math.min(a.deadline.getTime(), a.startAt.getTime())) return 'closed';
  return 'open';
};
