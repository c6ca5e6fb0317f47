import type { FunctionName } from '../../contract/define';
import { main as members } from '../../functions/members/index';
import { main as ideas } from '../../functions/ideas/index';
import { main as jobs } from '../../functions/jobs/index';
import { main as volunteers } from '../../functions/volunteers/index';
import { main as lessons } from '../../functions/lessons/index';
import { main as care } from '../../functions/care/index';

/** The deployed functions' entry points, loaded in-process exactly as their bundles export them. */
export type CloudMain = (event: unknown, context: unknown) => Promise<unknown>;

export const FUNCTION_MAINS: Partial<Record<FunctionName, CloudMain>> = {
  members,
  ideas,
  jobs,
  volunteers,
  lessons,
  care,
};
