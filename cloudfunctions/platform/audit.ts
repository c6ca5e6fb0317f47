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
  /** 家人帮办: the family member who acted for the member named as actor (never their openid). */
  helper?: { name: string; relation: string; linkId: string };
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
  ...(ctx.caller.helper ? { helper: { name: ctx.caller.helper.name, relation: ctx.caller.helper.relation, linkId: ctx.caller.helper.linkId } } : {}),
});

export const AUDIT_COLLECTION = COLLECTIONS.auditLog;
