import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, optionalText, page, paged, text } from '../../text';
import { dateOnly } from '../../lesson-model';
import { CARE_LEDGERS, HARDSHIP_CAUSES, hardshipView, PAYMENT_STATES, paymentView } from '../../care-help-model';
import { STAFF } from '../../roles';

const memberId = id('老同志');
const paymentId = id('慰问金记录');
/** Up to 10万元 in one entry, in fen. */
const MAX_FEN = 10_000_000;

/** 帮扶 and 慰问金 (function `care`): staff only — money and hardship details are never shown to others. */
export const careHelpActions = {
  'care.saveHardship': defineAction({
    fn: 'care',
    summary: 'Staff put a member on the 帮扶 register (or update or close the case): cause, family, living conditions, next review; audited',
    access: STAFF,
    input: z
      .object({
        memberId,
        cause: z.enum(HARDSHIP_CAUSES, { error: '请选择困难原因' }),
        family: text({ label: '家庭结构', max: 100, multiline: true }),
        conditions: text({ label: '生活状况', max: 200, multiline: true }),
        note: optionalText({ label: '备注', max: 200, multiline: true }),
        reviewBy: dateOnly('下次复核日期'),
        active: z.boolean().default(true),
      })
      .strict(),
    output: hardshipView,
    errors: ['MEMBER_NOT_FOUND'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.hardships': defineAction({
    fn: 'care',
    summary: 'The 帮扶 register, cases due for review first; every read logged',
    access: STAFF,
    input: page.extend({ active: z.boolean().default(true) }).strict(),
    output: paged(hardshipView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.proposePayment': defineAction({
    fn: 'care',
    summary: 'A staff member proposes 慰问金 (and goods) for a member, with the reason; or a correction of an approved entry (a new, linked entry); audited',
    access: STAFF,
    input: z
      .object({
        memberId,
        amountFen: z.number({ error: '请填写金额' }).int('金额请填到分').min(-MAX_FEN, '金额太大了').max(MAX_FEN, '一次最多10万元'),
        goods: optionalText({ label: '慰问物品', max: 60 }),
        reason: text({ label: '发放原因', max: 100 }),
        correctionOf: paymentId.optional(),
      })
      .strict()
      .refine((v) => v.correctionOf !== undefined || v.amountFen >= 0, { path: ['amountFen'], message: '金额不能是负数（要退回，请在原记录上更正）' })
      .refine((v) => v.amountFen !== 0 || !!v.goods?.trim(), { path: ['amountFen'], message: '请填写金额或慰问物品' }),
    output: paymentView,
    errors: ['MEMBER_NOT_FOUND', 'NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.decidePayment': defineAction({
    fn: 'care',
    summary: 'A second staff member approves or declines a proposed payment (never the proposer; one decision wins); audited',
    access: STAFF,
    input: z
      .object({ paymentId, approve: z.boolean(), reason: optionalText({ label: '不批准的原因', max: 100 }) })
      .strict()
      .refine((v) => v.approve || !!v.reason?.trim(), { path: ['reason'], message: '不批准请写明原因' }),
    output: paymentView,
    errors: ['NOT_FOUND', 'INVALID_STATE', 'PAYMENT_SAME_PERSON'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.handOverPayment': defineAction({
    fn: 'care',
    summary: 'Record that an approved payment was handed over: by whom, on which day; counted in the year\'s figures; audited',
    access: STAFF,
    input: z.object({ paymentId, handedBy: text({ label: '发放人', max: 40 }), handedOn: dateOnly('发放日期') }).strict(),
    output: paymentView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.exportLedger': defineAction({
    fn: 'care',
    summary: 'One of the year\'s care ledgers as an Excel file, the county\'s or one branch\'s: 服务台账 (a row per person), 走访记录, 慰问金发放 or 问题解决 (download link valid 1 hour); for staff',
    access: STAFF,
    input: z
      .object({
        year: z.number({ error: '请选择年份' }).int().min(2020, '年份不对').max(2100, '年份不对'),
        ledger: z.enum(CARE_LEDGERS, { error: '请选择台账' }),
        branchId: id('党支部').optional(),
      })
      .strict(),
    output: z.object({ fileId: z.string(), url: z.string(), rows: z.number(), fileName: z.string() }),
    errors: ['BRANCH_NOT_FOUND', 'LEDGER_TOO_LARGE'],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'care.payments': defineAction({
    fn: 'care',
    summary: '慰问金 entries, newest first, by state; for staff',
    access: STAFF,
    input: page.extend({ state: z.enum(PAYMENT_STATES).optional(), memberId: memberId.optional() }).strict(),
    output: paged(paymentView),
    errors: ['MEMBER_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
};
