import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { ACTIONS, actionNames } from '../../cloudfunctions/contract/registry';
import { AUDIT_COLLECTION } from '../../cloudfunctions/platform/audit';
import { EXAMPLES } from '../support/action-examples';
import { accessOutcome, CALLER_KINDS, kindOf, openidOf } from '../support/callers';
import { faultyDb, INJECTED, type FaultPlan } from '../support/faulty-db';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { SCOPED } from './role-scopes';

const AUDITED = actionNames.filter((a) => ACTIONS[a].audited);

/**
 * Every audited action writes exactly one audit entry per successful call and none on refusal; and a
 * fault injected on any write of its transaction (the change, a counter, the audit entry itself) leaves
 * neither the change nor the entry, answers a retryable error, and a retry of the same request succeeds.
 */
/**
 * Receipt numbers are taken by an atomic increment outside the transaction (platform/counters.ts), so a
 * failed submission leaves a gap in the sequence by design; everything else must be exactly as before.
 */
const withoutCounters = (snap: Record<string, unknown[]>) => ({ ...snap, [COLLECTIONS.counters]: [] });

describe('audit: one entry per decision, all or nothing', () => {
  let cloud: TestCloud;
  const figures = { audited: 0, refusals: 0, faults: 0 };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(async () => {
    console.log(`audit: ${figures.audited} audited actions, ${figures.refusals} refusals without an entry, ${figures.faults} injected faults rolled back and retried`);
    await cloud.close();
  });

  const audits = async () => (await cloud.snapshot())[AUDIT_COLLECTION]?.length ?? 0;
  const prepare = () => {
    cloud.clock.advance(61_000);
    return (action: (typeof AUDITED)[number]) => EXAMPLES[action].prepare(cloud, figures.faults);
  };

  /** Runs the call with a fault plan in place of the database (the pipeline reads deps.db per call). */
  const withPlan = async <T>(plan: FaultPlan, run: () => Promise<T>): Promise<T> => {
    const real = cloud.deps.db;
    cloud.deps.db = faultyDb(real, plan);
    try {
      return await run();
    } finally {
      cloud.deps.db = real;
    }
  };

  it('there are audited actions', () => expect(AUDITED.length).toBeGreaterThan(20));

  it.each(AUDITED)('%s', async (action) => {
    // Success: exactly one entry, and count the writes its transaction makes.
    const { caller, input } = await prepare()(action);
    const counted: FaultPlan = { failAt: null, writes: 0, thrown: 0 };
    const before = await audits();
    const ok = await withPlan(counted, () => cloud.call(caller, action, input));
    expect({ action, ok: ok.ok }).toEqual({ action, ok: true });
    expect({ action, entries: (await audits()) - before }).toEqual({ action, entries: 1 });
    expect(counted.writes).toBeGreaterThanOrEqual(1); // the entry is written inside a transaction
    figures.audited += 1;

    // Refusal: a caller the use case (or else the pipeline) turns away writes no entry.
    const fresh = await prepare()(action);
    const exampleKind = kindOf(fresh.caller);
    const refused = CALLER_KINDS.filter((k) => k !== exampleKind && k !== 'none');
    const kind = refused.find((k) => accessOutcome(action, k) === 'pass' && SCOPED[action]?.[k]) ?? refused.find((k) => accessOutcome(action, k) !== 'pass');
    const beforeRefusal = await audits();
    const denied = await cloud.call(openidOf(kind ?? 'none'), action, fresh.input);
    expect({ action, kind, ok: denied.ok }).toEqual({ action, kind, ok: false });
    expect({ action, entries: (await audits()) - beforeRefusal }).toEqual({ action, entries: 0 });
    figures.refusals += 1;

    // Faults: on each transactional write in turn, then on the audit insert itself. How many writes a call
    // makes may differ from run to run (a tally shard picked at random is made by the first write to it),
    // so fault the 1st, 2nd, … write until a run makes fewer writes than the one to fault, and succeeds.
    const faultOnce = async (plan: FaultPlan): Promise<boolean> => {
      const p = await prepare()(action);
      const requestId = randomUUID();
      const snap = JSON.stringify(withoutCounters(await cloud.snapshot()));
      cloud.logged.length = 0;
      const failed = await withPlan(plan, () => cloud.call(p.caller, action, p.input, requestId));
      if (plan.failAt !== null && plan.thrown === 0) {
        expect({ action, plan: plan.failAt, ok: failed.ok }).toEqual({ action, plan: plan.failAt, ok: true });
        return false;
      }
      expect({ action, plan: plan.failAt ?? 'audit insert', thrown: plan.thrown }).toEqual({ action, plan: plan.failAt ?? 'audit insert', thrown: 1 });
      // INTERNAL: nothing the member did wrong; the claim was released, so the same request may be sent again.
      expect({ action, code: failed.ok ? 'ok' : failed.error.code }).toEqual({ action, code: 'INTERNAL' });
      expect(JSON.stringify(cloud.logged)).toContain(INJECTED);
      expect({ action, plan: plan.failAt ?? 'audit insert', unchanged: JSON.stringify(withoutCounters(await cloud.snapshot())) === snap })
        .toEqual({ action, plan: plan.failAt ?? 'audit insert', unchanged: true });
      const beforeRetry = await audits();
      const retried = await cloud.call(p.caller, action, p.input, requestId);
      expect({ action, retried: retried.ok }).toEqual({ action, retried: true });
      expect((await audits()) - beforeRetry).toBe(1);
      figures.faults += 1;
      return true;
    };
    let failAt = 1;
    while (await faultOnce({ failAt, writes: 0, thrown: 0 })) failAt += 1;
    expect({ action, faultedSomeWrite: failAt > 1 }).toEqual({ action, faultedSomeWrite: true });
    await faultOnce({ failAt: null, failInsertInto: AUDIT_COLLECTION, writes: 0, thrown: 0 });
    expect(COLLECTIONS.auditLog).toBe(AUDIT_COLLECTION);
  });
});
