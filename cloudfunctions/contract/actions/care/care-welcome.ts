import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, optionalText, page, paged, phone, text } from '../../text';
import { dateOnly } from '../../lesson-model';
import { EVENT_OCCASIONS, OCCASION_LABELS } from '../../care-model';
import { careSettings, invitationView, inviteCode, welcomeView } from '../../care-welcome-model';
import { DECADE_CHOICES } from '../../care-words';
import { SECRETARY_OR_STAFF, STAFF } from '../../roles';

const welcomeId = id('荣退记录');

const days = (label: string, min: number, max: number) =>
  z.number({ error: `请填写${label}` }).int(`${label}请填整数`).min(min, `${label}要在${min}到${max}天之间`).max(max, `${label}要在${min}到${max}天之间`);
const lead = days('提前天数', 7, 60);

/** What staff may set: each calendar occasion on or off with its lead time and who it is for, 四必访 deadlines, the 九个一 items. */
const settingsInput = z
  .object({
    springFestival: z.object({ enabled: z.boolean(), leadDays: lead }).strict(),
    doubleNinth: z
      .object({ enabled: z.boolean(), leadDays: lead, minAge: z.number({ error: '请填写年龄' }).int('年龄请填整数').min(60, '年龄要在60到100岁之间').max(100, '年龄要在60到100岁之间') })
      .strict(),
    birthday: z
      .object({
        enabled: z.boolean(),
        decades: z
          .array(z.number().refine((d) => (DECADE_CHOICES as readonly number[]).includes(d), '请从列出的整十生日里选'))
          .max(DECADE_CHOICES.length)
          .refine((d) => new Set(d).size === d.length, '整十生日重复了'),
      })
      .strict()
      .refine((b) => !b.enabled || b.decades.length > 0, { path: ['decades'], message: '请至少选一个整十生日，或者关掉生日慰问' }),
    party50: z.object({ enabled: z.boolean(), leadDays: lead }).strict(),
    eventDays: z
      .object(Object.fromEntries(EVENT_OCCASIONS.map((o) => [o, days(`${OCCASION_LABELS[o]}的期限`, 1, 30)])) as Record<(typeof EVENT_OCCASIONS)[number], ReturnType<typeof days>>)
      .strict(),
    welcomeItems: z
      .array(text({ label: '荣退事项', min: 2, max: 20 }))
      .min(1, '荣退事项至少要有一项')
      .max(12, '荣退事项最多12项')
      .refine((items) => new Set(items).size === items.length, '荣退事项有重复的'),
  })
  .strict();

/** 荣退 and the bureau's care settings (function `care`). */
export const careWelcomeActions = {
  'care.settings': defineAction({
    fn: 'care',
    summary: 'The bureau\'s 三慰问四必访 and 荣退 settings (the default set until staff change them)',
    access: STAFF,
    input: z.object({}).strict(),
    output: careSettings.extend({ updatedBy: z.string().optional(), updatedAt: z.string().optional() }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.saveSettings': defineAction({
    fn: 'care',
    summary: 'Staff set which calendar occasions make visits (lead time, who for), the 四必访 deadlines and the 九个一 items; audited with before and after',
    access: STAFF,
    input: settingsInput,
    output: careSettings.extend({ updatedBy: z.string().optional(), updatedAt: z.string().optional() }),
    errors: [],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.addRetiree': defineAction({
    fn: 'care',
    summary: '荣退: staff enter a newly retired cadre; the 九个一 checklist (the bureau\'s items) and a registration invitation are made; audited',
    access: STAFF,
    input: z
      .object({
        name: text({ label: '姓名', min: 2, max: 20 }),
        formerUnit: text({ label: '原工作单位', max: 40 }),
        retiredOn: dateOnly('退休日期'),
        branchId: id('党支部'),
        phone: phone('联系电话').optional(),
      })
      .strict(),
    output: welcomeView,
    errors: ['BRANCH_NOT_FOUND'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.tickWelcome': defineAction({
    fn: 'care',
    summary: '荣退: staff or the branch secretary tick one 九个一 item (the day, who) or take a tick back; audited',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        welcomeId,
        item: z.number({ error: '请选择事项' }).int('请选择事项').min(0, '请选择事项').max(11, '请选择事项'),
        done: z.boolean(),
        doneOn: dateOnly('完成日期').optional(),
        note: optionalText({ label: '说明', max: 100 }),
      })
      .strict()
      .refine((v) => !v.done || !!v.doneOn, { path: ['doneOn'], message: '请填写完成日期' }),
    output: welcomeView,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.welcomes': defineAction({
    fn: 'care',
    summary: '荣退 records, newest retirement first: the county for staff, the own branch for a secretary',
    access: SECRETARY_OR_STAFF,
    input: page.extend({ branchId: id('党支部').optional() }).strict(),
    output: paged(welcomeView),
    errors: ['FORBIDDEN', 'BRANCH_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.welcome': defineAction({
    fn: 'care',
    summary: 'One 荣退 record with its checklist and invitation',
    access: SECRETARY_OR_STAFF,
    input: z.object({ welcomeId }).strict(),
    output: welcomeView,
    errors: ['NOT_FOUND', 'FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.invitation': defineAction({
    fn: 'care',
    summary: 'The invitation a new retiree opens before registering: their name, unit and branch to fill the form; nothing else, and only while unused',
    access: 'anyone',
    input: z.object({ code: inviteCode }).strict(),
    output: invitationView,
    errors: ['NOT_FOUND'],
    write: false,
    audited: false,
    // Guessing codes is slow: a few tries a minute per WeChat user.
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
};
