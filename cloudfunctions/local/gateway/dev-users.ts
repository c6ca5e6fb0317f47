import { randomBytes } from 'node:crypto';
import { COLLECTIONS } from '../../contract/collections';
import { ROLE_LABELS, type Role } from '../../contract/roles';
import type { MemberDoc } from '../../platform/caller';
import type { Database } from '../../platform/database';
import { DEMO_PEOPLE, NEW_USER_PREFIX } from '../seed/demo-county';
import { DEMO_HELPER } from '../seed/family';

export interface DemoUser {
  openid: string;
  name: string;
  roles: Role[];
  branchName: string;
  label: string;
}

const RANK: Role[] = ['admin', 'staff', 'secretary', 'member'];
const topRole = (roles: Role[]): Role => RANK.find((r) => roles.includes(r)) ?? 'member';

/** The 选择演示身份 list: demo people with their CURRENT roles (an admin may have changed them). */
export const listDemoUsers = async (db: Database): Promise<DemoUser[]> => {
  const openids = DEMO_PEOPLE.map((p) => p.openid);
  const { data } = await db
    .collection(COLLECTIONS.members)
    .where({ openid: db.command.in(openids) })
    .limit(openids.length)
    .get();
  const byOpenid = new Map((data as MemberDoc[]).map((m) => [m.openid, m]));
  return DEMO_PEOPLE.flatMap((p) => {
    const m = byOpenid.get(p.openid);
    if (!m) return [];
    const role = topRole(m.roles);
    return [{ openid: p.openid, name: m.name, roles: m.roles, branchName: m.branchName, label: ROLE_LABELS[role] }];
  })
    .sort((a, b) => RANK.indexOf(topRole(a.roles)) - RANK.indexOf(topRole(b.roles)))
    // 家人帮办's demo helper is no member (a helper need not register): listed last, by who they help.
    .concat([{ openid: DEMO_HELPER.openid, name: DEMO_HELPER.name, roles: [], branchName: '', label: '家人帮办（孙玉珍的女儿）' }]);
};

/** A fresh openid, as WeChat would give a first-time user. */
export const newUserOpenid = (): string => `${NEW_USER_PREFIX}${randomBytes(6).toString('hex')}`;

/** Any plain token may act as an openid locally (tests use their own); nothing that could inject. */
export const isDevOpenid = (openid: unknown): openid is string => typeof openid === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(openid);
