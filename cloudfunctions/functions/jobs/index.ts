import { jobsRoutes } from '../../features/jobs/routes';
import { isTimerEvent, runTimer } from '../../features/jobs/timer';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

const actions = makeMain('jobs', jobsRoutes, cloudbaseDeps);

/** Timer trigger (config.json `triggers`) → the jobs; anything else → the usual pipeline. */
export const main = (event: unknown, context: unknown) => (isTimerEvent(event) ? runTimer(cloudbaseDeps()) : actions(event, context));
