import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { DESK_CODE_PATTERN, DESK_CODE_STATES, DESK_DEVICE_MAX } from '../../desk-words';
import { DESK_ROLES, MEMBER } from '../../roles';

const code = z.string().regex(DESK_CODE_PATTERN, '登录码是8位字母和数字');
const codeInput = z.object({ code }).strict();
/** Guessing codes is slow: a person scans or types a few a minute. */
const GUESS_LIMIT = { limit: 6, windowMs: 60_000 };

/**
 * 电脑上办公: a desk (a browser signed in anonymously to CloudBase) asks for a one-time code, a phone
 * with a back-office role scans and confirms it, and the desk redeems it for a CloudBase custom-login
 * ticket. requestCode, status and redeem are the desk's (anonymous web callers may call only these,
 * platform/identity.ts); the rest are the phone's. The code is bound to the desk that asked for it.
 */
export const deskActions = {
  'desk.requestCode': defineAction({
    fn: 'members',
    summary: 'A desk asks for a one-time login code (2 minutes, single use) to show as a QR code',
    access: 'anyone',
    // What the desk's browser says it is ("Windows 电脑 · Chrome 浏览器"), shown on the phone beside the
    // network address CloudBase saw, so the person confirming can tell it is their own PC.
    input: z.object({ device: z.string().max(DESK_DEVICE_MAX, '电脑的说明太长了').optional() }).strict(),
    output: z.object({ code: z.string(), expiresAt: z.string() }),
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'desk.status': defineAction({
    fn: 'members',
    summary: "Where the desk's own login code is: waiting, scanned on a phone, confirmed, used",
    access: 'anyone',
    input: codeInput,
    output: z.object({ state: z.enum(DESK_CODE_STATES), expiresAt: z.string() }),
    errors: ['DESK_CODE_NOT_FOUND', 'DESK_CODE_EXPIRED'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'desk.redeem': defineAction({
    fn: 'members',
    summary: 'The desk turns its confirmed code into a custom-login ticket, once',
    access: 'anyone',
    input: codeInput,
    output: z.object({ ticket: z.string() }),
    errors: ['DESK_CODE_NOT_FOUND', 'DESK_CODE_EXPIRED', 'DESK_CODE_USED', 'DESK_CODE_NOT_CONFIRMED', 'DESK_NOT_CONFIGURED'],
    write: true,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'desk.scan': defineAction({
    fn: 'members',
    summary: 'The phone reads a desk code: when it was asked for, until when it works',
    access: MEMBER,
    input: codeInput,
    output: z.object({ code: z.string(), requestedAt: z.string(), expiresAt: z.string(), device: z.string().optional(), sourceIp: z.string().optional() }),
    errors: ['DESK_FORBIDDEN', 'DESK_CODE_NOT_FOUND', 'DESK_CODE_EXPIRED', 'DESK_CODE_USED'],
    write: true,
    audited: false,
    rateLimit: GUESS_LIMIT,
  }),
  'desk.confirm': defineAction({
    fn: 'members',
    summary: 'The phone confirms "在电脑上登录 银铃e家？": the code is bound to this member (audited)',
    access: MEMBER,
    input: codeInput,
    output: z.object({ confirmed: z.literal(true) }),
    errors: ['DESK_FORBIDDEN', 'DESK_CODE_NOT_FOUND', 'DESK_CODE_EXPIRED', 'DESK_CODE_USED'],
    write: true,
    audited: true,
    rateLimit: GUESS_LIMIT,
  }),
  'desk.signOutAll': defineAction({
    fn: 'members',
    summary: '退出所有电脑: every desk signed in as me loses its rights on its next call (audited)',
    access: MEMBER,
    input: z.object({}).strict(),
    output: z.object({ signedOut: z.literal(true) }),
    errors: [],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'desk.me': defineAction({
    fn: 'members',
    summary: 'Who the desk is signed in as: name and roles',
    access: DESK_ROLES,
    input: z.object({}).strict(),
    output: z.object({ name: z.string(), roles: z.array(z.string()), atDesk: z.boolean() }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
};
