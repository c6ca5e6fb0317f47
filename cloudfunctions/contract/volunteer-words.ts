/** Volunteering words shared by the functions and the client. */
export const VOLUNTEER_FIELDS = ['tech', 'rural', 'governance', 'youth'] as const;
export type VolunteerField = (typeof VOLUNTEER_FIELDS)[number];
export const FIELD_LABELS: Record<VolunteerField, string> = {
  tech: '科技下乡',
  rural: '乡村振兴',
  governance: '社会治理',
  youth: '关心下一代',
};

export const TEAM_KINDS = ['service', 'thinktank'] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];
export const TEAM_KIND_LABELS: Record<TeamKind, string> = { service: '服务队', thinktank: '银发智囊团' };

export const SKILLS = ['agri', 'medical', 'legal', 'education', 'arts', 'calligraphy', 'finance', 'mediation', 'party'] as const;
export type Skill = (typeof SKILLS)[number];
export const SKILL_LABELS: Record<Skill, string> = {
  agri: '农技',
  medical: '医疗',
  legal: '法律',
  education: '教育',
  arts: '文艺',
  calligraphy: '书法',
  finance: '财会',
  mediation: '调解',
  party: '党史宣讲',
};

export const MEMBERSHIP_STATUSES = ['pending', 'active', 'declined', 'left'] as const;
export const SIGNUP_STATUSES = ['confirmed', 'pending', 'waiting', 'cancelled', 'declined'] as const;
export const ACTIVITY_PHASES = ['open', 'closed', 'ongoing', 'ended', 'cancelled'] as const;

/** Plain words for statuses. */
export const SIGNUP_STATUS_LABELS: Record<(typeof SIGNUP_STATUSES)[number], string> = {
  confirmed: '已报名',
  pending: '已报名，等待队长确认',
  waiting: '名额已满，正在候补',
  cancelled: '已取消报名',
  declined: '未通过',
};
export const MEMBERSHIP_STATUS_LABELS: Record<(typeof MEMBERSHIP_STATUSES)[number], string> = {
  pending: '申请已提交，队长同意后您就是队员了',
  active: '您已是队员',
  declined: '申请未通过',
  left: '您已退出这个服务队',
};
export const PHASE_LABELS: Record<(typeof ACTIVITY_PHASES)[number], string> = {
  open: '正在报名',
  closed: '报名已截止',
  ongoing: '正在进行',
  ended: '已结束',
  cancelled: '已取消',
};

/**
 * When a volunteer may check in or out by code: from an hour before the start until two hours after the
 * end. The functions refuse outside it (CHECKIN_NOT_OPEN); the activity page offers the code box inside it.
 */
export const CHECKIN_OPENS_MS = 60 * 60_000;
export const CHECKOUT_CLOSES_MS = 2 * 60 * 60_000;

export type CheckWindow = 'early' | 'open' | 'late';

export const checkWindow = (span: { startAt: Date; endAt: Date }, now: Date): CheckWindow => {
  const t = now.getTime();
  if (t < span.startAt.getTime() - CHECKIN_OPENS_MS) return 'early';
  if (t > span.endAt.getTime() + CHECKOUT_CLOSES_MS) return 'late';
  return 'open';
};
