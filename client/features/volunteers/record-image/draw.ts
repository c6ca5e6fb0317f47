import { FIELD_LABELS } from '@contract/volunteer-words';
import type { OutputOf } from '@contract/registry';
import { hoursText } from '../format';

/**
 * The 志愿服务记录证明 as a picture, drawn the same way in the mini-program (Canvas type="2d") and in H5
 * (an HTMLCanvasElement): `layoutRecord` is pure (text measured by the function it is given), `paintRecord`
 * only replays the layout on a 2D context, and `renderRecord` does both on any canvas-like object.
 *
 * Fields follow the national rules for volunteer-service records (志愿服务记录与证明出具办法): the
 * volunteer, their team(s), each service's content, date and hours, the total, the issuing body, the
 * date of issue and a number to quote when checking it. Type is large (body 40 px on a 1080 px picture,
 * i.e. about 14 px when the picture fills a 375 px phone, and it can be zoomed like any photo).
 */
export type ServiceRecord = OutputOf<'volunteers.serviceRecord'>;

/** The slice of CanvasRenderingContext2D both platforms provide. */
export interface Ctx2D {
  font: string;
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  textAlign: string;
  textBaseline: string;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

export interface CanvasLike {
  width: number;
  height: number;
  getContext(type: '2d'): Ctx2D | null;
}

export const IMAGE_WIDTH = 1080;
/** Most rows drawn: the picture stays under 4096 px tall (the mini-program's canvas limit); the printable page lists all. */
export const MAX_IMAGE_ROWS = 12;
export const MIN_FONT_PX = 32;

const MARGIN = 84;
const INNER = IMAGE_WIDTH - 2 * MARGIN;
const FAMILY = '"PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif';
const INK = '#1a1a1a';
const SOFT = '#3a3a3a';
const RED = '#9b1c1c';

const font = (px: number, bold = false) => `${bold ? 'bold ' : ''}${px}px ${FAMILY}`;

export type DrawOp =
  | { kind: 'text'; text: string; x: number; y: number; font: string; px: number; color: string; align: 'left' | 'center' | 'right' }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; width: number; color: string }
  | { kind: 'frame'; x: number; y: number; w: number; h: number; width: number; color: string };

export interface Layout {
  width: number;
  height: number;
  ops: DrawOp[];
}

/** Measures `text` drawn in `font`, in px. */
export type Measure = (text: string, font: string) => number;

/** Punctuation that may not begin a line (Chinese typesetting): it takes the previous character down with it. */
const NO_LINE_START = new Set(Array.from('，。、；：！？）》」』”’,.;:!?)'));

/** Breaks `text` into lines no wider than `max` (by character: Chinese has no spaces to break at). */
export const wrap = (measure: Measure, text: string, f: string, max: number): string[] => {
  const lines: string[] = [];
  let line = '';
  for (const ch of Array.from(text)) {
    if (line && measure(line + ch, f) > max) {
      const chars = Array.from(line);
      const carried = NO_LINE_START.has(ch) && chars.length > 1 ? chars.pop() ?? '' : '';
      lines.push(chars.join(''));
      line = (carried + ch).trim() ? carried + ch : '';
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
};

/** "2026-11-28" → "2026年11月28日" */
export const dayText = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Where every word and line of the picture goes, top to bottom. */
export const layoutRecord = (measure: Measure, r: ServiceRecord): Layout => {
  const ops: DrawOp[] = [];
  let y = 150;
  const text = (t: string, px: number, o: { bold?: boolean; color?: string; align?: 'left' | 'center' | 'right'; x?: number } = {}) => {
    const align = o.align ?? 'left';
    const x = o.x ?? (align === 'center' ? IMAGE_WIDTH / 2 : align === 'right' ? IMAGE_WIDTH - MARGIN : MARGIN);
    ops.push({ kind: 'text', text: t, x, y, font: font(px, o.bold), px, color: o.color ?? INK, align });
  };
  /** A wrapped paragraph; `y` moves past it. */
  const para = (t: string, px: number, o: { bold?: boolean; color?: string; gap?: number; indent?: number } = {}) => {
    const indent = o.indent ?? 0;
    for (const line of wrap(measure, t, font(px, o.bold), INNER - indent)) {
      text(line, px, { ...o, x: MARGIN + indent });
      y += Math.round(px * 1.5);
    }
    y += o.gap ?? 0;
  };
  const rule = (color = '#b8b8b8', width = 2) => {
    ops.push({ kind: 'line', x1: MARGIN, y1: y, x2: IMAGE_WIDTH - MARGIN, y2: y, width, color });
  };

  text('志愿服务记录证明', 72, { bold: true, align: 'center', color: RED });
  y += 80;
  text(`编号：${r.serial}`, 34, { align: 'center', color: SOFT });
  y += 48;
  rule(RED, 4);
  y += 76;

  const teams = r.teams.length ? `，系${r.teams.join('、')}队员` : '';
  para(
    `兹证明 ${r.volunteerName} 同志（${r.birthYear}年生，${r.branchName}）${teams}，参加志愿服务 ${r.rows.length} 次，累计服务时长 ${hoursText(r.totalMinutes)}。`,
    42, { gap: 24 },
  );

  text('服务记录', 44, { bold: true, color: RED });
  y += 30;
  rule();
  y += 62;
  const shown = r.rows.slice(0, MAX_IMAGE_ROWS);
  for (const row of shown) {
    text(dayText(row.date), 40, { bold: true });
    text(hoursText(row.minutes), 40, { bold: true, align: 'right' });
    y += 60;
    para(`${row.title}（${FIELD_LABELS[row.field]}）`, 38);
    para(`${row.teamName} · ${row.place}`, 34, { color: SOFT });
    y -= 20;
    rule();
    y += 62;
  }
  if (r.rows.length === 0) para('暂无已记录时长的志愿服务。', 38, { gap: 10 });
  if (r.rows.length > shown.length) para(`另有 ${r.rows.length - shown.length} 次服务，见可打印的证明页。`, 36, { color: SOFT, gap: 10 });

  y += 20;
  para(`累计服务 ${r.rows.length} 次，共 ${hoursText(r.totalMinutes)}`, 50, { bold: true, gap: 40 });
  para(`出具单位：${r.issuer}`, 42);
  para(`出具日期：${dayText(r.issuedAt)}`, 42, { gap: 30 });
  // No seal is drawn (a picture cannot carry one honestly): the line says where a stamped copy is had, and
  // that the number can be checked (staff: 核对志愿服务证明, volunteers.checkRecord).
  para('所列事项依照《志愿服务记录与证明出具办法（试行）》。可凭编号向出具单位核实；需要盖章的纸质证明，请带上本证明到出具单位办理。', 32, { color: SOFT });
  const height = y + 70;
  ops.unshift(
    { kind: 'frame', x: 28, y: 28, w: IMAGE_WIDTH - 56, h: height - 56, width: 8, color: RED },
    { kind: 'frame', x: 46, y: 46, w: IMAGE_WIDTH - 92, h: height - 92, width: 2, color: RED },
  );
  return { width: IMAGE_WIDTH, height, ops };
};

/** Replays a layout on a context whose canvas is already `layout.width` × `layout.height`. */
export const paintRecord = (ctx: Ctx2D, layout: Layout): void => {
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) {
    if (op.kind === 'text') {
      ctx.font = op.font;
      ctx.fillStyle = op.color;
      ctx.textAlign = op.align;
      ctx.fillText(op.text, op.x, op.y);
    } else if (op.kind === 'line') {
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.width;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
    } else {
      ctx.strokeStyle = op.color;
      ctx.lineWidth = op.width;
      ctx.strokeRect(op.x, op.y, op.w, op.h);
    }
  }
};

/** Sizes `canvas` to the record and draws it; the same call on both platforms. */
export const renderRecord = (canvas: CanvasLike, record: ServiceRecord): { width: number; height: number } => {
  const probe = canvas.getContext('2d');
  if (!probe) throw new Error('no 2d context');
  const layout = layoutRecord((t, f) => {
    probe.font = f;
    return probe.measureText(t).width;
  }, record);
  canvas.width = layout.width;
  canvas.height = layout.height; // resizing clears the canvas and resets the context's state
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d context');
  paintRecord(ctx, layout);
  return { width: layout.width, height: layout.height };
};
