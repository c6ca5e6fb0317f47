import type { Routes } from '../../platform/routes';
import { createBranch, listBranches, renameBranch } from '../branches/branches';
import { list } from './list';
import { myBranch } from './my-branch';
import { me } from './me';
import { register } from './register';
import { grantRole, revokeRole } from './roles';
import { updateProfile } from './update-profile';

/** The `members` function: people, their roles, and the branches they belong to. */
export const membersRoutes: Routes<'members'> = {
  'members.me': me,
  'members.register': register,
  'members.updateProfile': updateProfile,
  'members.list': list,
  'members.myBranch': myBranch,
  'members.grantRole': grantRole,
  'members.revokeRole': revokeRole,
  'branches.list': listBranches,
  'branches.create': createBranch,
  'branches.rename': renameBranch,
};
