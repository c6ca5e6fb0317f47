import type { NamespaceRoutes } from '../../../platform/routes';
import { createBranch, listBranches, renameBranch } from './branches';

/** `branches.*`, run by the `members` function: the party branches members belong to. */
export const branchesRoutes: NamespaceRoutes<'members', 'branches'> = {
  'branches.list': listBranches,
  'branches.create': createBranch,
  'branches.rename': renameBranch,
};
