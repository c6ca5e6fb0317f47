import { holdersOf } from '../../features/volunteers/seat-ledger';
import { VOLUNTEER_FIELDS } from '../../contract/volunteer-model';
import type { MemberDoc } from '../../platform/caller';
import { monthOf, serviceMinutes } from '../../domain/volunteers/hours';
import { signupIdOf, type ActivityDoc, type SignupDoc, type TeamDoc } from '../../features/volunteers/docs';
import { DAY, pastTime, type Rng } from './bulk-docs';

const HOUR = 3_600_000;
const TITLES = ['进村义诊', '红色故事进校园', '网格巡查', '农技指导', '法律咨询', '书法进万家', '护林巡山', '文明劝导', '政策宣讲'];

/**
 * Activities of the county's teams with their sign-ups, in the stored shapes of features/volunteers:
 * past ones (most) with check-in/out and service minutes, upcoming ones with seats and a waiting list
 * that agree with their sign-ups (taken = confirmed count, waiting = the waiting sign-ups in order).
 */
export const activityWithSignups = (
  r: Rng,
  i: number,
  team: TeamDoc,
  people: MemberDoc[],
  now: Date,
): { activity: ActivityDoc; signups: SignupDoc[] } => {
  const upcoming = r.next() < 0.06;
  const day = upcoming ? new Date(now.getTime() + (2 + r.int(40)) * DAY) : pastTime(r, now, 24);
  // 09:00 or 14:30 Shanghai time on that day, as real activities are.
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate()) - 8 * HOUR;
  const startAt = new Date(midnight + (r.next() < 0.5 ? 9 : 14.5) * HOUR);
  const hours = 2 + r.int(3);
  const endAt = new Date(startAt.getTime() + hours * HOUR);
  const deadline = new Date(startAt.getTime() - 24 * HOUR);
  const past = endAt.getTime() <= now.getTime();
  const capacity = upcoming ? Math.max(5, people.length - r.int(8)) : people.length + r.int(10);
  const field = r.pick(VOLUNTEER_FIELDS);
  const title = `${r.pick(TITLES)}（第${i + 1}场）`;
  const place = `${team.township}活动点`;
  const id = `bulk-a-${i}`;
  const createdAt = new Date(startAt.getTime() - 7 * DAY);
  const signups: SignupDoc[] = people.map((m, k) => {
    const confirmed = k < capacity;
    const checkInAt = past ? new Date(startAt.getTime() - 10 * 60_000 + r.int(20) * 60_000) : null;
    const checkOutAt = past ? new Date(endAt.getTime() - r.int(30) * 60_000) : null;
    return {
      _id: signupIdOf(id, m._id), activityId: id, memberId: m._id, memberName: m.name, branchName: m.branchName, openid: m.openid,
      teamId: team._id, teamName: team.name, field, title, place, activityStart: startAt, activityEnd: endAt, deadline,
      month: monthOf(startAt), status: confirmed ? 'confirmed' : 'waiting', signedAt: new Date(createdAt.getTime() + (k + 1) * 60_000),
      checkInAt, checkOutAt, minutes: past ? serviceMinutes({ startAt, endAt }, { checkInAt, checkOutAt }) : null,
      corrected: false, codeFailures: 0, updatedAt: createdAt,
    };
  });
  const activity: ActivityDoc = {
    _id: id, teamId: team._id, teamName: team.name, title, description: `${title}，欢迎老同志报名参加。`, field, startAt, endAt,
    deadline, place, capacity, taken: Math.min(capacity, people.length),
    holders: holdersOf(signups.filter((s) => s.status === 'confirmed').map((s) => s.memberId)),
    waiting: signups.filter((s) => s.status === 'waiting').map((s) => s.memberId), needsApproval: false,
    code: String(1000 + r.int(9000)), cancelled: false, month: monthOf(startAt), createdBy: team.leaderIds[0],
    createdAt,
  };
  return { activity, signups };
};
