/** Codes people copy from paper (ZYFW-20261128-7K3Q9XMA, JDZ-2026-0008, 5MB) are fine; any other Latin is not. */
const CODE_LIKE = /[A-Z0-9-]*\d[A-Z0-9-]*/g;

/** The messages an elder could not read: a type name, a symbol, English, or no Chinese at all. */
export const notPlainChinese = (messages: string[]): string[] =>
  messages.filter((m) => /[A-Za-z]|<=|>=|\|/.test(m.replace(CODE_LIKE, '')) || !/[\u4e00-\u9fa5]/.test(m));
