import { z } from './zod';

/**
 * 帮扶: the register of members in difficulty, and 慰问金 and goods given. Money is staff-only: a payment is
 * proposed by one staff member and approved by another, then handed over; an approved entry is never
 * edited — a correction is a new entry linked to it, with the amount it adds or takes back.
 */
export const HARDSHIP_CAUSES = ['illness', 'disaster', 'other'] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];
export const HARDSHIP_CAUSE_LABELS: Record<HardshipCause, string> = { illness: '因病', disaster: '因灾', other: '其他原因' };

export const hardshipView = z.object({
  memberId: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  cause: z.enum(HARDSHIP_CAUSES),
  family: z.string(),
  conditions: z.string(),
  note: z.string().optional(),
  /** The day (China time) the case is to be looked at again. */
  reviewBy: z.string(),
  reviewDue: z.boolean(),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type HardshipView = z.infer<typeof hardshipView>;

export const PAYMENT_STATES = ['proposed', 'approved', 'handed', 'rejected'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];
export const PAYMENT_STATE_LABELS: Record<PaymentState, string> = { proposed: '待审批', approved: '已审批，待发放', handed: '已发放', rejected: '未批准' };

export const paymentView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  /** In fen (1 yuan = 100): money is never a float. Negative only on a correction that takes back. */
  amountFen: z.number().int(),
  goods: z.string().optional(),
  reason: z.string(),
  state: z.enum(PAYMENT_STATES),
  stateLabel: z.string(),
  proposedBy: z.string(),
  approvedBy: z.string().optional(),
  handedBy: z.string().optional(),
  handedOn: z.string().optional(),
  rejectReason: z.string().optional(),
  /** A correction: the entry it corrects. */
  correctionOf: z.string().optional(),
  createdAt: z.string(),
});
export type PaymentView = z.infer<typeof paymentView>;

/** "12.1万元" / "3,500元": amounts as the bureau writes them. */
export const yuanText = (fen: number): string => {
  const yuan = fen / 100;
  if (Math.abs(yuan) >= 10_000) return `${(Math.round(yuan / 1000) / 10).toString()}万元`;
  return `${Number.isInteger(yuan) ? yuan.toLocaleString('en-US') : yuan.toFixed(2)}元`;
};

/** The care ledgers staff download by year (xlsx). */
export const CARE_LEDGERS = ['people', 'visits', 'payments', 'problems'] as const;
export type CareLedger = (typeof CARE_LEDGERS)[number];
export const CARE_LEDGER_LABELS: Record<CareLedger, string> = { people: '服务台账', visits: '走访记录', payments: '慰问金发放', problems: '问题解决' };
