import { ROUTES } from '../navigation/routes';
import { replacePage } from '../navigation/navigate';

/** H5: no demo session yet → the 选择演示身份 page of the local gateway. */
export function onUnauthenticated(): boolean {
  replacePage(ROUTES.devLogin);
  return true;
}
