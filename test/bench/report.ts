import { ACTIONS, isActionName } from '../../cloudfunctions/contract/registry';
import { PLATFORM_LATENCY_MS, type ActionFigure, type SizeRun } from './actions';

/** One row of results.json: the named keys runs are compared by, plus the figures behind them. */
export interface ActionRow {
  action: string;
  /** Requests per call: reads and writes (the budget's terms) and all, incl. transaction start/commit. */
  roundTrips: { reads: number; writes: number; all: number };
  /** On the county-sized set. */
  p50Ms: number;
  p95Ms: number;
  /** p50 on the larger set / p50 on the county-sized one. */
  growth: number;
  large: { p50Ms: number; p95Ms: number; reads: number; writes: number };
  /** County-sized set with a simulated platform round trip per SDK request. */
  platform?: { p50Ms: number; p95Ms: number };
  /** Sequential database round trips (the longest chain of requests that did not overlap), with the simulated hop. */
  depth?: number;
  kind: 'read' | 'write';
  error?: string;
}

const f2 = (n: number) => (Number.isFinite(n) ? n.toFixed(2) : '—');
const f1 = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : '—');

/** "members.list (keyword)" is a variant of members.list. */
const baseAction = (label: string) => label.replace(/ \(.*\)$/, '').split('/')[0];

export const kindOf = (label: string): 'read' | 'write' => {
  const name = baseAction(label);
  return isActionName(name) && !ACTIONS[name].write ? 'read' : 'write';
};

/** Prints the side-by-side table and returns the rows for results.json. */
export const printActions = (small: SizeRun, large: SizeRun): ActionRow[] => {
  const byLabel = new Map<string, ActionFigure>(large.figures.map((f) => [f.action, f]));
  const s = small.seed.written;
  const l = large.seed.written;
  console.log(`\n  cases from ${small.source}; seeding ×1: ${(small.seed.ms / 1000).toFixed(1)} s, rss ${small.seed.rssMB} MB; ×${large.factor}: ${(large.seed.ms / 1000).toFixed(1)} s, rss ${large.seed.rssMB} MB`);
  console.log(`  documents ×1 / ×${large.factor}: ${Object.keys(s).map((c) => `${c} ${s[c]}/${l[c]}`).join(', ')}`);
  console.log('  reads/writes = SDK database requests per call counted by the emulator (caller lookup and idempotency record included;');
  console.log('  transaction start/commit not); all = every request; depth = the longest chain of requests sent one after another');
  console.log('  (deepest of the platform calls; budget: reads 2, writes 4); growth = p50 ×large / p50 ×1 (lists should stay near 1);');
  console.log(`  "@${PLATFORM_LATENCY_MS}ms" = the county-sized set again with every SDK request ${PLATFORM_LATENCY_MS} ms slower, as a network hop on the platform.`);
  const head = `  ${'action'.padEnd(32)} ${'kind'.padEnd(5)} ${'reads'.padStart(5)} ${'writes'.padStart(6)} ${'all'.padStart(5)} ${'depth'.padStart(5)} ${'p50 ×1'.padStart(9)} ${'p95 ×1'.padStart(9)} ${`p50@${PLATFORM_LATENCY_MS}`.padStart(9)} ${`p95@${PLATFORM_LATENCY_MS}`.padStart(9)} ${`p50 ×${large.factor}`.padStart(9)} ${`p95 ×${large.factor}`.padStart(9)} ${'growth'.padStart(7)}`;
  console.log(head);
  const rows: ActionRow[] = [];
  for (const a of small.figures) {
    const b = byLabel.get(a.action);
    const row: ActionRow = {
      action: a.action,
      roundTrips: { reads: a.reads, writes: a.writes, all: a.roundTrips },
      p50Ms: a.p50Ms,
      p95Ms: a.p95Ms,
      growth: b ? b.p50Ms / a.p50Ms : Number.NaN,
      large: { p50Ms: b?.p50Ms ?? Number.NaN, p95Ms: b?.p95Ms ?? Number.NaN, reads: b?.reads ?? Number.NaN, writes: b?.writes ?? Number.NaN },
      kind: kindOf(a.action),
      ...(a.platform ? { platform: { p50Ms: a.platform.p50Ms, p95Ms: a.platform.p95Ms }, depth: a.platform.depth } : {}),
      ...(a.error || b?.error ? { error: a.error ?? b?.error } : {}),
    };
    rows.push(row);
    console.log(
      `  ${a.action.padEnd(32)} ${row.kind.padEnd(5)} ${f1(a.reads).padStart(5)} ${f1(a.writes).padStart(6)} ${f1(a.roundTrips).padStart(5)} ${String(a.platform?.depth ?? '—').padStart(5)} ${f2(a.p50Ms).padStart(7)}ms ${f2(a.p95Ms).padStart(7)}ms ${f1(a.platform?.p50Ms ?? Number.NaN).padStart(7)}ms ${f1(a.platform?.p95Ms ?? Number.NaN).padStart(7)}ms ${f2(row.large.p50Ms).padStart(7)}ms ${f2(row.large.p95Ms).padStart(7)}ms ${f2(row.growth).padStart(7)}${row.error ? `  ERROR ${row.error}` : ''}`,
    );
  }
  console.log(depthSummary(rows));
  return rows;
};

/** How many actions meet the depth goal (reads ≤ 2, writes ≤ 4 sequential round trips), and the writes' median. */
export const depthSummary = (rows: ActionRow[]): string => {
  const measured = rows.filter((r) => r.depth !== undefined && !r.error);
  const of = (kind: ActionRow['kind']) => measured.filter((r) => r.kind === kind);
  const within = (kind: ActionRow['kind'], goal: number) => of(kind).filter((r) => (r.depth ?? Infinity) <= goal).length;
  const writes = of('write').map((r) => r.depth ?? 0).sort((a, b) => a - b);
  const median = writes.length ? writes[writes.length >> 1] : Number.NaN;
  return `  depth goal: reads ${within('read', 2)} of ${of('read').length} within 2, writes ${within('write', 4)} of ${writes.length} within 4 (median ${median})`;
};

/**
 * Budgets: reads ≤ 2, writes ≤ 4 incl. audit; sequential depth ≤ 2 for a read and ≤ 4 for a write; a read
 * that grows with the data (p50 ×large / ×1 above 1.5).
 */
export const budgetMisses = (rows: ActionRow[]): Array<{ action: string; why: string }> =>
  rows.flatMap((r) => {
    const why: string[] = [];
    if (r.error) why.push(`call failed: ${r.error}`);
    if (r.roundTrips.reads > 2) why.push(`reads ${f1(r.roundTrips.reads)}`);
    if (r.roundTrips.writes > 4) why.push(`writes ${f1(r.roundTrips.writes)}`);
    if (r.depth !== undefined && r.depth > (r.kind === 'read' ? 2 : 4)) why.push(`depth ${r.depth}`);
    if (r.large.reads > r.roundTrips.reads + 0.5 || r.large.writes > r.roundTrips.writes + 0.5) why.push('round trips grow with the data');
    if (r.growth > 1.5) why.push(`growth ${f2(r.growth)}`);
    return why.length ? [{ action: r.action, why: why.join(', ') }] : [];
  });
