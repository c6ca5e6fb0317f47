/**
 * The functions' configuration for the local demo county (酉水县). On CloudBase the same names are the
 * functions' environment variables, which `npm run deploy` sets; locally they are put into this process
 * before the functions run, unless the developer's shell already sets them.
 */
export const LOCAL_FUNCTION_CONFIG = {
  /** 县委老干部局's number for questions about 金点子 (a demo number). */
  BUREAU_PHONE: '0743-6221234',
} as const;

export const applyLocalFunctionConfig = (): void => {
  for (const [name, value] of Object.entries(LOCAL_FUNCTION_CONFIG)) process.env[name] ??= value;
};
