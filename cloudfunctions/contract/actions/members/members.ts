import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, page, paged, text } from '../../text';
import { ADMIN, GRANTABLE_ROLES, MEMBER, ROLES, SECRETARY, STAFF_OR_ADMIN } from '../../roles';
import { memberSummary, memberView, profileUpdateInput, registerInput } from '../../member-model';

export const membersActions = {
  'members.me': defineAction({
    fn: 'members',
    summary: 'Who am I: registered or not, and my profile and roles',
    access: 'anyone',
    input: z.object({}).strict(),
    output: z.discriminatedUnion('registered', [
      z.object({ registered: z.literal(false) }),
      z.object({ registered: z.literal(true), member: memberView }),
    ]),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'members.register': defineAction({
    fn: 'members',
    summary: 'Fill in the 一人一策 form once; the caller becomes a member',
    access: 'anyone',
    input: registerInput,
    output: memberView,
    errors: ['ALREADY_REGISTERED', 'BRANCH_NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
  'members.updateProfile': defineAction({
    fn: 'members',
    summary: 'Change my own profile',
    access: MEMBER,
    input: profileUpdateInput,
    output: memberView,
    errors: ['BRANCH_NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'members.list': defineAction({
    fn: 'members',
    summary: 'Search members by name, branch or role, a page at a time',
    access: STAFF_OR_ADMIN,
    input: page
      .extend({
        keyword: text({ label: '搜索词', max: 20 }).optional(),
        branchId: id('党支部').optional(),
        role: z.enum(ROLES).optional(),
      })
      .strict(),
    output: paged(memberSummary),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'members.myBranch': defineAction({
    fn: 'members',
    summary: "A secretary's own branch, by name (for 代录 and other help given in person), a page at a time",
    access: SECRETARY,
    input: page.extend({ keyword: text({ label: '姓名', max: 20 }).optional() }).strict(),
    output: paged(z.object({ id: z.string(), name: z.string(), birthYear: z.number() })),
    errors: ['FORBIDDEN'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'members.grantRole': defineAction({
    fn: 'members',
    summary: 'Give a member a role; a secretary is tied to one branch',
    access: ADMIN,
    input: z
      .object({ memberId: id('老同志'), role: z.enum(GRANTABLE_ROLES, { error: '请选择身份' }), branchId: id('党支部').optional() })
      .strict()
      .refine((v) => v.role !== 'secretary' || v.branchId, { message: '任命支部书记时请选择党支部', path: ['branchId'] }),
    output: memberSummary,
    errors: ['MEMBER_NOT_FOUND', 'BRANCH_NOT_FOUND', 'ROLE_ALREADY_HELD'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'members.revokeRole': defineAction({
    fn: 'members',
    summary: 'Take a role back from a member',
    access: ADMIN,
    input: z.object({ memberId: id('老同志'), role: z.enum(GRANTABLE_ROLES, { error: '请选择身份' }) }).strict(),
    output: memberSummary,
    errors: ['MEMBER_NOT_FOUND', 'ROLE_NOT_HELD', 'CANNOT_REVOKE_SELF'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
};
