import { careRoutes } from '../../features/care/routes';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

export const main = makeMain('care', careRoutes, cloudbaseDeps);
