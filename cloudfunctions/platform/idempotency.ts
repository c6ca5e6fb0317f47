import { createHash } from 'node:crypto';
import { COLLECTIONS } from '../contract/collections';
import type { Envelope } from '../contract/envelope';
import { busyRetryAfterMs } from '../contract/retry';
import { AppError } from './app-error';
import { checked, isDuplicateWrite, readDoc, type Database } from './database';

/**
 * Idempotency for writes: a requestId is made once per user intent and reused on retry,
 * so a shaky rural network that resends never creates a second idea or sign-up.
 *
 * A pending record is inserted BEFORE the use case runs, keyed by a hash of caller + action + requestId.
 * The insert is the lock: of two concurrent copies only one inserts; the other reads the record and
 * answers with the first result, or BUSY while that is still running.
 */
interface IdempotencyDoc {
  _id: string;
  inputHash: string;
  status: 'pending' | 'done';
  envelope?: Envelope<unknown>;
  createdAt: Date;
}

const stableJson = (value: unknown): string => {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
};

/**
 * A pending claim older than this belongs to a call that died (CloudBase stops a function at its
 * 20 s timeout): a retry may take it over instead of waiting forever.
 */
export const STALE_CLAIM_MS = 30_000;

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 40);

export interface IdempotencyClaim {
  /** The earlier result to answer with, when this call is a replay. */
  replay?: Envelope<unknown>;
  /** Records the outcome of the call that won the claim. */
  settle(envelope: Envelope<unknown>): Promise<void>;
  /** Gives the claim up (after an unexpected failure) so a retry can run the action again. */
  release(): Promise<void>;
}

type RequestScope = { openid: string; action: string; requestId: string };
const recordId = (scope: RequestScope) => sha(`${scope.openid}\u0000${scope.action}\u0000${scope.requestId}`);

const busy = () => new AppError('BUSY', undefined, busyRetryAfterMs());

/**
 * What an existing record says about a request arriving again: its first answer (done), `stale` (a claim
 * whose call died, free to take over), or a refusal — another input under the same id, or still running.
 */
const judgeEarlier = (earlier: IdempotencyDoc, inputHash: string, now: Date): Envelope<unknown> | 'stale' => {
  if (earlier.inputHash !== inputHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  if (earlier.status === 'done' && earlier.envelope) return earlier.envelope;
  if (now.getTime() - new Date(earlier.createdAt).getTime() > STALE_CLAIM_MS) return 'stale';
  throw busy();
};

const readRecord = async (db: Database, id: string) => await readDoc<IdempotencyDoc>(db, COLLECTIONS.idempotency, id);

export const claimRequest = async (db: Database, scope: RequestScope, input: unknown, now: Date): Promise<IdempotencyClaim> => {
  const id = recordId(scope);
  const inputHash = sha(stableJson(input));
  const doc = db.collection(COLLECTIONS.idempotency).doc(id);
  const settle = async (envelope: Envelope<unknown>) => {
    checked(await doc.update({ status: 'done', envelope }));
  };
  const release = async () => {
    checked(await doc.remove());
  };
  const insert = async (): Promise<boolean> => {
    try {
      checked(await db.collection(COLLECTIONS.idempotency).add({ _id: id, key: id, inputHash, status: 'pending', createdAt: now }));
      return true;
    } catch (error) {
      if (isDuplicateWrite(error)) return false;
      throw error;
    }
  };
  if (await insert()) return { settle, release };

  const earlier = await readRecord(db, id);
  if (!earlier) throw busy(); // released between our insert and read
  const judged = judgeEarlier(earlier, inputHash, now);
  if (judged !== 'stale') return { replay: judged, settle: async () => undefined, release: async () => undefined };
  // Remove exactly the stale claim we read; if another retry got there first, its fresh claim stays.
  checked(await db.collection(COLLECTIONS.idempotency).where({ _id: id, status: 'pending', createdAt: earlier.createdAt }).remove());
  if (await insert()) return { settle, release };
  throw busy();
};
