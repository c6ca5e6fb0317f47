import { FIELD_LABELS, MEMBERSHIP_STATUS_LABELS, PHASE_LABELS, SIGNUP_STATUS_LABELS, TEAM_KIND_LABELS } from '@contract/volunteer-words';
import type { ActivityView, MySignup, TeamView } from '@contract/volunteer-model';
import { hoursText } from './format';

export const fieldsText = (fields: TeamView['fields']): string => fields.map((f) => FIELD_LABELS[f]).join('、');
export const kindText = (kind: TeamView['kind']): string => TEAM_KIND_LABELS[kind];
export const phaseText = (phase: ActivityView['phase']): string => PHASE_LABELS[phase];
export const membershipText = (status: keyof typeof MEMBERSHIP_STATUS_LABELS): string => MEMBERSHIP_STATUS_LABELS[status];

/** Seats in plain words: "还剩3个名额" / "名额已满，2人候补". */
export const seatsText = (a: Pick<ActivityView, 'capacity' | 'taken' | 'waitingCount'>): string => {
  const left = a.capacity - a.taken;
  if (left > 0) return `共${a.capacity}个名额，还剩${left}个`;
  return a.waitingCount > 0 ? `名额已满，已有${a.waitingCount}人候补` : '名额已满，可以候补';
};

/** My sign-up in plain words, including where I stand and what was recorded. */
export const mySignupText = (mine: MySignup): string => {
  if (mine.status === 'waiting') return `名额已满，您在候补第${mine.waitingPosition ?? '?'}位。有人取消时会按先后顺序递补，并通知您。`;
  if (mine.minutes !== null && mine.status === 'confirmed') return `已签退，服务时长${hoursText(mine.minutes)}`;
  if (mine.checkInAt && mine.status === 'confirmed') return '已签到。活动结束时请再输入签到码签退。';
  return SIGNUP_STATUS_LABELS[mine.status];
};
