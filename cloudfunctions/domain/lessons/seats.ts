/**
 * Seat arithmetic for offline sessions (院坝小讲堂): capacity is a hard limit; the same person twice is
 * one sign-up; a cancelled seat is free again.
 */
export interface SeatState {
  capacity: number;
  taken: number;
}

export type SeatAnswer = { ok: true; taken: number } | { ok: false; reason: 'full' | 'closed' };

export const takeSeat = (state: SeatState, alreadySignedUp: boolean, open = true): SeatAnswer => {
  if (alreadySignedUp) return { ok: true, taken: state.taken };
  if (!open) return { ok: false, reason: 'closed' };
  if (state.taken >= state.capacity) return { ok: false, reason: 'full' };
  return { ok: true, taken: state.taken + 1 };
};

export const releaseSeat = (state: SeatState, wasSignedUp: boolean): number => (wasSignedUp ? Math.max(0, state.taken - 1) : state.taken);

export const seatsLeft = (state: SeatState): number => Math.max(0, state.capacity - state.taken);

/** 4-digit check-in code, never with a leading zero lost (always 4 characters). */
export const checkInCode = (random: () => number): string => String(Math.floor(random() * 10000)).padStart(4, '0');
