import { COLLECTIONS } from '../contract/collections';
import type { ActionContext } from './routes';

/**
 * One audit entry per staff decision (who, what, when, before/after). Use cases add it inside the
 * same transaction as the change it records, so there is never a change without its entry or the reverse.
 */
export interface AuditEntry {
  actorId: string;
  actorName: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  at: Date;
  requestId: string;
}

export const auditEntry = (
  ctx: ActionContext,
  target: { type: string; id: string },
  before: unknown,
  after: unknown,
): AuditEntry => ({
  actorId: ctx.caller.member?._id ?? '',
  actorName: ctx.caller.member?.name ?? '',
  action: ctx.action,
  targetType: target.type,
  targetId: target.id,
  before: before ?? null,
  after: after ?? null,
  at: ctx.now,
  requestId: ctx.requestId,
});

export const AUDIT_COLLECTION = COLLECTIONS.auditLog;
