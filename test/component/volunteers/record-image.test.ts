import {
  IMAGE_WIDTH, layoutRecord, MAX_IMAGE_ROWS, MIN_FONT_PX, renderRecord, wrap, type CanvasLike, type Ctx2D, type DrawOp, type Measure,
} from '../../../client/features/volunteers/record-image/draw';
import { hoursText } from '../../../client/features/volunteers/format';
import { startTestCloud, dataOf, type TestCloud } from '../../support/test-cloud';

/**
 * The record picture's layout, fed with the real volunteers.serviceRecord answer. Text is measured as a
 * CJK font sets it (a Chinese character is as wide as the type is tall, Latin about 0.6 of it); the
 * pixels themselves are proven in the e2e, where Chromium draws the same layout.
 */
const pxOf = (font: string) => Number(/(\d+)px/.exec(font)?.[1] ?? 0);
const measure: Measure = (text, font) => Array.from(text).reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6) * pxOf(font), 0);
const texts = (ops: DrawOp[]) => ops.filter((o): o is Extract<DrawOp, { kind: 'text' }> => o.kind === 'text');
const allText = (ops: DrawOp[]) => texts(ops).map((o) => o.text).join('\n');

describe('volunteers: the service record picture', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  it('carries every field the record rules ask for, in large type, inside the picture', async () => {
    const record = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {}));
    expect(record.rows.length).toBeGreaterThanOrEqual(3);
    const layout = layoutRecord(measure, record);
    const joined = allText(layout.ops).replace(/\n/g, '');
    for (const piece of [
      '志愿服务记录证明', record.serial, record.volunteerName, `${record.birthYear}年生`, ...record.teams, hoursText(record.totalMinutes),
      `出具单位：${record.issuer}`, `累计服务 ${record.rows.length} 次`,
    ]) expect(joined).toContain(piece);
    for (const row of record.rows) {
      const [y, m, d] = row.date.split('-').map(Number);
      expect(joined).toContain(`${y}年${m}月${d}日`);
      expect(joined).toContain(row.title);
      expect(joined).toContain(hoursText(row.minutes));
    }
    const [iy, im, id] = record.issuedAt.split('-').map(Number);
    expect(joined).toContain(`出具日期：${iy}年${im}月${id}日`);
    expect(layout.width).toBe(IMAGE_WIDTH);
    for (const t of texts(layout.ops)) {
      expect(t.px).toBeGreaterThanOrEqual(MIN_FONT_PX);
      const w = measure(t.text, t.font);
      const left = t.align === 'left' ? t.x : t.align === 'center' ? t.x - w / 2 : t.x - w;
      expect(left).toBeGreaterThanOrEqual(60);
      expect(left + w).toBeLessThanOrEqual(IMAGE_WIDTH - 60);
      expect(t.y).toBeLessThan(layout.height - 60);
    }
    expect(texts(layout.ops).some((t) => /^[，。、；：）]/.test(t.text))).toBe(false);
    // Nothing overlaps: text lines go strictly down the page, except a date and its hours on one line.
    const ys = texts(layout.ops).map((t) => t.y);
    for (let i = 1; i < ys.length; i += 1) expect(ys[i]).toBeGreaterThanOrEqual(ys[i - 1]);
  });

  it('a long life of service: the picture lists the latest rows and says how many more, staying under 4096 px', async () => {
    const record = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {}));
    const long = Array.from({ length: 30 }, (_, i) => ({ ...record.rows[i % record.rows.length], activityId: `a${i}`, title: `第${i + 1}次：${'很长的活动名称'.repeat(i % 3 ? 1 : 4)}` }));
    const layout = layoutRecord(measure, { ...record, rows: long, totalMinutes: long.reduce((s, r) => s + r.minutes, 0) });
    const joined = allText(layout.ops);
    expect(joined).toContain(`第${MAX_IMAGE_ROWS}次`);
    expect(joined).not.toContain(`第${MAX_IMAGE_ROWS + 1}次`);
    expect(joined).toContain(`另有 ${30 - MAX_IMAGE_ROWS} 次服务`);
    expect(joined).toContain('累计服务 30 次');
    expect(layout.height).toBeLessThan(4096);
  });

  it('nobody served yet: says so plainly, still a whole certificate', async () => {
    const record = dataOf(await cloud.call('demo-member-5', 'volunteers.serviceRecord', {}));
    expect(record.rows).toEqual([]);
    const joined = allText(layoutRecord(measure, record).ops);
    expect(joined).toContain('暂无已记录时长的志愿服务');
    expect(joined).toContain('累计服务 0 次，共 0小时');
  });

  it('wraps Chinese text by character within the width', () => {
    const lines = wrap(measure, '甲'.repeat(25), '40px x', 400);
    expect(lines).toEqual(['甲'.repeat(10), '甲'.repeat(10), '甲'.repeat(5)]);
    expect(wrap(measure, '', '40px x', 400)).toEqual(['']);
    // A comma never starts a line: it takes the character before it down.
    expect(wrap(measure, `${'甲'.repeat(10)}，乙`, '40px x', 400)).toEqual(['甲'.repeat(9), '甲，乙']);
  });

  it('renderRecord sizes the canvas to the layout and draws every line on it', async () => {
    const record = dataOf(await cloud.call('demo-member-1', 'volunteers.serviceRecord', {}));
    const drawn: string[] = [];
    const ctx = {
      font: '', fillStyle: '', strokeStyle: '', lineWidth: 1, textAlign: 'left', textBaseline: 'alphabetic',
      fillText: (t: string) => void drawn.push(t),
      measureText(t: string) {
        return { width: measure(t, this.font) };
      },
      fillRect: () => undefined, strokeRect: () => undefined, beginPath: () => undefined, moveTo: () => undefined, lineTo: () => undefined, stroke: () => undefined,
    } satisfies Ctx2D;
    const canvas: CanvasLike = { width: 300, height: 150, getContext: () => ctx };
    const size = renderRecord(canvas, record);
    const layout = layoutRecord(measure, record);
    expect(size).toEqual({ width: layout.width, height: layout.height });
    expect(canvas).toMatchObject({ width: IMAGE_WIDTH, height: layout.height });
    expect(drawn).toEqual(texts(layout.ops).map((t) => t.text));
  });
});
