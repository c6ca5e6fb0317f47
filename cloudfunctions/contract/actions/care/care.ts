import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, optionalText, page, paged, phone, photos, text, voiceRecording } from '../../text';
import { dateOnly } from '../../lesson-model';
import { careContactsView, careFigures, EVENT_OCCASIONS, ledgerView, myPersonView, problemView, visitView, VISIT_WAYS } from '../../care-model';
import { MEMBER, SECRETARY_OR_STAFF, STAFF } from '../../roles';

const memberId = id('老同志');
const helper = z
  .object({ name: text({ label: '志愿者或家属姓名', max: 20 }), relation: text({ label: '与老同志的关系', max: 10 }), phone: phone('志愿者或家属电话') })
  .strict();

/** 关爱服务 (function `care`): the service ledger, visits that must happen, problems raised and solved. */
export const careActions = {
  'care.ledger': defineAction({
    fn: 'care',
    summary: 'One person\'s 服务台账: profile, 1+1+1 contacts, dated entries, visits and problems; health notes for staff only; every read logged',
    access: SECRETARY_OR_STAFF,
    input: z.object({ memberId }).strict(),
    output: ledgerView,
    errors: ['MEMBER_NOT_FOUND', 'FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.saveLedger': defineAction({
    fn: 'care',
    summary: 'Staff name the 1+1+1 contacts and keep health and living notes; each change is a dated entry; audited',
    access: STAFF,
    input: z
      .object({
        memberId,
        bureauContactId: id('局机关联系人').optional(),
        branchContactId: id('支部联系人').optional(),
        helper: helper.optional(),
        /** A registered volunteer as the third contact: their name and phone come from their record. */
        helperMemberId: id('志愿者').optional(),
        health: optionalText({ label: '健康情况', max: 300, multiline: true }),
        living: optionalText({ label: '生活情况', max: 300, multiline: true }),
        partyJoinYear: z.number({ error: '入党年份请填4位数字' }).int('入党年份请填4位数字').min(1920, '入党年份不对').max(2100, '入党年份不对').optional(),
      })
      .strict(),
    output: ledgerView,
    errors: ['MEMBER_NOT_FOUND'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.addEntry': defineAction({
    fn: 'care',
    summary: '动态记录: staff or the branch secretary add a dated line to a person\'s ledger',
    access: SECRETARY_OR_STAFF,
    input: z.object({ memberId, text: text({ label: '记录内容', max: 300, multiline: true }) }).strict(),
    output: z.object({ at: z.string(), byName: z.string(), text: z.string() }),
    errors: ['MEMBER_NOT_FOUND', 'FORBIDDEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.report': defineAction({
    fn: 'care',
    summary: '四必访: a member (for themselves), their branch secretary or staff report 住院 / 变故 / 困难 / 去世; a due visit with its deadline is made at once (one per open occasion)',
    access: MEMBER,
    input: z
      .object({
        memberId: memberId.optional(),
        occasion: z.enum(EVENT_OCCASIONS, { error: '请选择是什么情况' }),
        note: optionalText({ label: '情况说明', max: 200, multiline: true }),
      })
      .strict(),
    output: visitView,
    errors: ['MEMBER_NOT_FOUND', 'FORBIDDEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.recordVisit': defineAction({
    fn: 'care',
    summary: 'A visit done (上门 / 电话 / 微信): who went, when, what was found; a problem raised becomes a tracked item; audited',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        visitId: id('走访任务'),
        visitedOn: dateOnly('走访日期'),
        way: z.enum(VISIT_WAYS, { error: '请选择走访方式' }),
        visitors: text({ label: '走访人', max: 40 }),
        found: text({ label: '走访情况', max: 500, multiline: true }),
        problem: optionalText({ label: '反映的问题', max: 300, multiline: true }),
        photos: photos.optional(),
      })
      .strict(),
    output: visitView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.askHelp': defineAction({
    fn: 'care',
    summary: '我要求助: a member asks for help in plain words or a voice recording (or both); it becomes a tracked problem their contacts and staff see',
    access: MEMBER,
    input: z
      .object({
        text: optionalText({ label: '想请组织帮什么', max: 300, multiline: true }),
        voice: voiceRecording.optional(),
      })
      .strict()
      .refine((v) => !!v.text?.trim() || !!v.voice, { path: ['text'], message: '请写几句，或者点“说给组织听”录一段话' }),
    output: problemView,
    errors: [],
    write: true,
    audited: true,
    rateLimit: { limit: 10, windowMs: 60_000 },
    helper: true,
  }),
  'care.moveProblem': defineAction({
    fn: 'care',
    summary: 'Staff or the branch secretary take a problem on (正在办) or solve it (已解决, with what was done); the member is told; audited',
    access: SECRETARY_OR_STAFF,
    input: z
      .object({
        problemId: id('问题'),
        to: z.enum(['in_hand', 'solved'], { error: '请选择办理结果' }),
        note: optionalText({ label: '办理说明', max: 300, multiline: true }),
      })
      .strict()
      .refine((v) => v.to !== 'solved' || !!v.note?.trim(), { path: ['note'], message: '请写明是怎么解决的，老同志会看到' }),
    output: problemView,
    errors: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_STATE'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'care.dueVisits': defineAction({
    fn: 'care',
    summary: 'Visits still due, soonest first, overdue ones marked (督办): county-wide for staff, the own branch for a secretary',
    access: SECRETARY_OR_STAFF,
    input: page.extend({ branchId: id('党支部').optional() }).strict(),
    output: paged(visitView),
    errors: ['FORBIDDEN', 'BRANCH_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.problems': defineAction({
    fn: 'care',
    summary: 'Problems not yet solved (or solved, newest first), for staff county-wide or a secretary\'s branch',
    access: SECRETARY_OR_STAFF,
    input: page.extend({ branchId: id('党支部').optional(), solved: z.boolean().default(false) }).strict(),
    output: paged(problemView),
    errors: ['FORBIDDEN', 'BRANCH_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.figures': defineAction({
    fn: 'care',
    summary: 'The year\'s care figures from running tallies: 探望生病住院 N 人次, people visited, problems solved',
    access: SECRETARY_OR_STAFF,
    input: z.object({ year: z.number().int().min(2020).max(2100).optional(), branchId: id('党支部').optional() }).strict(),
    output: careFigures,
    errors: ['FORBIDDEN', 'BRANCH_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.myPeople': defineAction({
    fn: 'care',
    summary: '我联系的老同志: the people whose 1+1+1 names the caller (bureau, branch or volunteer contact), with their visits due and problems open; no health notes, no money',
    access: MEMBER,
    input: z.object({}).strict(),
    output: z.object({ people: z.array(myPersonView) }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'care.mine': defineAction({
    fn: 'care',
    summary: 'A member\'s own care page: the 1+1+1 contacts (to ring), their 求助 and how far each is, visits received; never money, never others',
    access: MEMBER,
    input: z.object({}).strict(),
    output: z.object({
      contacts: careContactsView,
      problems: z.array(problemView),
      visits: z.array(visitView.pick({ id: true, occasionLabel: true, visitedOn: true, way: true, visitors: true })),
    }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
};
