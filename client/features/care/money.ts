/** "500" or "500.5" yuan as typed → fen; NaN for anything else, so the schema says what is wrong. */
export const fenOf = (typed: string): number => {
  const t = typed.trim();
  if (t === '') return 0;
  if (!/^-?\d+(\.\d{1,2})?$/.test(t)) return Number.NaN;
  return Math.round(Number(t) * 100);
};
