import { DESK_DEVICE_MAX } from '@contract/desk-words';

const SYSTEMS: readonly [RegExp, string][] = [
  [/Windows/i, 'Windows 电脑'],
  [/Mac OS X|Macintosh/i, '苹果电脑'],
  [/CrOS/i, 'Chromebook'],
  [/Linux/i, 'Linux 电脑'],
];
// Order matters: Edge and the Chinese browsers also say "Chrome", and Chrome also says "Safari".
const BROWSERS: readonly [RegExp, string][] = [
  [/Edg\//, 'Edge 浏览器'],
  [/QQBrowser/i, 'QQ浏览器'],
  [/360SE|360EE/i, '360浏览器'],
  [/Firefox\//, 'Firefox 浏览器'],
  [/Chrome\/|Chromium\//, 'Chrome 浏览器'],
  [/Safari\//, 'Safari 浏览器'],
];

const pick = (table: readonly [RegExp, string][], ua: string, otherwise: string): string =>
  table.find(([pattern]) => pattern.test(ua))?.[1] ?? otherwise;

/**
 * How the desk describes itself to the phone that confirms it ("Windows 电脑 · Chrome 浏览器"): a person
 * recognises their own PC by that and by the time, not by a user-agent string.
 */
export const deviceName = (userAgent: string): string =>
  `${pick(SYSTEMS, userAgent, '电脑')} · ${pick(BROWSERS, userAgent, '浏览器')}`.slice(0, DESK_DEVICE_MAX);
