import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import { id, optionalText, page, paged, phoneOrEmpty, text } from '../../text';
import { branchView } from '../../member-model';
import { ADMIN } from '../../roles';

const branchName = text({ label: '支部名称', max: 30 });

export const branchesActions = {
  'branches.list': defineAction({
    fn: 'members',
    summary: 'Party branches in display order (open to unregistered callers: the form needs it)',
    access: 'anyone',
    input: page.extend({ pageSize: z.number().int().min(1).max(100).default(100) }).strict(),
    output: paged(branchView),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'branches.create': defineAction({
    fn: 'members',
    summary: 'Add a party branch',
    access: ADMIN,
    input: z.object({ name: branchName, township: optionalText({ label: '所在乡镇', max: 20 }) }).strict(),
    output: branchView,
    errors: ['BRANCH_NAME_TAKEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
  'branches.rename': defineAction({
    fn: 'members',
    summary: 'Rename a party branch and set the number its members ring for help',
    access: ADMIN,
    // phone: absent keeps the one on file, "" removes it (then members ring the secretary's own phone).
    input: z.object({ branchId: id('党支部'), name: branchName, phone: phoneOrEmpty('支部电话').optional() }).strict(),
    output: branchView,
    errors: ['BRANCH_NOT_FOUND', 'BRANCH_NAME_TAKEN'],
    write: true,
    audited: true,
    rateLimit: WRITE_LIMIT,
  }),
};
