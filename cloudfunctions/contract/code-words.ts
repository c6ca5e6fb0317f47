/**
 * The check-in code a volunteer team's leader or a branch secretary shows at the door: four digits,
 * easy to read out and to type. The schemas (actions/volunteer-shared.ts, actions/sessions.ts) and the
 * client's own check before sending use this one pattern.
 */
export const CHECK_CODE_DIGITS = 4;
export const CHECK_CODE_PATTERN = /^\d{4}$/;
