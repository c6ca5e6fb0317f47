import { lessonsRoutes } from '../../features/lessons/routes';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

export const main = makeMain('lessons', lessonsRoutes, cloudbaseDeps);
