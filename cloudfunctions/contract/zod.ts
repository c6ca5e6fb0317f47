import { z } from 'zod';
// One locale only: z.locales would pull all ~50 of them (260 KB) into every bundle.
import zhCN from 'zod/v4/locales/zh-CN.js';

// WeChat forbids eval/new Function in the mini-program bundle, and zod 4 compiles object parsers
// with new Function unless told not to. Every contract module imports z from here, so the flag is
// set before any schema is built, on the client and in the functions alike.
z.config({ jitless: true });
// Messages nobody wrote by hand (a wrong type from a buggy or hostile client) still come out in Chinese.
z.config(zhCN());

export { z };
