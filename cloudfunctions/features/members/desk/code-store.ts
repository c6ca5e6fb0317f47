import { randomInt } from 'node:crypto';
import { COLLECTIONS } from '../../../contract/collections';
import { DESK_CODE_ALPHABET, DESK_CODE_LENGTH, type DeskCodeState } from '../../../contract/desk-words';
import { DESK_ROLES, holds } from '../../../contract/roles';
import { AppError } from '../../../platform/app-error';
import type { Caller } from '../../../platform/caller';
import { readDoc, type Reader } from '../../../platform/database';

/** A login code as stored; its `_id` is the code itself, so every look-up is one read by id. */
export interface DeskCodeDoc {
  _id: string;
  /** Who asked for it (the desk's anonymous web user, or whoever called): only they may watch and redeem it. */
  requester: string;
  state: DeskCodeState;
  requestedAt: Date;
  expiresAt: Date;
  /** What the desk's browser said it is, and the address CloudBase saw it call from: shown on the phone. */
  device?: string;
  sourceIp?: string;
  scannedAt?: Date;
  /** Set at confirm: the member the desk will act as, and the desk epoch the ticket will carry. */
  memberId?: string;
  memberEpoch?: number;
  confirmedAt?: Date;
  usedAt?: Date;
}

export const CODES = COLLECTIONS.deskLoginCodes;

/** Two minutes unless DESK_CODE_SECONDS says otherwise (the e2e suite shortens it to see a code expire). */
export const codeLifetimeMs = (): number => {
  const seconds = Number(process.env.DESK_CODE_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 120) * 1000;
};

/** Unguessable: crypto randomness, one character at a time, no modulo bias (randomInt). */
export const newDeskCode = (): string =>
  Array.from({ length: DESK_CODE_LENGTH }, () => DESK_CODE_ALPHABET[randomInt(DESK_CODE_ALPHABET.length)]).join('');

export const isExpired = (doc: DeskCodeDoc, now: Date): boolean => new Date(doc.expiresAt).getTime() <= now.getTime();

/** The desk's own code, or not found — another caller cannot even learn that a code exists. */
export const requesterCode = async (db: Reader, code: string, caller: Caller): Promise<DeskCodeDoc> => {
  const doc = await readDoc<DeskCodeDoc>(db, CODES, code);
  if (!doc || doc.requester !== caller.openid) throw new AppError('DESK_CODE_NOT_FOUND');
  return doc;
};

/** A code the phone may still confirm: known, not used, not expired. */
export const liveCode = async (db: Reader, code: string, now: Date): Promise<DeskCodeDoc> => {
  const doc = await readDoc<DeskCodeDoc>(db, CODES, code);
  if (!doc) throw new AppError('DESK_CODE_NOT_FOUND');
  if (doc.state === 'confirmed' || doc.state === 'used') throw new AppError('DESK_CODE_USED');
  if (isExpired(doc, now)) throw new AppError('DESK_CODE_EXPIRED');
  return doc;
};

/** Only back-office roles sign in at a desk; a plain member is told so in words. */
export const requireDeskRole = (caller: Caller): void => {
  if (!holds(caller.roles, DESK_ROLES)) throw new AppError('DESK_FORBIDDEN');
};
