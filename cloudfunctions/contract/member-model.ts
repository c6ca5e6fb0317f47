import { z } from './zod';
import { inviteCode } from './care-welcome-model';
import { id, optionalText, phone, phoneOrEmpty, text, voiceRecording } from './text';
import { ROLES } from './roles';
import { ADDRESS_FOR_DELIVERY, LIVING_SITUATIONS, MOBILITY_LEVELS } from './member-words';

export * from './member-words';


const thisYear = new Date().getFullYear();

export const emergencyContact = z
  .object({
    name: text({ label: '紧急联系人姓名', max: 20 }),
    phone: phone('紧急联系人电话'),
    relation: text({ label: '与您的关系', max: 10 }),
  })
  .strict();

export const profileFields = {
  name: text({ label: '姓名', max: 20 }),
  birthYear: z
    .number({ error: '请填写出生年份' })
    .int('出生年份请填4位数字')
    .min(1920, '出生年份请填4位数字，如1950')
    .max(thisYear - 40, '出生年份不对，请再看一下'),
  formerUnit: text({ label: '原工作单位', max: 40 }),
  branchId: id('党支部'),
  phone: phone('联系电话').optional(),
  livingSituation: z.enum(LIVING_SITUATIONS, { error: '请选择居住情况' }),
  mobility: z.enum(MOBILITY_LEVELS, { error: '请选择行动情况' }),
  /** Wants study materials brought home (送学上门); the 送学上门 job (features/jobs/home-delivery.ts) turns this into delivery tasks. */
  needsHomeDelivery: z.boolean({ error: '请选择是否需要送学上门' }),
  emergencyContact,
  /** Where the member lives, for 送学上门 and visits: only the visitor's task shows it. "" clears it. */
  address: optionalText({ label: '家庭住址', max: 60 }),
  /** Something a visitor can find the door by, e.g. "村口小卖部旁". */
  landmark: optionalText({ label: '好找的标志', max: 30 }),
  note: optionalText({ label: '其他情况', max: 200, multiline: true }),
};


const doorForDelivery = (p: { needsHomeDelivery: boolean; address?: string }) => !p.needsHomeDelivery || !!p.address?.trim();

export const profileInput = z.object(profileFields).strict().refine(doorForDelivery, { path: ['address'], message: ADDRESS_FOR_DELIVERY });
export type ProfileInput = z.input<typeof profileInput>;

/** Registration: the form, and the 荣退 invitation it was opened from, if any. */
export const registerInput = z
  .object({ ...profileFields, invite: inviteCode.optional() })
  .strict()
  .refine(doorForDelivery, { path: ['address'], message: ADDRESS_FOR_DELIVERY });

/**
 * Every field optional; `phone: ""` removes the phone on file. 修改资料 may also carry 其他情况 said aloud
 * (`noteVoice`, a memberVoice upload; `null` removes it): alone it is enough, the typed note stays optional.
 */
export const profileUpdateInput = z
  .object({ ...profileFields, phone: phoneOrEmpty('联系电话'), noteVoice: voiceRecording.nullable() })
  .partial()
  .strict();

export const branchView = z.object({
  id: z.string(),
  name: z.string(),
  township: z.string().optional(),
  /** 支部电话: sent to admins only (members read their own branch's through members.helpContacts). */
  phone: z.string().optional(),
  memberCount: z.number(),
});
export type BranchView = z.infer<typeof branchView>;

export const memberView = z.object({
  id: z.string(),
  name: z.string(),
  birthYear: z.number(),
  formerUnit: z.string(),
  branchId: z.string(),
  branchName: z.string(),
  phone: z.string().optional(),
  livingSituation: z.enum(LIVING_SITUATIONS),
  mobility: z.enum(MOBILITY_LEVELS),
  needsHomeDelivery: z.boolean(),
  emergencyContact: z.object({ name: z.string(), phone: z.string(), relation: z.string() }),
  address: z.string().optional(),
  landmark: z.string().optional(),
  note: z.string().optional(),
  /** 其他情况 said aloud: the member's own file and its length (played by staff on the 服务台账). */
  noteVoice: z.object({ fileId: z.string(), seconds: z.number() }).optional(),
  roles: z.array(z.enum(ROLES)),
  /** Set when the member is a secretary: the branch they run. */
  secretaryOf: z.string().optional(),
  createdAt: z.string(),
});
export type MemberView = z.infer<typeof memberView>;

export const memberSummary = memberView.pick({
  id: true,
  name: true,
  birthYear: true,
  branchId: true,
  branchName: true,
  roles: true,
  secretaryOf: true,
});
export type MemberSummary = z.infer<typeof memberSummary>;
