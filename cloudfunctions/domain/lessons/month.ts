/** Months as the county counts them: in Asia/Shanghai (UTC+8, no daylight saving), "YYYY-MM". */
export const chinaMonth = (at: Date): string => {
  const shifted = new Date(at.getTime() + 8 * 3600 * 1000);
  return `${shifted.getUTCFullYear()}-${String(shifted.getUTCMonth() + 1).padStart(2, '0')}`;
};

export const chinaDate = (at: Date): string => new Date(at.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
