import { randomUUID } from 'node:crypto';
import { ACTIONS, actionNames, type ActionName } from '../../cloudfunctions/contract/registry';
import { EXAMPLES } from '../support/action-examples';
import { startTestCloud, type TestCloud } from '../support/test-cloud';

const WRITES = actionNames.filter((a) => ACTIONS[a].write);

/** Another valid payload for the writes whose example input is the same every time (the key is checked before the use case). */
const OTHER_PAYLOAD: Partial<Record<ActionName, (input: Record<string, unknown>) => unknown>> = {
  'volunteers.exportLedger': () => ({ from: '2026-02', to: '2026-03' }),
  'ideas.exportLedger': () => ({ from: '2026-10-01', to: '2026-10-31' }),
  'care.exportLedger': () => ({ year: 2026, ledger: 'problems' }),
  'members.register': (input) => ({ ...input, name: '另一个名字' }),
  'volunteers.applyToJoin': () => ({ teamId: 'another-team' }),
  'volunteers.leaveTeam': () => ({ teamId: 'another-team' }),
};

const json = (value: unknown) => JSON.stringify(value);

/**
 * Every write, replayed with its requestId (a rural network resending): the same answer and exactly
 * the change of one call. The same requestId with another payload is refused and changes nothing.
 */
describe('idempotency of every write', () => {
  let cloud: TestCloud;
  const figures = { writes: 0, replays: 0, keyReuses: 0 };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(async () => {
    console.log(`idempotency: ${figures.writes} writes, ${figures.replays} replays answered from the record, ${figures.keyReuses} reused keys refused`);
    await cloud.close();
  });

  it('there are writes to test', () => expect(WRITES.length).toBeGreaterThan(40));

  it.each(WRITES)('%s', async (action) => {
    cloud.clock.advance(61_000);
    const { caller, input } = await EXAMPLES[action].prepare(cloud, 0);
    const requestId = randomUUID();
    const s0 = json(await cloud.snapshot());
    const first = await cloud.call(caller, action, input, requestId);
    expect({ action, ok: first.ok }).toEqual({ action, ok: true });
    const s1 = json(await cloud.snapshot());
    expect(s1).not.toEqual(s0); // one call changes something (at least its idempotency record)
    figures.writes += 1;

    for (let n = 0; n < 3; n += 1) {
      expect(await cloud.call(caller, action, input, requestId)).toEqual(first);
      figures.replays += 1;
    }
    expect(json(await cloud.snapshot())).toEqual(s1);

    // Another payload under the same key: from a second prepare, or the table above.
    cloud.clock.advance(61_000);
    const again = await EXAMPLES[action].prepare(cloud, 1);
    const other = json(again.input) !== json(input) ? again.input : OTHER_PAYLOAD[action]?.(input as Record<string, unknown>);
    if (other === undefined) {
      // Only an action with an empty input has no other payload to send.
      expect({ action, input }).toEqual({ action, input: {} });
      return;
    }
    const s2 = json(await cloud.snapshot());
    const reused = await cloud.call(caller, action, other, requestId);
    expect({ action, answer: reused.ok ? 'ok' : reused.error.code }).toEqual({ action, answer: 'IDEMPOTENCY_KEY_REUSED' });
    expect(json(await cloud.snapshot())).toEqual(s2);
    figures.keyReuses += 1;
  });
});
