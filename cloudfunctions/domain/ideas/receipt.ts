/** Receipt numbers people read out on the phone: JDZ-2026-0012 (金点子, year, running number). */
export const receiptNo = (year: number, n: number): string => `JDZ-${year}-${String(n).padStart(4, '0')}`;

export const RECEIPT_PATTERN = /^JDZ-\d{4}-\d{4,}$/;
