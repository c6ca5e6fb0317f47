/**
 * "登记成功" once, on the page registration lands on. Kept in memory only: the welcome belongs to this
 * visit; a reopened app has nothing to congratulate.
 */
let justRegistered = false;

export const markRegistered = (): void => {
  justRegistered = true;
};

/** True once after a registration; reading it clears it, so going back to 首页 does not repeat it. */
export const takeRegistered = (): boolean => {
  const was = justRegistered;
  justRegistered = false;
  return was;
};
