import { volunteersRoutes } from '../../features/volunteers/routes';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

export const main = makeMain('volunteers', volunteersRoutes, cloudbaseDeps);
