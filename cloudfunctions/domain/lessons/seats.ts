/**
 * Seat arithmetic for offline sessions (院坝小讲堂). Taking and freeing seats happens in the session's seat
 * ledger (features/lessons/sessions/seats.ts), one conditional update each.
 */
export interface SeatState {
  capacity: number;
  taken: number;
}

export const seatsLeft = (state: SeatState): number => Math.max(0, state.capacity - state.taken);

/** 4-digit check-in code, never with a leading zero lost (always 4 characters). */
export const checkInCode = (random: () => number): string => String(Math.floor(random() * 10000)).padStart(4, '0');
