import type { Routes } from '../../platform/routes';
import { createBranch, listBranches, renameBranch } from '../branches/branches';
import { listPlaces, savePlace } from '../places/places';
import { listMessages, markMessagesRead, unreadMessages } from '../messages/messages';
import { list } from './list';
import { myBranch } from './my-branch';
import { me } from './me';
import { today } from './today';
import { register } from './register';
import { grantRole, revokeRole } from './roles';
import { updateProfile } from './update-profile';

/** The `members` function: people, their roles, the branches they belong to, and each one's 消息. */
export const membersRoutes: Routes<'members'> = {
  'members.me': me,
  'members.register': register,
  'members.updateProfile': updateProfile,
  'members.list': list,
  'members.myBranch': myBranch,
  'members.today': today,
  'members.grantRole': grantRole,
  'members.revokeRole': revokeRole,
  'branches.list': listBranches,
  'branches.create': createBranch,
  'branches.rename': renameBranch,
  'places.list': listPlaces,
  'places.save': savePlace,
  'messages.list': listMessages,
  'messages.unread': unreadMessages,
  'messages.markRead': markMessagesRead,
};
