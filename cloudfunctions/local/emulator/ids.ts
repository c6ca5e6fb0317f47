import { randomBytes, randomUUID } from 'node:crypto';

/** CloudBase document ids are 32 lowercase hex characters; code that parses or displays ids sees the same shape here. */
export const newDocId = (): string => randomBytes(16).toString('hex');

/** Every CloudBase answer carries a requestId; callers log it, so it must look like one. */
export const newRequestId = (): string => randomUUID();

export const newTransactionId = (): string => randomBytes(12).toString('hex');
