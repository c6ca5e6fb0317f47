import type { Browser, Page } from 'playwright-core';
import { auditPage, type PageAudit } from './support/audit';
import { writeContactSheet, type SheetEntry } from './support/contact-sheet';
import { writeAuditSummary } from './support/audit-summary';
import { SESSION_COOKIE } from '../../cloudfunctions/local/gateway/server';
import { useE2E } from './support/e2e-env';
import { MIN_BODY_PX, useFontScale, type Font } from './support/font';
import { smallTexts, TYPE_FLOOR_PX, writeTypeFloor, type FloorRow } from './support/type-floor';
import path from 'node:path';

/**
 * The elder-first floor, page by page: every page of every role, at 320 and 375 px, at the standard and the largest type,
 * audited (axe-core, tap sizes, type sizes, sideways scrolling) and photographed into a contact sheet.
 */
type Fixtures = Record<'lesson' | 'idea' | 'team' | 'activity' | 'session' | 'member', string>;
interface Stop {
  role: string;
  openid?: string;
  name: string;
  path: (f: Fixtures) => string;
}

const MEMBER = 'demo-member-1';
const STOPS: Stop[] = [
  { role: 'guest', name: 'devlogin', path: () => 'pages/dev/login/index' },
  { role: 'newuser', openid: 'demo-new-aaaaaaaaaaaa', name: 'register', path: () => 'packageMember/register/index' },
  ...[
    ['home', 'pages/home/index'],
    ['study', 'pages/study/index'],
    ['lesson', 'pages/study/lesson/index?id={lesson}'],
    ['study-mine', 'pages/study/mine/index'],
    ['sessions', 'pages/study/sessions/index'],
    ['session', 'pages/study/sessions/detail/index?id={session}'],
    ['ideas', 'pages/ideas/index'],
    ['idea-submit', 'pages/ideas/submit/index'],
    ['ideas-mine', 'pages/ideas/mine/index'],
    ['idea-detail', 'pages/ideas/mine/index?id={idea}'],
    ['volunteer', 'pages/volunteer/index'],
    ['teams', 'pages/volunteer/teams/index'],
    ['team', 'pages/volunteer/team/index?id={team}'],
    ['activities', 'pages/volunteer/activities/index'],
    ['activity', 'pages/volunteer/activity/index?id={activity}'],
    ['service-record', 'pages/volunteer/record/index'],
    ['skills', 'pages/volunteer/skills/index'],
    ['mine', 'pages/mine/index'],
    ['care', 'pages/mine/care/index'],
    ['messages', 'pages/mine/messages/index'],
    ['help', 'pages/mine/help/index'],
    ['profile-edit', 'packageMember/edit/index'],
  ].map(([name, p]) => ({ role: 'member', openid: MEMBER, name, path: fill(p) })),
  ...[
    ['workbench', 'packageSecretary/workbench/index'],
    ['lessons', 'packageSecretary/lessons/index'],
    ['lesson-edit', 'packageSecretary/lessons/edit/index'],
    ['branch-progress', 'packageSecretary/lessons/progress/index?id={lesson}'],
    ['deliveries', 'packageSecretary/lessons/deliveries/index'],
    ['idea-proxy', 'packageSecretary/ideas/proxy/index'],
    ['sessions-manage', 'packageSecretary/sessions/index'],
    ['session-schedule', 'packageSecretary/sessions/schedule/index'],
    ['session-run', 'packageSecretary/sessions/run/index?id={session}'],
    ['branch-stats', 'packageSecretary/stats/index'],
    ['family-consent', 'packageSecretary/family/index'],
  ].map(([name, p]) => ({ role: 'secretary', openid: 'demo-secretary-bureau', name, path: fill(p) })),
  // 家人帮办 as the demo county has it (seed/family.ts): 孙玉珍 and her daughter 王芳, who helps her.
  { role: 'elder', openid: 'demo-member-20', name: 'family-mine', path: () => 'packageFamily/mine/index' },
  ...[
    ['family-elders', 'packageFamily/elders/index'],
    ['family-act', 'packageFamily/act/index?link=fl-demo-family-1'],
    ['family-idea', 'packageFamily/idea/index?link=fl-demo-family-1'],
    ['family-help', 'packageFamily/help/index?link=fl-demo-family-1'],
    ['family-study', 'packageFamily/study/index?link=fl-demo-family-1'],
    ['family-status', 'packageFamily/status/index?link=fl-demo-family-1'],
    ['family-join', 'packageFamily/join/index'],
  ].map(([name, p]) => ({ role: 'helper', openid: 'demo-family-1', name, path: fill(p) })),
  ...[
    ['console', 'packageStaff/console/index'],
    ['idea-queue', 'packageStaff/ideas/queue/index'],
    ['idea-handle', 'packageStaff/ideas/handle/index?id={idea}'],
    ['team-manage', 'packageStaff/volunteers/manage/index?teamId={team}'],
    ['activity-post', 'packageStaff/volunteers/post/index?teamId={team}'],
    ['roster', 'packageStaff/volunteers/roster/index?id={activity}'],
    ['activity-edit', 'packageStaff/volunteers/edit/index?id={activity}'],
    ['volunteer-figures', 'packageStaff/volunteers/figures/index'],
    ['talent', 'packageStaff/volunteers/talent/index'],
    ['team-new', 'packageStaff/volunteers/team-new/index'],
    ['appoint-leader', 'packageStaff/volunteers/leader/index?teamId={team}'],
    ['county-stats', 'packageStaff/stats/index'],
    ['check-record', 'packageStaff/volunteers/check-record/index'],
    ['lessons-review', 'packageStaff/lessons-review/index'],
    ['care-desk', 'packageStaff/care/index'],
    ['care-ledger', 'packageStaff/care/ledger/index?id={member}'],
    ['care-money', 'packageStaff/care/money/index'],
    ['care-welcome', 'packageStaff/care/welcome/index'],
    ['care-settings', 'packageStaff/care/settings/index'],
    ['places', 'packageStaff/places/index'],
  ].map(([name, p]) => ({ role: 'staff', openid: 'demo-staff-1', name, path: fill(p) })),
  ...[
    ['members', 'packageAdmin/members/index'],
    ['branches', 'packageAdmin/branches/index'],
  ].map(([name, p]) => ({ role: 'admin', openid: 'demo-admin', name, path: fill(p) })),
];

function fill(template: string) {
  return (f: Fixtures) => template.replace(/\{(\w+)\}/g, (_, key: keyof Fixtures) => f[key]);
}

const FIRST_SCREENS = ['devlogin', 'register'];
/**
 * Words no page may show: a card promising what already works, and, at the largest type, advice to pick
 * a larger one that does not exist.
 */
const STALE_WORDS: Record<Font, string[]> = {
  standard: ['即将开通', '正在准备中'],
  xlarge: ['即将开通', '正在准备中', '选大一档'],
};
const WIDTHS = [320, 375];
const FONTS = (['standard', 'xlarge'] as Font[]).map((name) => ({ name, scale: name, minBody: MIN_BODY_PX[name] }));

const openAs = async (browser: Browser, url: string, width: number, scale: string, openid?: string): Promise<Page> => {
  const context = await browser.newContext({ viewport: { width, height: 760 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  if (openid) await context.addCookies([{ name: SESSION_COOKIE, value: openid, url }]);
  await useFontScale(context, scale);
  return context.newPage();
};

describe('every page, audited', () => {
  const e2e = useE2E();
  let fixtures: Fixtures;
  const entries: SheetEntry[] = [];
  const floor: FloorRow[] = [];

  // The records the stops open, made after useE2E's stack is up (jest runs a block's beforeAll hooks in order).
  beforeAll(async () => {
    const first = async (fn: string, action: string, input: unknown, openid = MEMBER) => {
      const res = (await e2e.api(openid, fn, action, input)) as { ok: boolean; data?: { items: Array<{ id: string }> } };
      const id = res.data?.items?.[0]?.id;
      if (!id) throw new Error(`no ${action} item for the tour: ${JSON.stringify(res).slice(0, 200)}`);
      return id;
    };
    // A session to look at: scheduled by the bureau branch's secretary for tomorrow.
    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString();
    const session = (await e2e.api('demo-secretary-bureau', 'lessons', 'sessions.schedule', {
      topic: '学习新修订的纪律处分条例', startAt: tomorrow, place: '城关镇老干部活动中心院坝', capacity: 30,
    })) as { ok: boolean; data?: { id: string } };
    if (!session.data) throw new Error(`could not schedule the tour's session: ${JSON.stringify(session).slice(0, 200)}`);
    const me = (await e2e.api(MEMBER, 'members', 'members.me', {})) as { data?: { member?: { id: string } } };
    if (!me.data?.member) throw new Error('no member for the tour\'s 服务台账');
    fixtures = {
      member: me.data.member.id,
      session: session.data.id,
      lesson: await first('lessons', 'lessons.list', {}),
      idea: await first('ideas', 'ideas.mine', {}),
      team: await first('volunteers', 'volunteers.teams', {}),
      activity: await first('volunteers', 'volunteers.activities', {}),
    };
  }, 180_000);

  afterAll(() => {
    if (entries.length) {
      console.log(`contact sheet: ${writeContactSheet(entries)} (${entries.length} pages)`);
      const { md } = writeAuditSummary(entries);
      console.log(`audit figures: ${md}`);
    }
    if (floor.length) writeTypeFloor(floor, path.resolve(__dirname, 'gallery'));
  });

  for (const font of FONTS) {
    for (const width of WIDTHS) {
      it(`${width}px, ${font.name} type`, async () => {
        const problems: string[] = [];
        for (const role of [...new Set(STOPS.map((s) => s.role))]) {
          const stops = STOPS.filter((s) => s.role === role);
          const page = await openAs(e2e.browser, e2e.url, width, font.scale, stops[0].openid);
          for (const stop of stops) {
            await page.goto('about:blank');
            await page.goto(`${e2e.url}/#/${stop.path(fixtures)}`);
            // Once more if the page did not come up (another run rebuilding the H5 app under us, on a shared machine).
            await page.locator('.taro_page_show').first().waitFor({ timeout: 15_000 }).catch(async () => {
              await page.reload();
              await page.locator('.taro_page_show').first().waitFor();
            });
            await page.waitForLoadState('networkidle');
            await page.waitForTimeout(350); // let the page finish sliding in
            const audit: PageAudit = await auditPage(page);
            const file = `${stop.role}-${stop.name}-${width}-${font.name}.png`;
            await e2e.shot(page, stop.role, stop.name, width, font.name);
            entries.push({ file, role: stop.role, page: stop.name, width, font: font.name, audit });
            const where = `${stop.role}/${stop.name}`;
            if (audit.axeSerious.length) problems.push(`${where}: axe ${audit.axeSerious.join(', ')}`);
            if (audit.smallTargets.length) problems.push(`${where}: targets < 44px ${audit.smallTargets.join(' ')}`);
            if (audit.smallPrimary.length) problems.push(`${where}: primary < 60px ${audit.smallPrimary.join(' ')}`);
            if (audit.bodyFontPx < font.minBody) problems.push(`${where}: body ${audit.bodyFontPx}px < ${font.minBody}px`);
            if (audit.horizontalScroll) problems.push(`${where}: scrolls sideways`);
            // The first screens (demo sign-in, registration) are where the app starts: nothing to go back to.
            if (!audit.wayBack && !FIRST_SCREENS.includes(stop.name)) problems.push(`${where}: no 返回 and no tab bar`);
            const words = await page.locator('.taro_page_show').first().innerText();
            for (const stale of STALE_WORDS[font.name]) if (words.includes(stale)) problems.push(`${where}: says "${stale}"`);
            // 特大 on the narrowest phone: nothing meant for reading under the root size (support/type-floor.ts).
            if (font.name === 'xlarge' && width === 320) {
              const { smallest, count, small } = await smallTexts(page);
              floor.push({ page: where, smallestPx: smallest, underFloor: count });
              if (small.length) problems.push(`${where}: text < ${TYPE_FLOOR_PX}px ${small.map((t) => `「${t.text}」${t.px}px`).join(' ')}`);
            }
            if (audit.minLineHeight > 0 && audit.minLineHeight < 1.3) problems.push(`${where}: line height ${audit.minLineHeight} < 1.3 ${audit.tightLines.join(' ')}`);
          }
          await page.context().close();
        }
        expect(problems).toEqual([]);
      }, 600_000);
    }
  }
});
