import { z } from 'zod';
import { chineseIssueMessage } from './zod-messages';

// WeChat forbids eval/new Function in the mini-program bundle, and zod 4 compiles object parsers
// with new Function unless told not to. Every contract module imports z from here, so the flag is
// set before any schema is built, on the client and in the functions alike.
z.config({ jitless: true });
// Messages nobody wrote by hand (a wrong type from a buggy or hostile client) still come out in plain
// Chinese, with no type names: our own words, not a zod locale (whose messages name types and symbols).
z.config({ localeError: chineseIssueMessage });

export { z };
