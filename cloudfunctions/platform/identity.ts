import tcb from '@cloudbase/node-sdk';
import { COLLECTIONS } from '../contract/collections';
import type { ErrorCode } from '../contract/errors';
import { DESK_ROLES, holds } from '../contract/roles';
import { effectiveRoles, loadCaller, type Caller, type MemberDoc } from './caller';
import { readDoc } from './database';
import type { Deps } from './deps';
import { parseDeskUid } from './desk-uid';
import { helperCaller } from './helper-caller';
import { ACTIONS, type ActionName } from '../contract/registry';

/**
 * Who is calling, from the platform's context only (never the payload). Three kinds:
 *  - the mini-program: WX_OPENID, which WeChat injects (deps.identify); with `actFor`, a family helper
 *    acting for the member of their link (helper-caller.ts);
 *  - a desk signed in with a custom-login ticket: TCB_CUSTOM_USER_ID, the uid this app chose at
 *    createTicket (desk-uid.ts). It acts as that member, only while the member holds a desk role (read
 *    on every call, so a role revoked on the phone ends the desk's rights at once) and while the uid's
 *    desk epoch is the member's (退出所有电脑 moves it);
 *  - a desk signed in anonymously: TCB_UUID alone. It may only ask for, watch and redeem a login code.
 */
export type Identified = { openid: string; caller: Caller } | { refused: ErrorCode };

/** What a browser signed in anonymously may call: getting signed in, nothing else. */
export const ANONYMOUS_WEB_ACTIONS: ReadonlySet<string> = new Set(['desk.requestCode', 'desk.status', 'desk.redeem']);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);

const webUser = (context: unknown): { uuid?: string; customUserId?: string; sourceIp?: string } => {
  if (typeof context !== 'object' || context === null) return {};
  const { TCB_UUID, TCB_CUSTOM_USER_ID, TCB_SOURCE_IP } = tcb.getCloudbaseContext(context as never) as unknown as Record<string, unknown>;
  return { uuid: text(TCB_UUID), customUserId: text(TCB_CUSTOM_USER_ID), sourceIp: text(TCB_SOURCE_IP) };
};

export const identifyCaller = async (deps: Deps, context: unknown, action: ActionName, actFor: unknown): Promise<Identified> => {
  const openid = deps.identify(context);
  // 家人帮办: `actFor` names a helper link; the call runs as that member, keyed by the helper's own openid.
  if (openid) return { openid, caller: actFor === undefined ? await loadCaller(deps, openid) : await helperCaller(deps, ACTIONS[action], openid, actFor) };
  // A desk or an anonymous browser never acts for anyone: only a phone holds a family link.
  const web = webUser(context);
  if (actFor !== undefined) return { refused: web.customUserId || web.uuid ? 'HELPER_NOT_ALLOWED' : 'UNAUTHENTICATED' };
  if (web.customUserId) {
    const desk = parseDeskUid(web.customUserId);
    const member = desk ? await readDoc<MemberDoc>(deps.db, COLLECTIONS.members, desk.memberId) : null;
    if (!desk || !member) return { refused: 'UNAUTHENTICATED' };
    if ((member.deskEpoch ?? 0) !== desk.epoch) return { refused: 'DESK_SIGNED_OUT' };
    const roles = effectiveRoles(member, deps.adminOpenids.has(member.openid));
    if (!holds(roles, DESK_ROLES)) return { refused: 'DESK_FORBIDDEN' };
    return { openid: member.openid, caller: { openid: member.openid, member, roles, atDesk: true } };
  }
  if (web.uuid && ANONYMOUS_WEB_ACTIONS.has(action)) {
    const principal = `web:${web.uuid}`;
    return { openid: principal, caller: { openid: principal, member: null, roles: new Set(), ...(web.sourceIp ? { sourceIp: web.sourceIp } : {}) } };
  }
  return { refused: 'UNAUTHENTICATED' };
};
