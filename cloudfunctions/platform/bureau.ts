import { PHONE_PATTERN } from '../contract/text';

/**
 * The bureau's number people ring about their 金点子 (the receipt says "打电话询问时报这个编号").
 * It is configuration, not code: BUREAU_PHONE in the functions' environment, set by `npm run deploy`
 * on CloudBase and by the local stack for the demo county. A number that is missing or not a phone
 * number is left out, so the app never shows a number nobody answers.
 */
export const bureauPhone = (env: NodeJS.ProcessEnv = process.env): string | undefined => {
  const value = env.BUREAU_PHONE?.trim();
  return value && PHONE_PATTERN.test(value) ? value : undefined;
};
