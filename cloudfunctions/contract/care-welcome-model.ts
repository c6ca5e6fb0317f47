import { z } from './zod';
import { EVENT_DEADLINE_DAYS, EVENT_OCCASIONS } from './care-words';

/**
 * 荣退 (honourable retirement) and the bureau's own care settings. A newly retired cadre gets the unit's
 * "九个一" welcome, a checklist whose items the bureau sets, each ticked with the date and who did it,
 * and an invitation to register in the app (a code that fills in the registration form for them).
 */

/** The bureau's default 九个一: what a unit does for a cadre the month they retire. */
export const DEFAULT_WELCOME_ITEMS = [
  '一次谈心谈话',
  '一场荣誉退休仪式',
  '一本荣誉退休证书',
  '一束鲜花',
  '一张合影留念',
  '一封感谢信',
  '一份纪念品',
  '一次组织关系转接',
  '一次上门走访',
] as const;

export const welcomeItemView = z.object({
  label: z.string(),
  /** Set once ticked: the day it was done (China date) and who ticked it. */
  doneOn: z.string().optional(),
  byName: z.string().optional(),
  note: z.string().optional(),
});

export const welcomeView = z.object({
  id: z.string(),
  name: z.string(),
  formerUnit: z.string(),
  retiredOn: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  phone: z.string().optional(),
  items: z.array(welcomeItemView),
  done: z.number(),
  /** The registration invitation: the code to give them, and the page it opens. */
  inviteCode: z.string(),
  invitePath: z.string(),
  /** Once they have registered with it. */
  registered: z.boolean(),
  registeredOn: z.string().optional(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type WelcomeView = z.infer<typeof welcomeView>;

/** What the invitation shows the person before they register: only what fills their own form. */
export const invitationView = z.object({
  name: z.string(),
  formerUnit: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  phone: z.string().optional(),
  retiredOn: z.string(),
});
export type InvitationView = z.infer<typeof invitationView>;

/** Invitation codes: 8 letters and digits people cannot confuse (no 0/O, 1/I/L). */
export const INVITE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const inviteCode = z
  .string({ error: '请填写邀请码' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(new RegExp(`^[${INVITE_ALPHABET}]{8}$`), '邀请码是8位字母和数字，请再核对一下'));

/** The bureau's settings for 三慰问四必访 and 荣退; the default set is what the app does until they are changed. */
export const careSettings = z.object({
  springFestival: z.object({ enabled: z.boolean(), leadDays: z.number().int() }),
  doubleNinth: z.object({ enabled: z.boolean(), leadDays: z.number().int(), minAge: z.number().int() }),
  birthday: z.object({ enabled: z.boolean(), decades: z.array(z.number().int()) }),
  party50: z.object({ enabled: z.boolean(), leadDays: z.number().int() }),
  /** Days after a report by which each 四必访 visit must happen. */
  eventDays: z.object(Object.fromEntries(EVENT_OCCASIONS.map((o) => [o, z.number().int()])) as Record<(typeof EVENT_OCCASIONS)[number], z.ZodNumber>),
  welcomeItems: z.array(z.string()),
});
export type CareSettings = z.infer<typeof careSettings>;

export const DEFAULT_CARE_SETTINGS: CareSettings = {
  springFestival: { enabled: true, leadDays: 30 },
  doubleNinth: { enabled: true, leadDays: 20, minAge: 80 },
  birthday: { enabled: true, decades: [70, 80, 90, 100] },
  party50: { enabled: true, leadDays: 30 },
  eventDays: { ...EVENT_DEADLINE_DAYS },
  welcomeItems: [...DEFAULT_WELCOME_ITEMS],
};
