import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../../contract/collections';
import { dayOf } from '../../domain/volunteers/hours';
import { AppError } from '../../platform/app-error';
import type { Handler } from '../../platform/routes';
import { readDoc } from '../../platform/database';

/** 志愿服务记录证明 as issued: what the number stood for on its day. */
export const RECORDS = COLLECTIONS.volunteerRecords;

export interface IssuedRecordDoc {
  _id: string;
  memberId: string;
  volunteerName: string;
  birthYear: number;
  branchName: string;
  teams: string[];
  count: number;
  totalMinutes: number;
  /** "2026-11-28" in Asia/Shanghai. */
  issuedAt: string;
  at: Date;
}

/** Letters and digits that cannot be misread aloud or on paper (no I, L, O, U; no 0 or 1). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * "ZYFW-20261128-7K3Q9XMA": the day of issue and eight characters from a hash of the member's id — short
 * enough to read out on the phone, ~6.5e11 values, so two members of one county sharing one is not a
 * practical worry (and never on the same person's record). The same member and day give the same number.
 */
export const serialOf = (memberId: string, now: Date): string => {
  const bytes = createHash('sha256').update(`volunteer-record\u0000${memberId}`).digest();
  const code = Array.from(bytes.subarray(0, 8), (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `ZYFW-${dayOf(now).replace(/-/g, '')}-${code}`;
};

/** Staff check a number shown to them: who it was issued to, when, and the figures it stated. */
export const checkRecord: Handler<'volunteers.checkRecord'> = async (ctx, input) => {
  const doc = await readDoc<IssuedRecordDoc>(ctx.deps.db, RECORDS, input.serial);
  if (!doc) throw new AppError('RECORD_NOT_FOUND');
  return {
    serial: doc._id, volunteerName: doc.volunteerName, birthYear: doc.birthYear, branchName: doc.branchName, teams: doc.teams,
    count: doc.count, totalMinutes: doc.totalMinutes, issuedAt: doc.issuedAt,
  };
};
