import type { ErrorCode } from './errors';

/** What every function call resolves to, success or not. Never thrown. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Per-field Chinese messages for forms, keyed by dotted path ("emergencyContact.phone"). */
  fields?: Record<string, string>;
  retryAfterMs?: number;
}

export type Envelope<T> =
  | { ok: true; data: T; requestId: string }
  | { ok: false; error: ApiError; requestId: string };

/** The event a client sends to a cloud function. */
export interface CallEvent {
  action: string;
  input: unknown;
  requestId: string;
  /** 家人帮办: the helper link a family member acts through (platform/helper-caller.ts); absent otherwise. */
  actFor?: string;
}

export const MAX_PAYLOAD_BYTES = 64 * 1024;
