import type { Routes } from '../../platform/routes';
import { branchesRoutes } from './branches/routes';
import { placesRoutes } from './places/routes';
import { messagesRoutes } from './messages/routes';
import { deskRoutes } from './desk/routes';
import { familyRoutes } from './family/routes';
import { list } from './list';
import { myBranch } from './my-branch';
import { me } from './me';
import { today } from './today';
import { helpContacts } from './help-contacts';
import { register } from './register';
import { grantRole, revokeRole } from './roles';
import { updateProfile } from './update-profile';

/**
 * The `members` function: people and their roles (`members.*`, here), and the namespaces it also runs, each in
 * its own folder: `branches.*`, `places.*`, `messages.*`, `family.*`.
 */
export const membersRoutes: Routes<'members'> = {
  'members.me': me,
  'members.register': register,
  'members.updateProfile': updateProfile,
  'members.list': list,
  'members.myBranch': myBranch,
  'members.today': today,
  'members.helpContacts': helpContacts,
  'members.grantRole': grantRole,
  'members.revokeRole': revokeRole,
  ...branchesRoutes,
  ...placesRoutes,
  ...messagesRoutes,
  ...deskRoutes,
  ...familyRoutes,
};
