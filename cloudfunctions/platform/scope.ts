import { scopeOf } from '../contract/scopes';
import type { ErrorCode } from '../contract/errors';
import type { ActionName } from '../contract/registry';
import { AppError } from './app-error';

/**
 * The branch rule of contract/scopes.ts, for an object the input names beside the one the call is about:
 * a person added to a 小讲堂 must belong to the 小讲堂's branch, whoever runs it, or their study would be
 * filed under a branch they are not in. The declaration is read here so the two cannot drift apart.
 */
export const requireSameBranch = (
  action: ActionName,
  field: string,
  named: { branchId: string },
  callBranchId: string,
  code: ErrorCode,
): void => {
  if (scopeOf(action, field)?.scope !== 'branch') throw new Error(`${action} ${field} is not declared branch-scoped in contract/scopes.ts`);
  if (named.branchId !== callBranchId) throw new AppError(code);
};
