/**
 * Imported first by the emulator suite's harness, before @cloudbase/node-sdk: unless the suite was
 * explicitly pointed at a real CloudBase environment, every SDK call goes to a closed local port until the
 * emulator is up. No test can reach Tencent's endpoint by accident: a call made too early fails at once on
 * the closed port instead of leaving the machine.
 */
import { fenceSdkOffline } from '../../cloudfunctions/local/emulator/sdk-env';

export const REAL_ENV_ID = process.env.TCB_ENV_ID;
export const REAL_MODE = !!(REAL_ENV_ID && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY);

if (!REAL_MODE) fenceSdkOffline();
