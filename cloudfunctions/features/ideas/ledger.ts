import { IDEA_CATEGORY_LABELS, IDEA_OUTCOME_LABELS, IDEA_RATING_LABELS, IDEA_STATE_LABELS } from '../../contract/ideas-model';
import { AppError } from '../../platform/app-error';
import type { Handler } from '../../platform/routes';
import { writeXlsx, type Cell } from '../../platform/xlsx';
import { isOverdue } from '../../domain/ideas/deadlines';
import { IDEAS, isOpen, type IdeaDoc } from './idea-doc';

/** The most rows one export carries (a county receives hundreds a year; this is a safety rail). */
const MAX_ROWS = 5000;
const BATCH = 1000;

const COLUMNS: Array<[string, number]> = [
  ['序号', 6], ['受理编号', 16], ['提交日期', 18], ['类别', 10], ['标题', 28], ['具体内容', 50], ['地点', 18],
  ['提出人', 10], ['所在支部', 26], ['联系电话', 14], ['代录人', 10], ['当前状态', 10], ['受理日期', 18],
  ['承办部门', 20], ['答复期限', 12], ['是否超期', 8], ['办结日期', 18], ['办理结果', 10], ['答复内容', 50],
  ['评价', 10], ['评价意见', 30], ['不予受理原因', 30], ['附议人数', 8], ['是否公示', 8], ['办理轮次', 8],
];

const row = (i: number, d: IdeaDoc, now: Date): Cell[] => [
  i + 1,
  d.receiptNo,
  new Date(d.createdAt),
  IDEA_CATEGORY_LABELS[d.category],
  d.title,
  d.content,
  d.place ?? '',
  d.authorName,
  d.authorBranchName,
  d.authorPhone ?? '',
  d.proxy?.name ?? '',
  IDEA_STATE_LABELS[d.state],
  d.acceptedAt ? new Date(d.acceptedAt) : null,
  d.department ?? '',
  d.dueDay ?? '',
  isOpen(d.state) && (d.overdue || isOverdue(d.dueAt, now)) ? '是' : '否',
  d.resolvedAt ? new Date(d.resolvedAt) : null,
  d.outcome && d.resolvedAt ? IDEA_OUTCOME_LABELS[d.outcome] : '',
  d.answer ?? '',
  d.rating ? IDEA_RATING_LABELS[d.rating] : '',
  d.ratingComment ?? '',
  d.notAcceptReason ?? '',
  d.supportCount ?? 0,
  d.published ? '是' : '否',
  d.round ?? 1,
];

/** 台账: every idea submitted between two Beijing days (inclusive), as an .xlsx in storage. */
export const exportLedger: Handler<'ideas.exportLedger'> = async (ctx, input) => {
  if (input.to < input.from) throw new AppError('VALIDATION_FAILED', { to: '结束日期不能早于开始日期' });
  const from = new Date(`${input.from}T00:00:00+08:00`);
  const to = new Date(`${input.to}T23:59:59.999+08:00`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) throw new AppError('VALIDATION_FAILED', { from: '日期不对' });
  const { db } = ctx.deps;
  const docs: IdeaDoc[] = [];
  for (let skip = 0; skip < MAX_ROWS; skip += BATCH) {
    const { data } = await db
      .collection(IDEAS)
      .where({ createdAt: db.command.gte(from).and(db.command.lte(to)) })
      .orderBy('createdAt', 'asc')
      .skip(skip)
      .limit(BATCH)
      .get();
    docs.push(...(data as IdeaDoc[]));
    if (data.length < BATCH) break;
  }
  const bytes = writeXlsx([
    { name: '金点子台账', columns: COLUMNS.map(([header, width]) => ({ header, width })), rows: docs.map((d, i) => row(i, d, ctx.now)) },
  ]);
  const fileId = await ctx.deps.files.put(`ledgers/ideas/ideas-ledger-${input.from}-${input.to}-${ctx.requestId}.xlsx`, bytes);
  const url = (await ctx.deps.files.tempUrls([fileId], 3600))[fileId] ?? '';
  return { fileId, url, rows: docs.length, fileName: `金点子台账_${input.from}至${input.to}.xlsx` };
};
