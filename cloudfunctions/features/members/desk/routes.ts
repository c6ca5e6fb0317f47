import type { NamespaceRoutes } from '../../../platform/routes';
import { codeStatus, redeem, requestCode } from './desk-side';
import { confirm, deskMe, scan, signOutAll } from './phone-side';

/** `desk.*`, run by the `members` function: signing in at a desk by scanning its code with the mini-program. */
export const deskRoutes: NamespaceRoutes<'members', 'desk'> = {
  'desk.requestCode': requestCode,
  'desk.status': codeStatus,
  'desk.redeem': redeem,
  'desk.scan': scan,
  'desk.confirm': confirm,
  'desk.signOutAll': signOutAll,
  'desk.me': deskMe,
};
