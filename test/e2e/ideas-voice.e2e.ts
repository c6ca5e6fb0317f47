import { COMBOS, expectElderLayout, option, shown, useE2E } from './support/e2e-env';
import { fakeMicrophone } from './support/fake-microphone';
import { answerSubscribe } from './support/subscribe';

/**
 * 语音金点子 in a real browser (H5 MediaRecorder, the fake microphone's tone): a member says an idea instead
 * of typing and sends the recording alone; staff find it held as 语音留言 with a player, listen, accept it,
 * assign it and publish an answer; the member reads the answer beside their own recording, is not satisfied
 * and says why aloud; staff hear that beside the rating.
 */
const RUNS = ['demo-member-8', 'demo-member-9', 'demo-member-10', 'demo-member-11'] as const;

describe('voice 金点子 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each(COMBOS.map(([width, font], i) => [width, font, RUNS[i]] as const))('a member says an idea; staff listen, accept and answer; the member reads it and says why it is not enough (%i px, %s type)', async (width, font, openid) => {
    const member = await e2e.open(width, openid, font);
    await fakeMicrophone(member);
    const mv = shown(member);
    await go(member, '/pages/ideas/submit/index');
    await option(mv, '民生保障').click();
    await mv.locator('#idea-next-1').click();
    await mv.locator('#idea-voice-start').click();
    await mv.getByText(/已说了\d+秒/).waitFor();
    await member.waitForTimeout(2500);
    await mv.locator('#idea-voice-stop').click();
    await mv.locator('#idea-voice').getByText(/一段\d+秒的话/).waitFor();
    await mv.locator('#idea-voice-enough').waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-voice-form', width);
    // Nothing typed: the recording carries it.
    await mv.locator('#idea-next-2').click();
    await mv.getByText('第3步，共3步：看一看，再提交').waitFor();
    await mv.getByText('语音金点子', { exact: true }).waitFor();
    await mv.getByText(/听一听您说的（\d+秒）/).waitFor();
    await mv.locator('#idea-send').click();
    await answerSubscribe(member, 'accept');
    await mv.locator('#idea-receipt').waitFor();
    await mv.getByText('已提交，工作人员听过录音后受理').waitFor();

    const mine = (await e2e.api(openid, 'ideas', 'ideas.mine', {})).data as { items: Array<{ id: string; title: string }> };
    const idea = mine.items.find((i) => /^语音金点子（\d+秒）$/.test(i.title));
    expect(idea).toBeDefined();
    // The recording staff will hear is really stored and served.
    const detail = (await e2e.api('demo-staff-1', 'ideas', 'ideas.detail', { ideaId: idea!.id })).data as { voice: { url: string; seconds: number } };
    const audio = await fetch(detail.voice.url);
    expect(audio.ok).toBe(true);
    expect((await audio.arrayBuffer()).byteLength).toBeGreaterThan(100);

    const staff = await e2e.open(width, 'demo-staff-1', font);
    const sv = shown(staff);
    await go(staff, `/packageStaff/ideas/handle/index?id=${idea!.id}`);
    await sv.getByText('这是一段语音留言，请先听一听；受理后才算审核通过。').waitFor();
    const play = sv.locator('#handle-voice').getByText(/听语音留言（\d+秒）/);
    await play.click();
    await sv.locator('#handle-voice').getByText('停止播放').waitFor();
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'ideas-voice-handle', width);
    await sv.locator('#handle-accept').click();
    await answerSubscribe(staff, 'accept');
    await sv.getByText(/^已通知.+/).first().waitFor();
    await option(sv, '县民政局').click();
    await sv.locator('#handle-assign').click();
    await option(sv, '采纳并已落实').click();
    await sv.getByLabel('答复内容').fill('感谢您的建议。县民政局已安排社区工作人员上门了解情况，本月内答复具体办法。');
    await sv.locator('#handle-draft').click();
    await sv.getByText('草稿已保存（提出人还看不到）').waitFor();
    await sv.locator('#handle-resolve').click();
    await sv.getByText('答复已发布，已办结').waitFor();
    // The recording stays with the idea through every step.
    await sv.locator('#handle-voice').getByText(/听语音留言（\d+秒）/).waitFor();

    await go(member, `/pages/ideas/mine/index?id=${idea!.id}`);
    await mv.getByText(/县民政局已安排社区工作人员上门/).waitFor();
    await mv.getByText(/听一听您说的（\d+秒）/).waitFor();
    await expectElderLayout(member);
    await e2e.shot(member, 'member', 'ideas-voice-answered', width);

    // Not satisfied, and says why instead of typing; staff hear it beside the rating.
    await option(mv, '不满意').click();
    await mv.locator('#idea-rate-voice-start').click();
    await mv.getByText(/已说了\d+秒/).waitFor();
    await member.waitForTimeout(2000);
    await mv.locator('#idea-rate-voice-stop').click();
    await mv.locator('#idea-rate-voice').getByText(/一段\d+秒的话/).waitFor();
    await mv.locator('#idea-rate-submit').click();
    await mv.locator('#idea-rate').waitFor({ state: 'detached' });
    await go(staff, `/packageStaff/ideas/handle/index?id=${idea!.id}`);
    await sv.locator('#handle-rating').getByText('提出人的评价：不满意').waitFor();
    await sv.locator('#handle-rating').getByText(/听提出人说的意见（\d+秒）/).waitFor();
    await expectElderLayout(staff);
    for (const p of [member, staff]) await p.context().close();
  }, 150_000);
});
