import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SheetEntry } from './contact-sheet';
import { SCREENSHOT_DIR } from './e2e-env';

/** One row per page × width × type size: the figures the tour reports for every page. */
export interface AuditRow {
  page: string;
  role: string;
  width: number;
  font: string;
  axeSeriousOrCritical: number;
  axe: string[];
  smallestTargetPx: number;
  smallestPrimaryPx: number;
  bodyFontPx: number;
  smallestTextPx: number;
  tightestLineHeight: number;
  sidewaysScroll: boolean;
  wayBack: boolean;
}

export const toRows = (entries: SheetEntry[]): AuditRow[] =>
  entries.map((e) => ({
    page: e.page,
    role: e.role,
    width: e.width,
    font: e.font,
    axeSeriousOrCritical: e.audit.axeSerious.reduce((n, v) => n + Number(v.split('×')[1] ?? 1), 0),
    axe: e.audit.axeSerious,
    smallestTargetPx: e.audit.minTargetPx,
    smallestPrimaryPx: e.audit.minPrimaryPx,
    bodyFontPx: e.audit.bodyFontPx,
    smallestTextPx: e.audit.minTextPx,
    tightestLineHeight: e.audit.minLineHeight,
    sidewaysScroll: e.audit.horizontalScroll,
    wayBack: e.audit.wayBack,
  }));

const dash = (n: number) => (n > 0 ? String(n) : '–');

/** The worst figure per column across all rows, for the line under the table. */
const worst = (rows: AuditRow[]) => {
  const pick = <K extends keyof AuditRow>(key: K, better: 'low' | 'high') => {
    const usable = rows.filter((r) => (r[key] as number) > 0 || key === 'axeSeriousOrCritical');
    if (!usable.length) return '–';
    // 'high' = a higher figure is better, so the worst is the lowest.
    const w = usable.reduce((a, b) => ((better === 'high' ? b[key] < a[key] : b[key] > a[key]) ? b : a));
    return `${w[key] as number} (${w.role}/${w.page} ${w.width}px ${w.font})`;
  };
  return [
    `- axe serious/critical, most on one page: ${pick('axeSeriousOrCritical', 'low')}`,
    `- smallest tap target: ${pick('smallestTargetPx', 'high')} px`,
    `- lowest primary button: ${pick('smallestPrimaryPx', 'high')} px`,
    `- smallest body font at standard: ${worstWhere(rows.filter((r) => r.font === 'standard'), 'bodyFontPx')} px`,
    `- smallest body font at 特大: ${worstWhere(rows.filter((r) => r.font === 'xlarge'), 'bodyFontPx')} px`,
    `- smallest text anywhere: ${pick('smallestTextPx', 'high')} px`,
    `- tightest line height: ${pick('tightestLineHeight', 'high')}`,
    `- pages with no 返回 and no tab bar: ${[...new Set(rows.filter((r) => !r.wayBack).map((r) => `${r.role}/${r.page}`))].join(', ') || 'none'}`,
    `- pages that scroll sideways: ${rows.filter((r) => r.sidewaysScroll).map((r) => `${r.role}/${r.page} ${r.width}px ${r.font}`).join(', ') || 'none'}`,
  ];
};

const worstWhere = (rows: AuditRow[], key: 'bodyFontPx') => {
  if (!rows.length) return '–';
  const w = rows.reduce((a, b) => (b[key] < a[key] ? b : a));
  return `${w[key]} (${w.role}/${w.page} ${w.width}px)`;
};

/** test/e2e/screenshots/audit.json (every figure) and audit.md (a compact table and the worst figures). */
export const writeAuditSummary = (entries: SheetEntry[]): { json: string; md: string } => {
  const rows = toRows(entries);
  const json = path.join(SCREENSHOT_DIR, 'audit.json');
  writeFileSync(json, `${JSON.stringify(rows, null, 1)}\n`);
  const head =
    '| page | role | width | font | axe serious/critical | smallest tap px | smallest primary px | body px | smallest text px | line height | sideways | way back |\n' +
    '|---|---|---|---|---|---|---|---|---|---|---|---|';
  const lines = rows.map(
    (r) =>
      `| ${r.page} | ${r.role} | ${r.width} | ${r.font} | ${r.axeSeriousOrCritical}${r.axe.length ? ` (${r.axe.join(', ')})` : ''} | ${dash(r.smallestTargetPx)} | ${dash(r.smallestPrimaryPx)} | ${r.bodyFontPx} | ${r.smallestTextPx} | ${r.tightestLineHeight} | ${r.sidewaysScroll ? 'yes' : 'no'} | ${r.wayBack ? 'yes' : 'no'} |`,
  );
  const md = path.join(SCREENSHOT_DIR, 'audit.md');
  writeFileSync(md, `# Page audit (${rows.length} rows)\n\nWorst figures:\n${worst(rows).join('\n')}\n\n${head}\n${lines.join('\n')}\n`);
  return { json, md };
};
