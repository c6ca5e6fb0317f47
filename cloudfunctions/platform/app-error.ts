import type { ErrorCode } from '../contract/errors';

/**
 * An expected failure: the use case throws it, the pipeline turns it into an error envelope.
 * Anything else that is thrown is a bug and becomes INTERNAL.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, string>,
    readonly retryAfterMs?: number,
  ) {
    super(code);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
