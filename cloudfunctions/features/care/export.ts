import { CARE_LEDGER_LABELS, PAYMENT_STATE_LABELS, yuanText, type CareLedger } from '../../contract/care-help-model';
import { OCCASION_LABELS, PROBLEM_STATE_LABELS, VISIT_WAY_LABELS } from '../../contract/care-model';
import { COLLECTIONS } from '../../contract/collections';
import type { Database } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { writeXlsx, type Cell } from '../../platform/xlsx';
import { getBranch } from '../members/branches/branch-store';
import { peopleSheet } from './export-people';
import { inBranch, readAll } from './export-read';
import { PROBLEMS, VISITS, type ProblemDoc, type VisitDoc } from './store';

type Sheet = { columns: Array<[string, number]>; rows: Cell[][] };

interface PaymentRow { memberName: string; branchName: string; amountFen: number; goods?: string; reason: string; state: keyof typeof PAYMENT_STATE_LABELS; proposedBy: string; approvedBy?: string; handedBy?: string; handedOn?: string; correctionOf?: string }

const within = (db: Database, year: number) => db.command.gte(`${year}-01-01`).and(db.command.lte(`${year}-12-31`));

/** Each ledger's rows for one year (China dates), the county's or one branch's. Health notes are in none of them. */
const SHEETS: Record<CareLedger, (db: Database, year: number, branchId: string | undefined) => Promise<Sheet>> = {
  people: peopleSheet,
  visits: async (db, year, branchId) => {
    const visits = await readAll<VisitDoc>(db, VISITS, inBranch({ status: 'done', visitedOn: within(db, year) }, branchId), 'visitedOn');
    return {
      columns: [['序号', 6], ['走访日期', 12], ['老同志', 10], ['所在支部', 26], ['事由', 16], ['方式', 10], ['走访人', 20], ['走访情况', 50], ['反映问题', 8], ['照片', 6]],
      rows: visits.map((v, i) => [i + 1, v.visitedOn, v.memberName, v.branchName, OCCASION_LABELS[v.occasion], v.way ? VISIT_WAY_LABELS[v.way] : '', v.visitors ?? '', v.found ?? '', v.problemId ? '有' : '无', v.photos?.length ? `${v.photos.length}张` : '']),
    };
  },
  payments: async (db, year, branchId) => {
    const paid = await readAll<PaymentRow>(db, COLLECTIONS.carePayments, inBranch({ state: 'handed', handedOn: within(db, year) }, branchId), 'handedOn');
    return {
      columns: [['序号', 6], ['发放日期', 12], ['老同志', 10], ['所在支部', 26], ['金额', 12], ['慰问物品', 20], ['发放原因', 30], ['提出人', 10], ['审批人', 10], ['发放人', 16], ['更正', 6]],
      rows: paid.map((p, i) => [i + 1, p.handedOn, p.memberName, p.branchName, yuanText(p.amountFen), p.goods ?? '', p.reason, p.proposedBy, p.approvedBy ?? '', p.handedBy ?? '', p.correctionOf ? '是' : '']),
    };
  },
  problems: async (db, year, branchId) => {
    const problems = await readAll<ProblemDoc>(db, PROBLEMS, inBranch({ year }, branchId), 'createdAt');
    return {
      columns: [['序号', 6], ['提出日期', 18], ['老同志', 10], ['所在支部', 26], ['来源', 10], ['问题', 40], ['状态', 8], ['办理说明', 40], ['办理人', 10]],
      rows: problems.map((p, i) => {
        const last = p.steps[p.steps.length - 1];
        return [i + 1, new Date(p.createdAt), p.memberName, p.branchName, p.source === 'member' ? '本人求助' : '走访时反映', p.text, PROBLEM_STATE_LABELS[p.state], last?.note ?? '', last?.byName ?? ''];
      }),
    };
  },
};

/** 台账 download: one of the year's ledgers (the county's or a branch's) as an .xlsx in storage, with a link valid for an hour. */
export const exportLedger: Handler<'care.exportLedger'> = async (ctx, input) => {
  const branch = input.branchId ? await getBranch(ctx.deps.db, input.branchId) : undefined;
  const sheet = await SHEETS[input.ledger](ctx.deps.db, input.year, branch?._id);
  const label = CARE_LEDGER_LABELS[input.ledger];
  const bytes = writeXlsx([{ name: label, columns: sheet.columns.map(([header, width]) => ({ header, width })), rows: sheet.rows }]);
  const fileId = await ctx.deps.files.put(`ledgers/care/care-${input.ledger}-${input.year}-${ctx.requestId}.xlsx`, bytes);
  const url = (await ctx.deps.files.tempUrls([fileId], 3600))[fileId] ?? '';
  return { fileId, url, rows: sheet.rows.length, fileName: `关爱服务_${branch ? `${branch.name}_` : ''}${label}_${input.year}年.xlsx` };
};
