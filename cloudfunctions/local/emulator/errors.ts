/**
 * Errors the emulator answers with. CloudBase answers HTTP 200 with `{ code, message, requestId }` and the
 * SDK turns that into a thrown TcbError carrying `code`, so every refusal here is an EmulatorError that the
 * HTTP layer serialises in exactly that shape. Codes are CloudBase's own strings wherever CloudBase has one;
 * only DATABASE_INDEX_REQUIRED is ours (CloudBase has no strict-index mode).
 */
export const ErrorCodes = {
  invalidParam: 'INVALID_PARAM',
  duplicateWrite: 'DATABASE_DUPLICATE_WRITE',
  collectionNotExist: 'DATABASE_COLLECTION_NOT_EXIST',
  collectionAlreadyExist: 'DATABASE_COLLECTION_ALREADY_EXIST',
  requestFailed: 'DATABASE_REQUEST_FAILED',
  transactionConflict: 'DATABASE_TRANSACTION_CONFLICT',
  transactionFail: 'DATABASE_TRANSACTION_FAIL',
  timeout: 'DATABASE_TIMEOUT',
  indexRequired: 'DATABASE_INDEX_REQUIRED',
  sysErr: 'SYS_ERR',
  actionNotSupported: 'ACTION_NOT_SUPPORTED',
} as const;

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

export class EmulatorError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'EmulatorError';
  }
}

export const fail = (code: ErrorCode, message: string): never => {
  throw new EmulatorError(code, message);
};

/** Anything thrown by mingo or bson while evaluating a request is the caller's bad input, as in CloudBase. */
export function toEmulatorError(e: unknown): EmulatorError {
  if (e instanceof EmulatorError) return e;
  const message = e instanceof Error ? e.message : String(e);
  return new EmulatorError(ErrorCodes.requestFailed, message);
}
