/** Receipt numbers people read out on the phone: JDZ-2026-0012 (金点子, year, running number). */
export const receiptNo = (year: number, n: number): string => `JDZ-${year}-${String(n).padStart(4, '0')}`;

export const RECEIPT_PATTERN = /^JDZ-\d{4}-\d{4,}$/;

/**
 * A receipt number as staff type it from a phone call: any case, full-width characters, spaces or no
 * dashes ("jdz 2026 0008", "ＪＤＺ－２０２６－０００８") — the canonical number, or null if it is not one.
 */
export const typedReceipt = (typed: string): string | null => {
  const m = /^JDZ[\s-]*(\d{4})[\s-]*(\d{4,})$/i.exec(typed.normalize('NFKC').trim());
  return m ? `JDZ-${m[1]}-${m[2]}` : null;
};
