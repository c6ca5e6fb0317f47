import { CARE_LEDGER_LABELS, PAYMENT_STATE_LABELS, yuanText, type CareLedger } from '../../contract/care-help-model';
import { OCCASION_LABELS, PROBLEM_STATE_LABELS, VISIT_WAY_LABELS } from '../../contract/care-model';
import type { Database } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { writeXlsx, type Cell } from '../../platform/xlsx';
import { COLLECTIONS } from '../../contract/collections';
import { PROBLEMS, VISITS, type ProblemDoc, type VisitDoc } from './store';

/** A safety rail: a county makes a few thousand visits a year. */
const MAX_ROWS = 20_000;
const BATCH = 1000;

const readAll = async <T>(db: Database, collection: string, where: Record<string, unknown>, order: string): Promise<T[]> => {
  const out: T[] = [];
  for (let skip = 0; skip < MAX_ROWS; skip += BATCH) {
    const { data } = await db.collection(collection).where(where).orderBy(order, 'asc').skip(skip).limit(BATCH).get();
    out.push(...(data as T[]));
    if (data.length < BATCH) break;
  }
  return out;
};

type Sheet = { columns: Array<[string, number]>; rows: Cell[][] };

interface PaymentRow { memberName: string; branchName: string; amountFen: number; goods?: string; reason: string; state: keyof typeof PAYMENT_STATE_LABELS; proposedBy: string; approvedBy?: string; handedBy?: string; handedOn?: string; correctionOf?: string }

/** Each ledger's rows for one year (China dates). Health notes are in none of them: they are not needed here. */
const SHEETS: Record<CareLedger, (db: Database, year: number) => Promise<Sheet>> = {
  visits: async (db, year) => {
    const _ = db.command;
    const visits = await readAll<VisitDoc>(db, VISITS, { status: 'done', visitedOn: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) }, 'visitedOn');
    return {
      columns: [['序号', 6], ['走访日期', 12], ['老同志', 10], ['所在支部', 26], ['事由', 16], ['方式', 10], ['走访人', 20], ['走访情况', 50], ['反映问题', 8]],
      rows: visits.map((v, i) => [i + 1, v.visitedOn, v.memberName, v.branchName, OCCASION_LABELS[v.occasion], v.way ? VISIT_WAY_LABELS[v.way] : '', v.visitors ?? '', v.found ?? '', v.problemId ? '有' : '无']),
    };
  },
  payments: async (db, year) => {
    const _ = db.command;
    const paid = await readAll<PaymentRow>(db, COLLECTIONS.carePayments, { state: 'handed', handedOn: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) }, 'handedOn');
    return {
      columns: [['序号', 6], ['发放日期', 12], ['老同志', 10], ['所在支部', 26], ['金额', 12], ['慰问物品', 20], ['发放原因', 30], ['提出人', 10], ['审批人', 10], ['发放人', 16], ['更正', 6]],
      rows: paid.map((p, i) => [i + 1, p.handedOn, p.memberName, p.branchName, yuanText(p.amountFen), p.goods ?? '', p.reason, p.proposedBy, p.approvedBy ?? '', p.handedBy ?? '', p.correctionOf ? '是' : '']),
    };
  },
  problems: async (db, year) => {
    const problems = await readAll<ProblemDoc>(db, PROBLEMS, { year }, 'createdAt');
    return {
      columns: [['序号', 6], ['提出日期', 18], ['老同志', 10], ['所在支部', 26], ['来源', 10], ['问题', 40], ['状态', 8], ['办理说明', 40], ['办理人', 10]],
      rows: problems.map((p, i) => {
        const last = p.steps[p.steps.length - 1];
        return [i + 1, new Date(p.createdAt), p.memberName, p.branchName, p.source === 'member' ? '本人求助' : '走访时反映', p.text, PROBLEM_STATE_LABELS[p.state], last?.note ?? '', last?.byName ?? ''];
      }),
    };
  },
};

/** 台账 download: one of the year's ledgers as an .xlsx in storage, with a link valid for an hour. */
export const exportLedger: Handler<'care.exportLedger'> = async (ctx, input) => {
  const sheet = await SHEETS[input.ledger](ctx.deps.db, input.year);
  const label = CARE_LEDGER_LABELS[input.ledger];
  const bytes = writeXlsx([{ name: label, columns: sheet.columns.map(([header, width]) => ({ header, width })), rows: sheet.rows }]);
  const fileId = await ctx.deps.files.put(`ledgers/care/care-${input.ledger}-${input.year}-${ctx.requestId}.xlsx`, bytes);
  const url = (await ctx.deps.files.tempUrls([fileId], 3600))[fileId] ?? '';
  return { fileId, url, rows: sheet.rows.length, fileName: `关爱服务_${label}_${input.year}年.xlsx` };
};
