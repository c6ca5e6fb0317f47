import { IDEA_STATES, type IdeaState } from '../../cloudfunctions/contract/ideas-model';
import { IDEA_EVENTS, canMove, nextState, type IdeaEvent } from '../../cloudfunctions/domain/ideas/state-machine';

/**
 * The whole table, written out by hand: for every state and every event, where the idea goes
 * ('—' = INVALID_STATE). A change to the machine that is not also made here fails this test.
 */
const TABLE: Record<IdeaState, Record<IdeaEvent, IdeaState | '—'>> = {
  //           withdraw     accept      notAccept       assign      progress       resolve      rate     reopen
  submitted:   { withdraw: 'withdrawn', accept: 'accepted', notAccept: 'not_accepted', assign: '—', progress: '—', resolve: '—', rate: '—', reopen: '—' },
  accepted:    { withdraw: '—', accept: '—', notAccept: '—', assign: 'assigned', progress: '—', resolve: '—', rate: '—', reopen: '—' },
  not_accepted:{ withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: '—', resolve: '—', rate: '—', reopen: '—' },
  assigned:    { withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: 'in_progress', resolve: 'resolved', rate: '—', reopen: '—' },
  in_progress: { withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: 'in_progress', resolve: 'resolved', rate: '—', reopen: '—' },
  resolved:    { withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: '—', resolve: '—', rate: 'rated', reopen: '—' },
  rated:       { withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: '—', resolve: '—', rate: '—', reopen: 'assigned' },
  withdrawn:   { withdraw: '—', accept: '—', notAccept: '—', assign: '—', progress: '—', resolve: '—', rate: '—', reopen: '—' },
};

/** Every pair of states: is there any move from the row state to the column state? */
const PAIRS: Array<[IdeaState, IdeaState]> = [
  ['submitted', 'withdrawn'], ['submitted', 'accepted'], ['submitted', 'not_accepted'],
  ['accepted', 'assigned'],
  ['assigned', 'in_progress'], ['assigned', 'resolved'],
  ['in_progress', 'in_progress'], ['in_progress', 'resolved'],
  ['resolved', 'rated'],
  ['rated', 'assigned'],
];

describe('idea state machine', () => {
  const cases = IDEA_STATES.flatMap((from) => IDEA_EVENTS.map((event) => [from, event, TABLE[from][event]] as const));

  it('covers all 8 states × 8 events', () => {
    expect(cases).toHaveLength(64);
  });

  it.each(cases)('%s --%s--> %s', (from, event, expected) => {
    // reopen is guarded: only after 不满意; the table shows the move when the guard holds.
    const got = nextState(from, event, { rating: 'unsatisfied' });
    expect(got ?? '—').toBe(expected);
  });

  it.each(IDEA_STATES.flatMap((from) => IDEA_STATES.map((to) => [from, to] as const)))('pair %s → %s', (from, to) => {
    const allowed = PAIRS.some(([f, t]) => f === from && t === to);
    expect(canMove(from, to)).toBe(allowed);
  });

  it('reopens only after an unsatisfied rating', () => {
    expect(nextState('rated', 'reopen', { rating: 'unsatisfied' })).toBe('assigned');
    expect(nextState('rated', 'reopen', { rating: 'satisfied' })).toBeNull();
    expect(nextState('rated', 'reopen', { rating: 'basically_satisfied' })).toBeNull();
    expect(nextState('rated', 'reopen')).toBeNull();
  });

  it('withdrawn and not accepted are final: no event leaves them', () => {
    for (const state of ['withdrawn', 'not_accepted'] as const) {
      for (const event of IDEA_EVENTS) expect(nextState(state, event, { rating: 'unsatisfied' })).toBeNull();
    }
  });
});
