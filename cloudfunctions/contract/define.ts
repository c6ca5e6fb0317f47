import type { Access } from './roles';
import type { ErrorCode } from './errors';
import type { z } from './zod';

/** Function names as deployed to CloudBase. */
export const FUNCTIONS = ['members', 'lessons', 'ideas', 'volunteers', 'jobs', 'care'] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export interface RateLimit {
  /** Calls allowed per window, per caller. */
  limit: number;
  windowMs: number;
}

export interface ActionDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  fn: FunctionName;
  /** One line for the API explorer and reviewers. */
  summary: string;
  access: Access;
  input: I;
  output: O;
  /** Expected failures beyond the pipeline's own (validation, auth, rate limit, idempotency). */
  errors: readonly ErrorCode[];
  /** Writes are idempotent by requestId; reads are not recorded. */
  write: boolean;
  /** Audited actions write exactly one audit entry on success. */
  audited: boolean;
  rateLimit: RateLimit;
  /**
   * 家人帮办: a linked family helper may call this action for the member (the call's `actFor`), run as that
   * member with the `member` role only (platform/helper-caller.ts). Only the member's own reads and the few
   * acts the member agreed to: never roles, profile, money or staff work. A unit test lists them.
   */
  helper?: true;
}

export const READ_LIMIT: RateLimit = { limit: 120, windowMs: 60_000 };
export const WRITE_LIMIT: RateLimit = { limit: 30, windowMs: 60_000 };

/** Identity function that keeps each action's literal types for the registry. */
export const defineAction = <I extends z.ZodType, O extends z.ZodType>(def: ActionDef<I, O>): ActionDef<I, O> => def;
