/**
 * The desk login code's words and shape, zod-free for the client (电脑上办公). Eight characters from an
 * alphabet without look-alikes (no 0/O, 1/I/L), so it can be read aloud and typed from the screen:
 * 31^8 ≈ 8.5 × 10^11 codes, of which a handful are alive for two minutes at a time.
 */
export const DESK_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const DESK_CODE_LENGTH = 8;
export const DESK_CODE_PATTERN = /^[2-9A-HJKMNP-Z]{8}$/;
/** What the QR code holds: a prefix the phone recognises, then the code. */
export const DESK_QR_PREFIX = 'YLDESK:';

/** A typed or scanned code in the stored form: upper case, no spaces or dashes, QR prefix dropped. */
export const normaliseDeskCode = (text: string): string =>
  text.trim().toUpperCase().replace(/^YLDESK:/, '').replace(/[\s-]/g, '');

/** For reading aloud and showing: two groups of four. */
export const groupDeskCode = (code: string): string => `${code.slice(0, 4)} ${code.slice(4)}`;

export const DESK_CODE_STATES = ['waiting', 'scanned', 'confirmed', 'used'] as const;
export type DeskCodeState = (typeof DESK_CODE_STATES)[number];

/** The longest description a desk may give of itself ("Windows 电脑 · Chrome 浏览器"). */
export const DESK_DEVICE_MAX = 40;
