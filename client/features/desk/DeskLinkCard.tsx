import type { Role } from '@contract/roles';
import { BigButton, Card } from '../../ui';
import { ROUTES } from '../navigation/routes';
import { openPage } from '../navigation/navigate';

const DESK_ROLES: readonly Role[] = ['secretary', 'staff', 'admin'];

/** 我的: 扫码登录电脑, for the back-office roles only (a plain member never sees it). */
export function DeskLinkCard({ roles }: { roles: readonly Role[] }) {
  if (!roles.some((role) => DESK_ROLES.includes(role))) return null;
  return (
    <Card title='电脑上办公' subtitle='在电脑上打开银铃e家办公页，用手机扫一扫登录'>
      <BigButton id='open-desk-link' kind='secondary' onClick={() => openPage(ROUTES.deskLink)}>
        扫码登录电脑
      </BigButton>
    </Card>
  );
}
