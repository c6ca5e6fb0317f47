import type { FunctionName } from '../contract/define';
import type { Routes } from '../platform/routes';
import { membersRoutes } from './members/routes';
import { ideasRoutes } from './ideas/routes';
import { jobsRoutes } from './jobs/routes';
import { volunteersRoutes } from './volunteers/routes';
import { lessonsRoutes } from './lessons/routes';
import { careRoutes } from './care/routes';

/**
 * Every function's router, for the test harness and the bench (which build each function with test
 * deps). Deployed entries (cloudfunctions/functions/<name>/index.ts) import their own router directly.
 * Add a line here when a function gets its routes.
 */
export const ALL_ROUTES: { [F in FunctionName]?: Routes<F> } = {
  members: membersRoutes,
  ideas: ideasRoutes,
  jobs: jobsRoutes,
  volunteers: volunteersRoutes,
  lessons: lessonsRoutes,
  care: careRoutes,
};
