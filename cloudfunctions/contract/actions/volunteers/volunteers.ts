import { z } from '../../zod';
import { defineAction, READ_LIMIT } from '../../define';
import { figureRow, myActivity, serviceRecordRow, teamView } from '../../volunteer-model';
import { month } from './volunteer-shared';
import { volunteerActivityActions } from './volunteer-activities';
import { volunteerTeamActions } from './volunteer-teams';
import { MEMBER, STAFF_OR_ADMIN } from '../../roles';

/** The `volunteers` function: teams, activities, and the records and figures they add up to. */
export const volunteersActions = {
  ...volunteerTeamActions,
  ...volunteerActivityActions,
  'volunteers.mine': defineAction({
    fn: 'volunteers',
    summary: '我的志愿: my teams, upcoming activities, past ones with hours, my total',
    access: MEMBER,
    input: z.object({}).strict(),
    output: z.object({
      teams: z.array(teamView.pick({ id: true, name: true, kind: true }).extend({ status: z.enum(['pending', 'active']), isLeader: z.boolean() })),
      upcoming: z.array(myActivity),
      past: z.array(myActivity),
      totalMinutes: z.number(),
      servedCount: z.number(),
    }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
    helper: true,
  }),
  'volunteers.serviceRecord': defineAction({
    fn: 'volunteers',
    summary: '志愿服务记录证明: my record with the fields the national volunteer-record rules ask for (kept by its number for checking)',
    access: MEMBER,
    input: z.object({}).strict(),
    output: z.object({
      volunteerName: z.string(),
      birthYear: z.number(),
      branchName: z.string(),
      teams: z.array(z.string()),
      rows: z.array(serviceRecordRow),
      totalMinutes: z.number(),
      issuer: z.string(),
      issuedAt: z.string(),
      serial: z.string(),
    }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'volunteers.checkRecord': defineAction({
    fn: 'volunteers',
    summary: 'Staff check a 志愿服务记录证明 number: to whom and when it was issued, and the figures it stated',
    access: STAFF_OR_ADMIN,
    input: z.object({
      serial: z.string({ error: '请输入证明编号' }).trim().toUpperCase()
        .regex(/^ZYFW-\d{8}-[2-9A-Z]{8}$/, '证明编号的样子是 ZYFW-20261128-7K3Q9XMA，请照证明上的抄写'),
    }).strict(),
    output: z.object({
      serial: z.string(),
      volunteerName: z.string(),
      birthYear: z.number(),
      branchName: z.string(),
      teams: z.array(z.string()),
      count: z.number(),
      totalMinutes: z.number(),
      issuedAt: z.string(),
    }),
    errors: ['RECORD_NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'volunteers.figures': defineAction({
    fn: 'volunteers',
    summary: 'Staff figures: activities held, participants and hours by team, field and month',
    access: STAFF_OR_ADMIN,
    input: z.object({ from: month, to: month }).strict().refine((v) => v.from <= v.to, { message: '起始月份不能晚于结束月份', path: ['to'] }),
    output: z.object({
      activities: z.number(),
      participants: z.number(),
      minutes: z.number(),
      byTeam: z.array(figureRow),
      byField: z.array(figureRow),
      byMonth: z.array(figureRow),
    }),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'volunteers.exportLedger': defineAction({
    fn: 'volunteers',
    summary: '服务时长台账: every recorded service in a range of months as an Excel file (download link valid 1 hour)',
    access: STAFF_OR_ADMIN,
    input: z.object({ from: month, to: month }).strict().refine((v) => v.from <= v.to, { message: '起始月份不能晚于结束月份', path: ['to'] }),
    output: z.object({ fileId: z.string(), url: z.string(), rows: z.number(), fileName: z.string() }),
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
};
