import { z } from '../../zod';
import { defineAction, READ_LIMIT } from '../../define';
import { MEMBER } from '../../roles';

/**
 * Who a member rings when stuck: their own branch (its secretary, at the branch's number or the
 * secretary's own) and the bureau. Each part is there only when a number is on file, so the app never
 * shows a button that rings nobody.
 */
export const helpContactsView = z.object({
  branchName: z.string(),
  /** My branch's number: the one the branch record holds, else its secretary's own phone. */
  branch: z.object({ secretaryName: z.string().optional(), phone: z.string() }).optional(),
  /** 县委老干部局's number (BUREAU_PHONE). */
  bureauPhone: z.string().optional(),
});
export type HelpContactsView = z.infer<typeof helpContactsView>;

export const helpActions = {
  'members.helpContacts': defineAction({
    fn: 'members',
    summary: "Who to ring for help: my own branch's secretary and the bureau, with their numbers",
    access: MEMBER,
    input: z.object({}).strict(),
    output: helpContactsView,
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
};
