/** Roles a member can hold. Everyone registered is a `member`; the rest are granted by an admin. */
export const ROLES = ['member', 'secretary', 'staff', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Roles an admin may grant or revoke; `member` comes with registration and is never revoked. */
export const GRANTABLE_ROLES = ['secretary', 'staff', 'admin'] as const;
export type GrantableRole = (typeof GRANTABLE_ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  member: '老同志',
  secretary: '支部书记',
  staff: '工作人员',
  admin: '管理员',
};

/**
 * Who may call an action: any caller WeChat identified (registered or not), or registered members
 * holding at least one of the listed roles.
 */
export type Access = 'anyone' | readonly Role[];
