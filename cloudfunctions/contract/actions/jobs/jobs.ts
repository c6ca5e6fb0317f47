import { z } from '../../zod';
import { defineAction } from '../../define';
import { STAFF } from '../../roles';


/** The `jobs` function: timed work staff can also start by hand. */
export const jobsActions = {
  'jobs.runNow': defineAction({
    fn: 'jobs',
    summary: 'Run the jobs now (they also run on a timer): flag overdue ideas, remind staff; one batch of automatic 送学上门; the day-before sign-up reminders',
    access: STAFF,
    input: z.object({}).strict(),
    output: z.object({
      checked: z.number(),
      flagged: z.number(),
      reminded: z.number(),
      /** 送学上门 in the same run: new delivery tasks made, and whether work is left for the next run. */
      deliveryTasks: z.number(),
      deliveryMore: z.boolean(),
      /** Day-before reminders kept in this run (activities and 小讲堂 starting tomorrow, China time). */
      signupReminders: z.number(),
    }),
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
};
