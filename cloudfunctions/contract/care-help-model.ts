import { z } from './zod';
import { HARDSHIP_CAUSES, PAYMENT_STATES } from './care-words';

export * from './care-words';

/**
 * 帮扶: the register of members in difficulty, and 慰问金 and goods given. Money is staff-only: a payment is
 * proposed by one staff member and approved by another, then handed over; an approved entry is never
 * edited — a correction is a new entry linked to it, with the amount it adds or takes back.
 */

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
