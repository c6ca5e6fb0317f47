/**
 * What a member reads after a wrong 签到码, counted from the attempts stored on their sign-up (after this
 * one was counted): how many tries are left, and who marks them by hand once none are.
 */
export const wrongCodeWords = (failures: number, max: number, marker: '书记' | '队长'): string => {
  const left = Math.max(0, max - failures);
  if (left === 0) return `签到码不对，${max}次机会已用完，请找${marker}帮您登记`;
  return `签到码不对，还可以再输${left}次`;
};
