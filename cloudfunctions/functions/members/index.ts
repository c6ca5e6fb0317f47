import { membersRoutes } from '../../features/members/routes';
import { cloudbaseDeps } from '../../platform/cloudbase';
import { makeMain } from '../../platform/make-main';

export const main = makeMain('members', membersRoutes, cloudbaseDeps);
