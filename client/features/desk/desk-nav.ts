import { DESK_HOME_ROUTE } from '@contract/desk-pages';
import { ROUTES } from '../navigation/routes';

export interface DeskNavItem {
  label: string;
  url: string;
  /** Who sees the link; the page and its actions check the role again, this only keeps the menu short. */
  roles: readonly string[];
}

/**
 * The desk's menu (电脑上办公): the staff, secretary and admin pages, the same pages as on the phone,
 * opened in the desk frame (DeskFrame). One list, so the frame and its tests agree on what a desk offers.
 */
export const DESK_NAV: readonly DeskNavItem[] = [
  { label: '电脑首页', url: `/${DESK_HOME_ROUTE}`, roles: ['staff', 'secretary', 'admin'] },
  { label: '金点子办理', url: ROUTES.staffIdeasQueue, roles: ['staff'] },
  { label: '关爱服务', url: ROUTES.careDesk, roles: ['staff'] },
  { label: '志愿服务管理', url: ROUTES.volunteerManage, roles: ['staff'] },
  { label: '课程审核', url: ROUTES.staffLessonReview, roles: ['staff'] },
  { label: '全县统计', url: ROUTES.staffStats, roles: ['staff'] },
  { label: '院坝小讲堂', url: ROUTES.secretarySessions, roles: ['secretary'] },
  { label: '支部课程', url: ROUTES.secretaryLessons, roles: ['secretary'] },
  { label: '支部统计', url: ROUTES.secretaryStats, roles: ['secretary'] },
  { label: '家人帮办', url: ROUTES.secretaryFamily, roles: ['secretary'] },
  { label: '成员管理', url: ROUTES.adminMembers, roles: ['admin'] },
  { label: '支部管理', url: ROUTES.adminBranches, roles: ['admin'] },
];

export const deskNavFor = (roles: readonly string[]): DeskNavItem[] =>
  DESK_NAV.filter((item) => item.roles.some((r) => roles.includes(r)));
