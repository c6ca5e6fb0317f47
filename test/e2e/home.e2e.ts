import { chinaDayStart } from '../../cloudfunctions/contract/day-words';
import { anIdea, lessonInput } from '../support/inputs';
import { COMBOS, expectElderLayout, shown, useE2E } from './support/e2e-env';

/**
 * 首页 tells a member what is theirs: the next sign-up as "明天 9:30 在 …", an answered
 * 金点子, a lesson new this week, the unread 消息 count. All four are checked at every width and type;
 * each run then taps a different card (activity, idea, lessons, 消息), so every tap is proven once and
 * the journey stays at two page loads a run.
 */
const RUNS = [
  ['demo-member-6', '城关小学门口加装减速带'],
  ['demo-member-7', '教育局家属院增设晾衣架'],
  ['demo-member-10', '疾控中心门前补种行道树'],
  ['demo-member-11', '妇幼保健院增设轮椅坡道'],
] as const;
const ACTIVITY = '首页活动：义务理发';
const PLACE = '城关镇老年活动中心';
const LESSON = '首页新课：冬季防滑';
const ANSWER = '您的建议已采纳，已安排有关单位办理。';

describe('首页 shows what is mine today', () => {
  const e2e = useE2E();
  const { go } = e2e;
  let activityId = '';
  const ideaOf = new Map<string, string>();
  const ok = async (res: Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>) => {
    const r = await res;
    if (!r.ok) throw new Error(`setup call failed: ${JSON.stringify(r.error)}`);
    return r.data as { id: string; items?: Array<{ id: string }> };
  };

  // Seeded through the API, after useE2E's stack is up: jest runs a block's beforeAll hooks in order.
  beforeAll(async () => {
    const lesson = await ok(e2e.api('demo-staff-1', 'lessons', 'lessons.save', { lesson: lessonInput({ audience: 'county', title: LESSON }) }));
    await ok(e2e.api('demo-staff-1', 'lessons', 'lessons.publish', { lessonId: lesson.id }));
    const teams = await ok(e2e.api('demo-member-3', 'volunteers', 'volunteers.teams', { page: 1, keyword: '城关科技' }));
    // Tomorrow 9:30 in China, whatever the time of the run.
    const start = new Date(chinaDayStart(new Date(), 1).getTime() + 9.5 * 3_600_000);
    const posted = await ok(e2e.api('demo-member-3', 'volunteers', 'volunteers.postActivity', {
      teamId: teams.items![0].id, title: ACTIVITY, description: '给老同志义务理发', field: 'tech', place: PLACE, capacity: 10, needsApproval: false,
      startAt: start.toISOString(), endAt: new Date(start.getTime() + 2 * 3_600_000).toISOString(), deadline: new Date(start.getTime() - 3_600_000).toISOString(),
    }));
    activityId = posted.id;
    for (const [openid, title] of RUNS) {
      await ok(e2e.api(openid, 'volunteers', 'volunteers.signUp', { activityId }));
      const ideaId = (await ok(e2e.api(openid, 'ideas', 'ideas.submit', anIdea({ title })))).id;
      for (const [action, extra] of [
        ['ideas.accept', {}],
        ['ideas.assign', { department: '县住房和城乡建设局', workdays: 10 }],
        ['ideas.saveDraft', { outcome: 'adopted', answer: ANSWER }],
        ['ideas.resolve', {}],
      ] as const) await ok(e2e.api('demo-staff-1', 'ideas', action, { ideaId, ...extra }));
      ideaOf.set(openid, ideaId);
    }
  }, 240_000);

  it.each(COMBOS.map(([width, font], i) => [width, font, i, ...RUNS[i]] as const))('%i px, %s type: my sign-up, answered idea, new lesson and unread count, one tap each (run %i, %s)', async (width, font, i, openid, title) => {
    const page = await e2e.open(width, openid, font);
    const view = shown(page);
    await go(page, '/pages/home/index');
    const today = view.locator('#home-today');
    const signup = today.locator(`#home-today-activity-${activityId}`);
    await signup.getByText(`明天 9:30 在 ${PLACE}`).waitFor();
    await signup.getByText(`志愿活动：${ACTIVITY}`).waitFor();
    const idea = today.locator(`#home-today-idea-${ideaOf.get(openid)}`);
    await idea.getByText('金点子有答复了').waitFor();
    await idea.getByText(new RegExp(`${title}.*已办结`)).waitFor();
    const lessons = today.locator('#home-today-lessons');
    await lessons.getByText(/本周有.*新课/).waitFor();
    await lessons.getByText(new RegExp(LESSON)).waitFor();
    const messages = today.locator('#home-today-messages');
    // The idea's progress was told in 消息: the card says how many are unread, as the badge counts them.
    const unread = ((await e2e.api(openid, 'members', 'messages.unread', {})).data as { count: number }).count;
    expect(unread).toBeGreaterThan(0);
    await messages.getByText(`有${unread}条新消息`).waitFor();
    await expectElderLayout(page);
    await e2e.shot(page, 'member', 'home-today', width);

    // One tap, to the right page.
    const taps = [
      { card: signup, lands: () => view.getByText(ACTIVITY).first().waitFor(), url: '/pages/volunteer/activity/index' },
      { card: idea, lands: () => view.getByText(ANSWER).first().waitFor(), url: '/pages/ideas/mine/index' },
      // The study list, not 首页's card (the page left behind may still be marked as shown for a moment).
      { card: lessons, lands: () => view.locator('#lesson-list').getByText(LESSON).first().waitFor(), url: '/pages/study' },
      { card: messages, lands: () => view.locator('#messages-read-all').waitFor(), url: '/pages/mine/messages/index' },
    ];
    const tap = taps[i];
    await tap.card.click();
    await tap.lands();
    expect(page.url()).toContain(tap.url);
    await expectElderLayout(page);
    await page.close();
  }, 120_000);
});
