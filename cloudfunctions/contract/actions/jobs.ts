import { z } from '../zod';
import { defineAction } from '../define';

const staff = ['staff'] as const;

/** The `jobs` function: timed work staff can also start by hand. */
export const jobsActions = {
  'jobs.runNow': defineAction({
    fn: 'jobs',
    summary: 'Run the 督办 job now (it also runs on a timer): flag overdue ideas, remind staff; and one batch of automatic 送学上门',
    access: staff,
    input: z.object({}).strict(),
    output: z.object({
      checked: z.number(),
      flagged: z.number(),
      reminded: z.number(),
      /** 送学上门 in the same run: new delivery tasks made, and whether work is left for the next run. */
      deliveryTasks: z.number(),
      deliveryMore: z.boolean(),
    }),
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
};
