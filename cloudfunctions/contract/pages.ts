/**
 * Every page of the mini-program, named once, in the form app.config.ts lists them (no leading slash). The
 * client navigates by these (client/features/navigation/routes.ts adds the slash Taro wants) and the functions
 * name them in the notices they send (a notice's `page` is opened by WeChat without one). A unit test holds
 * the list to app.config.ts: every page here exists there, and every page there is here.
 *
 * Zod-free and import-free: the client's main package loads it. The H5-only demo sign-in page is not here
 * (client/features/navigation/dev-routes.ts), so the weapp bundle never names it.
 */
export const PAGES = {
  launch: 'pages/launch/index',
  home: 'pages/home/index',
  study: 'pages/study/index',
  studyLesson: 'pages/study/lesson/index',
  studyMine: 'pages/study/mine/index',
  secretaryLessons: 'packageSecretary/lessons/index',
  secretaryLessonEdit: 'packageSecretary/lessons/edit/index',
  secretaryLessonProgress: 'packageSecretary/lessons/progress/index',
  secretaryDeliveries: 'packageSecretary/lessons/deliveries/index',
  studySessions: 'pages/study/sessions/index',
  studySession: 'pages/study/sessions/detail/index',
  secretarySessions: 'packageSecretary/sessions/index',
  secretarySessionSchedule: 'packageSecretary/sessions/schedule/index',
  secretarySessionRun: 'packageSecretary/sessions/run/index',
  secretaryStats: 'packageSecretary/stats/index',
  staffStats: 'packageStaff/stats/index',
  staffLessonReview: 'packageStaff/lessons-review/index',
  staffPlaces: 'packageStaff/places/index',
  ideas: 'pages/ideas/index',
  ideasSubmit: 'pages/ideas/submit/index',
  ideasMine: 'pages/ideas/mine/index',
  staffIdeasQueue: 'packageStaff/ideas/queue/index',
  staffIdeasHandle: 'packageStaff/ideas/handle/index',
  volunteer: 'pages/volunteer/index',
  volunteerTeams: 'pages/volunteer/teams/index',
  volunteerTeam: 'pages/volunteer/team/index',
  volunteerActivities: 'pages/volunteer/activities/index',
  volunteerActivity: 'pages/volunteer/activity/index',
  volunteerRecord: 'pages/volunteer/record/index',
  volunteerManage: 'packageStaff/volunteers/manage/index',
  volunteerPost: 'packageStaff/volunteers/post/index',
  volunteerRoster: 'packageStaff/volunteers/roster/index',
  volunteerFigures: 'packageStaff/volunteers/figures/index',
  volunteerTalent: 'packageStaff/volunteers/talent/index',
  volunteerCheckRecord: 'packageStaff/volunteers/check-record/index',
  volunteerTeamNew: 'packageStaff/volunteers/team-new/index',
  volunteerLeader: 'packageStaff/volunteers/leader/index',
  volunteerEdit: 'packageStaff/volunteers/edit/index',
  volunteerSkills: 'pages/volunteer/skills/index',
  secretaryIdeaProxy: 'packageSecretary/ideas/proxy/index',
  mine: 'pages/mine/index',
  messages: 'pages/mine/messages/index',
  myCare: 'pages/mine/care/index',
  help: 'pages/mine/help/index',
  careDesk: 'packageStaff/care/index',
  careLedger: 'packageStaff/care/ledger/index',
  careMoney: 'packageStaff/care/money/index',
  careWelcomes: 'packageStaff/care/welcome/index',
  careWelcome: 'packageStaff/care/welcome/detail/index',
  careSettings: 'packageStaff/care/settings/index',
  register: 'packageMember/register/index',
  editProfile: 'packageMember/edit/index',
  secretary: 'packageSecretary/workbench/index',
  staff: 'packageStaff/console/index',
  adminMembers: 'packageAdmin/members/index',
  adminBranches: 'packageAdmin/branches/index',
} as const;

export type PageName = keyof typeof PAGES;
