import {
  applySignUp, decideSignUp, phaseOf, release, waitingPosition, WAITLIST_MAX, type SeatState,
} from '../../cloudfunctions/domain/volunteers/seats';
import {
  checkWindow, dayOf, formatHours, makeCheckCode, monthOf, serviceMinutes, spanMinutes,
} from '../../cloudfunctions/domain/volunteers/hours';
import { canApply, canLeave, canManageTeam } from '../../cloudfunctions/domain/volunteers/teams';

const at = (hhmm: string) => new Date(`2026-12-05T${hhmm}:00+08:00`);
const span = { startAt: at('09:00'), endAt: at('11:30') };

describe('seat arithmetic', () => {
  const state = (taken: number, waiting: string[] = [], capacity = 2): SeatState => ({ capacity, taken, waiting });

  it('gives seats while free (pending when approval is needed), then queues, then refuses', () => {
    expect(decideSignUp(state(0), false)).toBe('confirmed');
    expect(decideSignUp(state(1), true)).toBe('pending');
    expect(decideSignUp(state(2), false)).toBe('waiting');
    expect(decideSignUp(state(2, Array.from({ length: WAITLIST_MAX }, (_, i) => `w${i}`)), false)).toBe('full');
  });

  it('taking a seat counts it; queueing appends in arrival order', () => {
    expect(applySignUp(state(1), 'a', 'confirmed')).toEqual({ taken: 2, waiting: [] });
    expect(applySignUp(state(2, ['x']), 'a', 'waiting')).toEqual({ taken: 2, waiting: ['x', 'a'] });
  });

  it('a freed seat goes to the first waiting person; the rest move up', () => {
    expect(release(state(2, ['w1', 'w2']), 'a', 'confirmed')).toEqual({ taken: 2, waiting: ['w2'], promoted: 'w1' });
    expect(release(state(2, ['w1']), 'a', 'pending')).toEqual({ taken: 2, waiting: [], promoted: 'w1' });
    expect(release(state(2), 'a', 'confirmed')).toEqual({ taken: 1, waiting: [] });
  });

  it('a waiting person leaving only leaves the queue; nobody is promoted', () => {
    expect(release(state(2, ['w1', 'w2', 'w3']), 'w2', 'waiting')).toEqual({ taken: 2, waiting: ['w1', 'w3'] });
    expect(waitingPosition(['w1', 'w3'], 'w3')).toBe(2);
    expect(waitingPosition(['w1'], 'zz')).toBeNull();
  });

  it('never promotes into a seat that does not exist (capacity lowered below the taken count)', () => {
    expect(release(state(5, ['w1'], 3), 'a', 'confirmed')).toEqual({ taken: 4, waiting: ['w1'] });
  });

  it('phases: open until the deadline (or the start, if earlier), then closed, ongoing, ended', () => {
    const a = { ...span, deadline: at('08:00') };
    expect(phaseOf(a, at('07:59'))).toBe('open');
    expect(phaseOf(a, at('08:00'))).toBe('closed');
    expect(phaseOf(a, at('09:00'))).toBe('ongoing');
    expect(phaseOf(a, at('11:30'))).toBe('ended');
    expect(phaseOf({ ...a, cancelled: true }, at('07:00'))).toBe('cancelled');
  });
});

describe('hours arithmetic (fixed clock)', () => {
  it('counts from check-in to check-out', () => {
    expect(serviceMinutes(span, { checkInAt: at('09:10'), checkOutAt: at('11:00') })).toBe(110);
  });

  it('is capped by the activity span at both ends', () => {
    expect(serviceMinutes(span, { checkInAt: at('08:20'), checkOutAt: at('12:40') })).toBe(150);
    expect(spanMinutes(span)).toBe(150);
  });

  it('counts nothing without a check-out, and never goes negative', () => {
    expect(serviceMinutes(span, { checkInAt: at('09:00') })).toBeNull();
    expect(serviceMinutes(span, { checkInAt: at('11:40'), checkOutAt: at('12:00') })).toBe(0);
  });

  it('rounds down to whole minutes', () => {
    expect(serviceMinutes(span, { checkInAt: new Date(at('09:00').getTime() + 30_000), checkOutAt: at('10:00') })).toBe(59);
  });

  it('check-in window: an hour before the start to two hours after the end', () => {
    expect(checkWindow(span, at('07:59'))).toBe('early');
    expect(checkWindow(span, at('08:00'))).toBe('open');
    expect(checkWindow(span, at('13:30'))).toBe('open');
    expect(checkWindow(span, at('13:31'))).toBe('late');
  });

  it('shows hours with one decimal, and dates in Asia/Shanghai', () => {
    expect(formatHours(150)).toBe('2.5');
    expect(formatHours(120)).toBe('2');
    expect(formatHours(100)).toBe('1.7');
    expect(monthOf(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(dayOf(new Date('2026-11-30T15:59:00Z'))).toBe('2026-11-30');
  });

  it('makes 4-digit codes, zero-padded', () => {
    expect(makeCheckCode(() => 0)).toBe('0000');
    expect(makeCheckCode(() => 0.0421)).toBe('0421');
    expect(makeCheckCode(() => 0.99999)).toBe('9999');
  });
});

describe('team rights', () => {
  it('staff manage every team; a leader only their own', () => {
    expect(canManageTeam({ leaderIds: ['m1'] }, 'm1', false)).toBe(true);
    expect(canManageTeam({ leaderIds: ['m1'] }, 'm2', false)).toBe(false);
    expect(canManageTeam({ leaderIds: [] }, 'm2', true)).toBe(true);
  });

  it('applying and leaving follow the membership state; a leader cannot just leave', () => {
    expect([null, 'declined', 'left'].every((s) => canApply(s as never))).toBe(true);
    expect(canApply('pending')).toBe(false);
    expect(canApply('active')).toBe(false);
    expect(canLeave('active', false)).toBe(true);
    expect(canLeave('active', true)).toBe(false);
    expect(canLeave(null, false)).toBe(false);
  });
});
