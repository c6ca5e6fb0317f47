import type { Role } from '../contract/roles';
import type { FamilyRelation } from '../contract/family-words';
import type { MemberView } from '../contract/member-model';
import { COLLECTIONS } from '../contract/collections';
import type { Deps } from './deps';

/** A member as stored: the view plus the openid (never sent to clients) and real dates. */
export type MemberDoc = Omit<MemberView, 'id' | 'createdAt'> & {
  _id: string;
  openid: string;
  createdAt: Date;
  updatedAt: Date;
  /** 退出所有电脑 moves it; a desk's custom-login uid carries the value it signed in under (identity.ts). */
  deskEpoch?: number;
};

/** Who is calling, resolved once per call by the pipeline. */
export interface Caller {
  openid: string;
  member: MemberDoc | null;
  /** Stored roles, plus `admin` for openids configured as admins at deployment. */
  roles: ReadonlySet<Role>;
  /** Calling from a desk (custom login), not the mini-program. */
  atDesk?: boolean;
  /** A browser's network address as CloudBase saw it (TCB_SOURCE_IP), for a desk's sign-in only. */
  sourceIp?: string;
  /**
   * 家人帮办: set when a linked family member is acting for this member (platform/helper-caller.ts). Then
   * `openid`, `member` and `roles` are the member's (the `member` role only) and this is who really called.
   */
  helper?: HelperIdentity;
}

/** The family member acting for a member: their own WeChat openid, the name and relation they gave, the link. */
export interface HelperIdentity {
  openid: string;
  name: string;
  relation: FamilyRelation;
  linkId: string;
}

export const effectiveRoles = (member: MemberDoc | null, configuredAdmin: boolean): Set<Role> => {
  const roles = new Set<Role>(member ? member.roles : []);
  if (member) roles.add('member');
  // A configured admin still registers first: roles belong to members, and every audit entry names one.
  if (member && configuredAdmin) roles.add('admin');
  return roles;
};

export const loadCaller = async (deps: Deps, openid: string): Promise<Caller> => {
  const { data } = await deps.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get();
  const member = (data[0] as MemberDoc | undefined) ?? null;
  return { openid, member, roles: effectiveRoles(member, deps.adminOpenids.has(openid)) };
};
