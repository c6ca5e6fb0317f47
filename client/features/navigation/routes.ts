/** Every page's path, named once. Keep in step with app.config.ts (which cannot import app code). */
export const ROUTES = {
  launch: '/pages/launch/index',
  home: '/pages/home/index',
  study: '/pages/study/index',
  studyLesson: '/pages/study/lesson/index',
  studyMine: '/pages/study/mine/index',
  secretaryLessons: '/packageSecretary/lessons/index',
  secretaryLessonEdit: '/packageSecretary/lessons/edit/index',
  secretaryLessonProgress: '/packageSecretary/lessons/progress/index',
  secretaryDeliveries: '/packageSecretary/lessons/deliveries/index',
  ideas: '/pages/ideas/index',
  ideasSubmit: '/pages/ideas/submit/index',
  ideasMine: '/pages/ideas/mine/index',
  staffIdeasQueue: '/packageStaff/ideas/queue/index',
  staffIdeasHandle: '/packageStaff/ideas/handle/index',
  volunteer: '/pages/volunteer/index',
  volunteerTeams: '/pages/volunteer/teams/index',
  volunteerTeam: '/pages/volunteer/team/index',
  volunteerActivities: '/pages/volunteer/activities/index',
  volunteerActivity: '/pages/volunteer/activity/index',
  volunteerRecord: '/pages/volunteer/record/index',
  volunteerManage: '/packageStaff/volunteers/manage/index',
  volunteerPost: '/packageStaff/volunteers/post/index',
  volunteerRoster: '/packageStaff/volunteers/roster/index',
  mine: '/pages/mine/index',
  register: '/pages/member/register/index',
  editProfile: '/pages/member/edit/index',
  secretary: '/packageSecretary/workbench/index',
  staff: '/packageStaff/console/index',
  adminMembers: '/packageAdmin/members/index',
  adminBranches: '/packageAdmin/branches/index',
} as const;

export type TabKey = 'home' | 'study' | 'ideas' | 'volunteer' | 'mine';

export const TABS: readonly { key: TabKey; label: string; url: string }[] = [
  { key: 'home', label: '首页', url: ROUTES.home },
  { key: 'study', label: '学习', url: ROUTES.study },
  { key: 'ideas', label: '金点子', url: ROUTES.ideas },
  { key: 'volunteer', label: '志愿', url: ROUTES.volunteer },
  { key: 'mine', label: '我的', url: ROUTES.mine },
];
