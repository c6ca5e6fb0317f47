import { DEV_LOGIN_ROUTE } from '../navigation/dev-routes';
import { replacePage } from '../navigation/navigate';

/** H5: no demo session yet → the 选择演示身份 page of the local gateway. */
export function onUnauthenticated(): boolean {
  replacePage(DEV_LOGIN_ROUTE);
  return true;
}
