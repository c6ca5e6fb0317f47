import { ideasRoutes } from '../../features/ideas/routes';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

export const main = makeMain('ideas', ideasRoutes, cloudbaseDeps);
