/** Team rules (pure): who may manage a team, and membership transitions. */
export type MembershipStatus = 'pending' | 'active' | 'declined' | 'left';

export interface TeamRights {
  leaderIds: readonly string[];
}

/** Staff manage every team; a leader manages only the teams that name them. */
export const canManageTeam = (team: TeamRights, memberId: string, isStaff: boolean): boolean =>
  isStaff || team.leaderIds.includes(memberId);

/** Whether a member may (re)apply: anyone not already in or waiting; someone declined may try again. */
export const canApply = (current: MembershipStatus | null): boolean => current === null || current === 'declined' || current === 'left';

/** A leader cannot simply leave their team: staff appoint another leader first. */
export const canLeave = (current: MembershipStatus | null, isLeader: boolean): boolean =>
  (current === 'active' || current === 'pending') && !isLeader;
