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

/*
 * The sets of roles an action admits, named once. Each name says exactly who is in it: an admin is NOT staff
 * unless also granted `staff` — admins manage people, branches and roles; the bureau's county-wide work
 * (lessons, ideas, care, places, the jobs) is staff's. Volunteering is the exception that admits both: its
 * county-wide rights (teams, leaders, figures, records) were given to the bureau's admins too, and so was the
 * member list.
 */
/** Every registered member (registration gives `member` to everyone). */
export const MEMBER = ['member'] as const;
/** Branch secretaries, for the branch they run. */
export const SECRETARY = ['secretary'] as const;
/** Bureau staff, county-wide. */
export const STAFF = ['staff'] as const;
/** Admins: people, branches, roles. */
export const ADMIN = ['admin'] as const;
/** Staff, or an admin (volunteering's county-wide rights, the member list). */
export const STAFF_OR_ADMIN = ['staff', 'admin'] as const;
/** Those who run branch work: a secretary for their own branch, staff for every branch. */
export const SECRETARY_OR_STAFF = ['secretary', 'staff'] as const;

/** Who may sign in and work at a desk (电脑上办公): the back-office roles, never a plain member. */
export const DESK_ROLES = ['secretary', 'staff', 'admin'] as const;

/**
 * Whether someone holding `held` is in `set`: the one role check, used by the pipeline for an action's
 * declared access and by the use cases for the rules inside an action (who sees the whole county, who
 * manages a team).
 */
export const holds = (held: ReadonlySet<Role> | readonly Role[], set: readonly Role[]): boolean =>
  set.some((role) => ('has' in held ? held.has(role) : held.includes(role)));
