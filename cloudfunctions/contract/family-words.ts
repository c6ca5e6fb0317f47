/**
 * 家人帮办's words and limits, zod-free so the client's pages can use them without the schemas.
 */

/** Who the helper is to the member: a fixed list, so the member reads "您的女儿 王芳" and never a made-up title. */
export const FAMILY_RELATIONS = ['daughter', 'son', 'spouse', 'daughterInLaw', 'sonInLaw', 'grandchild', 'sibling', 'relative'] as const;
export type FamilyRelation = (typeof FAMILY_RELATIONS)[number];

export const RELATION_LABELS: Record<FamilyRelation, string> = {
  daughter: '女儿',
  son: '儿子',
  spouse: '老伴',
  daughterInLaw: '儿媳',
  sonInLaw: '女婿',
  grandchild: '孙辈',
  sibling: '兄弟姐妹',
  relative: '其他亲属',
};

/** The invitation code: six digits, said aloud over the phone or read off the elder's screen. */
export const FAMILY_CODE_LENGTH = 6;
export const FAMILY_CODE_PATTERN = /^\d{6}$/;
/** How long a code lives: long enough to ring a daughter and read it out, short enough to be useless later. */
export const FAMILY_CODE_MINUTES = 30;

export type FamilyLinkStatus = 'pending' | 'active' | 'declined' | 'ended';

export const LINK_STATUS_LABELS: Record<FamilyLinkStatus, string> = {
  pending: '等您确认',
  active: '正在帮办',
  declined: '没有同意',
  ended: '已结束',
};

/** What a helper did, as the member reads it in 家人代办记录 ("替您报名了「…」"). */
export const FAMILY_ACT_KINDS = ['activitySignup', 'activityCancel', 'sessionSignup', 'sessionCancel', 'idea', 'careHelp'] as const;
export type FamilyActKind = (typeof FAMILY_ACT_KINDS)[number];

export const ACT_VERBS: Record<FamilyActKind, string> = {
  activitySignup: '替您报名了志愿活动',
  activityCancel: '替您取消了志愿活动报名',
  sessionSignup: '替您报名了小讲堂',
  sessionCancel: '替您取消了小讲堂报名',
  idea: '替您提了金点子',
  careHelp: '替您提交了求助',
};

/** The mark on an idea or a 求助 a helper sent, shown to staff and the member. */
export const FAMILY_MARK = '家人代提';

/** "女儿 王芳": how a helper is named everywhere. */
export const helperLabel = (relation: FamilyRelation, name: string): string => `${RELATION_LABELS[relation]} ${name}`;
