import type { ActivityView, MembershipView, MySignup, RosterRow, TalentView, TeamView } from '../../contract/volunteer-model';
import { phaseOf, waitingPosition } from '../../domain/volunteers/seats';
import { iso } from '../../platform/database';
import type { ActivityDoc, MembershipDoc, SignupDoc, TalentDoc, TeamDoc } from './docs';

/** What clients see of the stored volunteering documents: the one place a document becomes a view. */
const d = (value: Date | string): Date => new Date(value);
const isoOrNull = (value: Date | string | null | undefined): string | null => (value ? iso(value) : null);

export const toTeamView = (t: TeamDoc): TeamView => ({
  id: t._id,
  name: t.name,
  kind: t.kind,
  fields: t.fields,
  leaderIds: t.leaderIds,
  leaderNames: t.leaderNames,
  township: t.township,
  description: t.description,
  memberCount: t.memberCount,
});

export const toMembershipView = (m: MembershipDoc): MembershipView => ({
  teamId: m.teamId,
  teamName: m.teamName,
  memberId: m.memberId,
  memberName: m.memberName,
  status: m.status,
  appliedAt: iso(m.appliedAt),
});

export const toTalentView = (t: TalentDoc): TalentView => ({
  memberId: t.memberId,
  name: t.name,
  branchName: t.branchName,
  skills: t.skills,
  ...(t.note ? { note: t.note } : {}),
});

const span = (a: { startAt: Date | string; endAt: Date | string; deadline: Date | string; cancelled?: boolean }) => ({
  startAt: d(a.startAt),
  endAt: d(a.endAt),
  deadline: d(a.deadline),
  cancelled: a.cancelled,
});

export const toActivityView = (a: ActivityDoc, now: Date): ActivityView => ({
  id: a._id,
  teamId: a.teamId,
  teamName: a.teamName,
  title: a.title,
  description: a.description,
  field: a.field,
  startAt: iso(a.startAt),
  endAt: iso(a.endAt),
  deadline: iso(a.deadline),
  place: a.place,
  ...(a.placeInfo ? { placeInfo: a.placeInfo } : {}),
  ...(a.organiser ? { organiser: a.organiser } : {}),
  capacity: a.capacity,
  taken: a.taken,
  waitingCount: a.waiting.length,
  needsApproval: a.needsApproval,
  phase: phaseOf(span(a), now),
  ...(a.cancelled && a.cancelReason ? { cancelReason: a.cancelReason } : {}),
});

export const toMySignup = (s: SignupDoc, waiting: readonly string[] | null): MySignup => ({
  status: s.status,
  waitingPosition: s.status === 'waiting' && waiting ? waitingPosition(waiting, s.memberId) : null,
  checkInAt: isoOrNull(s.checkInAt),
  checkOutAt: isoOrNull(s.checkOutAt),
  minutes: s.minutes ?? null,
});

export const toRosterRow = (s: SignupDoc, waiting: readonly string[]): RosterRow => ({
  ...toMySignup(s, waiting),
  memberId: s.memberId,
  memberName: s.memberName,
  branchName: s.branchName,
  signedAt: iso(s.signedAt),
  corrected: s.corrected,
  ...(s.correctionReason ? { correctionReason: s.correctionReason } : {}),
});

export const myActivityOf = (s: SignupDoc, now: Date) => ({
  activityId: s.activityId,
  title: s.title,
  teamName: s.teamName,
  place: s.place,
  startAt: iso(s.activityStart),
  endAt: iso(s.activityEnd),
  phase: phaseOf({ startAt: d(s.activityStart), endAt: d(s.activityEnd), deadline: d(s.deadline), cancelled: !!s.activityCancelled }, now),
  mine: toMySignup(s, null),
});
