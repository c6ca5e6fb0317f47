/**
 * 关爱服务: the bureau's 三项机制 as the `care` function answers them — the living service ledger (服务台账,
 * 一人一策 with the "1+1+1" contacts), visits that must happen (三慰问四必访), and problems raised and solved.
 */

/** 三慰问: made by the timer from the calendar (重阳节 follows the lunar calendar). */
export const CALENDAR_OCCASIONS = ['spring_festival', 'double_ninth', 'birthday', 'party50'] as const;
/** 四必访: made the moment anyone reports them. */
export const EVENT_OCCASIONS = ['hospital', 'family_event', 'hardship', 'condolence'] as const;
export const OCCASIONS = [...CALENDAR_OCCASIONS, ...EVENT_OCCASIONS] as const;
export type Occasion = (typeof OCCASIONS)[number];
export type EventOccasion = (typeof EVENT_OCCASIONS)[number];

export const OCCASION_LABELS: Record<Occasion, string> = {
  spring_festival: '春节慰问',
  double_ninth: '重阳节慰问',
  birthday: '逢十生日慰问',
  party50: '光荣在党50年慰问',
  hospital: '生病住院探望',
  family_event: '家庭重大变故走访',
  hardship: '生活困难走访',
  condolence: '去世吊唁',
};

/** How soon an event visit must happen after it is reported, in days (督办 after that). */
export const EVENT_DEADLINE_DAYS: Record<EventOccasion, number> = { hospital: 3, family_event: 7, hardship: 14, condolence: 3 };

export const VISIT_WAYS = ['home', 'phone', 'wechat'] as const;
export type VisitWay = (typeof VISIT_WAYS)[number];
export const VISIT_WAY_LABELS: Record<VisitWay, string> = { home: '上门走访', phone: '电话问候', wechat: '微信随访' };

export const PROBLEM_STATES = ['open', 'in_hand', 'solved'] as const;
export type ProblemState = (typeof PROBLEM_STATES)[number];
export const PROBLEM_STATE_LABELS: Record<ProblemState, string> = { open: '已收到', in_hand: '正在办', solved: '已解决' };

/** 帮扶 and 慰问金 (care-help-model.ts has the shapes). */
export const HARDSHIP_CAUSES = ['illness', 'disaster', 'other'] as const;
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];
export const HARDSHIP_CAUSE_LABELS: Record<HardshipCause, string> = { illness: '因病', disaster: '因灾', other: '其他原因' };

export const PAYMENT_STATES = ['proposed', 'approved', 'handed', 'rejected'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];
export const PAYMENT_STATE_LABELS: Record<PaymentState, string> = { proposed: '待审批', approved: '已审批，待发放', handed: '已发放', rejected: '未批准' };

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

/** Decade birthdays a bureau may choose to visit. */
export const DECADE_CHOICES = [60, 70, 80, 90, 100] as const;
