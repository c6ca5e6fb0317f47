import { localTemplateIds } from '../../cloudfunctions/local/emulator/openapi/console-templates';
import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';
import { answerSubscribe, deliveredTo } from './support/subscribe';

const SUBSCRIBE_IDS = localTemplateIds();

/**
 * 金点子 in Chromium: a member sends one in three steps; staff accept it, hand it to a department, draft
 * and publish the answer; the member reads the timeline and the answer and rates it. The whole journey at
 * 320 and 375 px, at the standard and the 特大 type: every page it passes is checked and photographed.
 * Each run is its own member with its own idea, so the runs do not meet.
 */

/** One member and one idea per run; the titles differ in full, so no title is part of another. */
const RUNS = [
  ['demo-member-3', '建议在县城公交站增设候车座椅'],
  ['demo-member-4', '县城公交站台加装遮雨棚'],
  ['demo-member-6', '人民路公交站增设扶手栏杆'],
  ['demo-member-7', '城关公交车站加挂大字站牌'],
] as const;

describe('golden ideas journey in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each(COMBOS.map(([width, font], i) => [width, font, ...RUNS[i]] as const))('member submits → staff accept, assign, resolve with an answer → member sees the timeline and rates (%i px, %s type)', async (width, font, openid, TITLE) => {
    // 1. The member: 金点子 tab (board and figures), then the three steps.
    const member = await e2e.open(width, openid, font);
    const mv = shown(member);
    await go(member, '/pages/ideas/index');
    await mv.locator('#idea-figures').waitFor();
    await mv.getByText('老年大学开设智能手机使用班').first().waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-board', width);

    await mv.locator('#ideas-new').click();
    await mv.getByText('第1步，共3步：选择类别').waitFor();
    await option(mv, '基础设施').click();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-form-1', width);
    await mv.locator('#idea-next-1').click();
    await mv.getByText('第2步，共3步：写下您的建议').waitFor();
    await mv.getByLabel('标题').fill(TITLE);
    await mv.getByLabel('具体内容').fill('县城几个公交站没有座椅，老同志等车要站很久，腿脚不好的人很吃力，建议每个站增设两三个座椅。');
    await mv.getByLabel('地点', { exact: true }).fill('县城人民路公交站');
    await mv.getByText(`已写${[...TITLE].length}个字`).waitFor(); // each 汉字 counts as one
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-form-2', width);
    await mv.locator('#idea-next-2').click();
    await mv.getByText('第3步，共3步：看一看，再提交').waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-form-3', width);
    await mv.locator('#idea-send').click();
    await answerSubscribe(member, 'accept'); // WeChat's sheet: 允许 buys one message
    const receipt = (await mv.locator('#idea-receipt').innerText()).trim();
    expect(receipt).toMatch(/^JDZ-\d{4}-\d{4}$/);
    // The number is said on the phone: it stays on one line at any type size, with the number to ring.
    const line = await mv.locator('#idea-receipt').evaluate((el) => {
      const style = getComputedStyle(el);
      return { height: el.getBoundingClientRect().height, fontSize: parseFloat(style.fontSize), overflows: el.scrollWidth > el.clientWidth + 1 };
    });
    expect(line.overflows).toBe(false);
    expect(line.height).toBeLessThan(line.fontSize * 2);
    await mv.locator('#idea-call-number').getByText('0743-6221234').waitFor();
    await mv.locator('#idea-call-button').waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-receipt', width);

    // 2. Staff: the queue, the handling page; accept, assign, draft, publish the answer.
    const staff = await e2e.open(width, 'demo-staff-1', font);
    const sv = shown(staff);
    await go(staff, '/packageStaff/ideas/queue/index');
    await sv.getByText(TITLE).first().waitFor();
    await sv.getByText('已超期，请督办').first().waitFor(); // the seeded 早班车 idea is past its deadline
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'ideas-queue', width);
    // Found by the number the member reads out on the phone, whatever its state.
    await sv.getByLabel('查找金点子', { exact: true }).fill(receipt);
    await sv.locator('#queue-search-go').click();
    await sv.locator('#queue-search-note').waitFor();
    await sv.getByText(TITLE).first().click();
    await sv.locator('#handle-accept').click();
    await answerSubscribe(staff, 'accept'); // the 督办 reminder, for staff who take ideas on
    // What the notifier really did: the author's one 允许 carried this first news to WeChat.
    await sv.getByText(/^已通知.+：微信里和小程序的“消息”里都能看到。$/).waitFor();
    await option(sv, '县交通运输局').click();
    await sv.locator('#handle-assign').click();
    await sv.getByText('已交县交通运输局办理', { exact: true }).waitFor();
    await sv.getByText(/打开小程序的“消息”能看到；微信通知没有发出。$/).waitFor(); // no second 允许 was given
    await option(sv, '采纳并已落实').click();
    await sv.getByLabel('答复内容').fill('感谢您的建议。县交通运输局已在人民路等6个公交站增设候车座椅，12月起可以使用。');
    await sv.locator('#handle-draft').click();
    await sv.getByText('草稿已保存（提出人还看不到）').waitFor();
    await staff.waitForTimeout(600);
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'ideas-handle', width);
    await sv.locator('#handle-resolve').click();
    await sv.getByText('答复已发布，已办结').waitFor();

    // One acceptance, one subscribe message (the first news: 已受理); every step is in 消息.
    const delivered = (await deliveredTo(e2e.url, openid)).filter((m) => m.templateId === SUBSCRIBE_IDS.ideaProgress);
    expect(delivered).toHaveLength(1);
    await go(member, '/pages/mine/messages/index');
    await mv.getByText('金点子已受理').first().waitFor();
    await mv.getByText('金点子已办结').first().waitFor();
    await expectElderLayout(member);
    await member.waitForTimeout(600); // let the page's slide-in finish
    await e2e.shot(member, 'member', 'messages', width);

    // 3. The member: 我的金点子 → this idea: timeline and answer; rate it.
    await go(member, '/pages/ideas/mine/index');
    await mv.getByText(TITLE).first().click();
    await mv.locator('#idea-detail').waitFor();
    await mv.getByText('已交县交通运输局办理，', { exact: false }).first().waitFor();
    await mv.getByText(/^您的金点子已受理，\d+月\d+日前交承办部门办理$/).waitFor(); // the promise is the idea's own deadline
    await mv.locator('#idea-answer').getByText(/6个公交站增设候车座椅/).waitFor();
    await expectElderLayout(member);
    await member.waitForTimeout(600); // let the page's slide-in finish
    await e2e.shot(member, 'member', 'ideas-timeline', width);
    await option(mv, '满意').click();
    await mv.locator('#idea-rate-submit').click();
    await mv.getByText('已办结，您的评价：满意').waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-rated', width);

    // The back end agrees, and the author heard of every step.
    const mine = await e2e.api(openid, 'ideas', 'ideas.mine', {});
    const idea = (mine.data as { items: Array<{ title: string; state: string; timeline: Array<{ state: string }> }> }).items.find((i) => i.title === TITLE);
    expect(idea?.state).toBe('rated');
    expect(idea?.timeline.map((s) => s.state)).toEqual(['submitted', 'accepted', 'assigned', 'resolved', 'rated']);

    for (const p of [member, staff]) await p.context().close();
  }, 180_000);
});
