// Page paths here must match cloudfunctions/contract/pages.ts (test/unit/pages.test.ts holds them together);
// this file is read by the build, in Node, so it lists them itself.
const isH5 = process.env.TARO_ENV === 'h5';

export default defineAppConfig({
  pages: [
    'pages/launch/index',
    'pages/home/index',
    'pages/study/index',
    'pages/study/lesson/index',
    'pages/study/mine/index',
    'pages/study/sessions/index',
    'pages/study/sessions/detail/index',
    'pages/ideas/index',
    'pages/ideas/submit/index',
    'pages/ideas/mine/index',
    'pages/volunteer/index',
    'pages/volunteer/teams/index',
    'pages/volunteer/team/index',
    'pages/volunteer/activities/index',
    'pages/volunteer/activity/index',
    'pages/volunteer/record/index',
    'pages/volunteer/skills/index',
    'pages/mine/index',
    'pages/mine/messages/index',
    'pages/mine/care/index',
    'pages/mine/help/index',
    // The local gateway's demo sign-in exists only in the H5 build.
    ...(isH5 ? ['pages/dev/login/index'] : []),
  ],
  // Role pages are subpackages (分包): a retiree's phone never downloads them. packageMember is a
  // member's, fetched in the background from the launch page (preloadRule) before it is needed.
  subPackages: [
    { root: 'packageSecretary', pages: ['workbench/index', 'family/index', 'ideas/proxy/index', 'lessons/index', 'lessons/edit/index', 'lessons/progress/index', 'lessons/deliveries/index', 'sessions/index', 'sessions/schedule/index', 'sessions/run/index', 'stats/index'] },
    { root: 'packageStaff', pages: ['console/index', 'volunteers/manage/index', 'volunteers/post/index', 'volunteers/roster/index', 'volunteers/figures/index', 'volunteers/talent/index', 'volunteers/team-new/index', 'volunteers/leader/index', 'volunteers/edit/index', 'volunteers/check-record/index', 'ideas/queue/index', 'ideas/handle/index', 'stats/index', 'lessons-review/index', 'places/index', 'care/index', 'care/ledger/index', 'care/money/index', 'care/welcome/index', 'care/welcome/detail/index', 'care/settings/index'] },
    { root: 'packageAdmin', pages: ['members/index', 'branches/index'] },
    // Registration and the profile form: opened once or rarely, and the only member pages that check a
    // form with the contract's own schemas (zod), which then stays out of the main package.
    { root: 'packageMember', pages: ['register/index', 'edit/index'] },
    // 扫码登录电脑 on the phone, for secretaries, staff and admins alike.
    { root: 'packageScan', pages: ['desk/index'] },
    // The desk (电脑上办公, client/packageDesk) is a browser page: H5 only, never in the mini-program.
    ...(isH5 ? [{ root: 'packageDesk', pages: ['signin/index', 'home/index'] }] : []),
    // 家人帮办: the member's page and the family helper's (who need not be registered); opened rarely.
    { root: 'packageFamily', pages: ['mine/index', 'join/index', 'elders/index', 'act/index', 'idea/index', 'help/index', 'study/index', 'status/index'] },
  ],
  preloadRule: { 'pages/launch/index': { network: 'all', packages: ['packageMember'] } },
  window: {
    navigationBarTitleText: '银铃e家',
    navigationBarBackgroundColor: '#a81c17',
    navigationBarTextStyle: 'white',
    backgroundColor: '#f5f1ea',
    backgroundTextStyle: 'dark',
    // H5: each page draws its own big title and back link (PageShell); Taro's H5 bar would duplicate them.
    ...(isH5 ? { navigationStyle: 'custom' as const } : {}),
  },
  // custom: WeChat's native bar draws 10–12px labels; ours (custom-tab-bar) draws 20px ones. Text only.
  tabBar: {
    custom: true,
    color: '#3f3f3f',
    selectedColor: '#7f130f',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: [
      { pagePath: 'pages/home/index', text: '首页' },
      { pagePath: 'pages/study/index', text: '学习' },
      { pagePath: 'pages/ideas/index', text: '金点子' },
      { pagePath: 'pages/volunteer/index', text: '志愿' },
      { pagePath: 'pages/mine/index', text: '我的' },
    ],
  },
  lazyCodeLoading: 'requiredComponents',
  // weapp only: WeChat's 同声传译 plug-in reads lessons without a recording aloud (ui/wechat-si.ts). The
  // AppID must add it in the mini-program console (设置 → 第三方设置 → 插件管理); until then the pages
  // say plainly that reading aloud is not available. H5 uses the browser's speechSynthesis.
  ...(isH5 ? {} : { plugins: { WechatSI: { version: '0.3.5', provider: 'wx069ba97219f66d99' } } }),
});
