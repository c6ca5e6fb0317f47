import { expectElderLayout, shown, useE2E } from './support/e2e-env';
import { fakeMicrophone } from './support/fake-microphone';
import { fakeRecogniser, noRecogniser } from './support/fake-recogniser';

/**
 * 我要求助 said aloud, in a real browser (H5 MediaRecorder, m4a): the member records a few seconds instead
 * of typing, hears it back, sends it; the branch secretary finds it with a player on 关爱服务. At 375 px the
 * browser recognises speech (a stand-in recogniser: Chromium's own needs Google's network) and the words fill
 * the box; at 320 px it has no recogniser and the recording alone is the 求助 (语音留言).
 */
describe('voice 求助 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each([[375, 'standard'], [320, 'xlarge']] as const)('a member asks for help by voice; the secretary can play it (%i px, %s type)', async (width, font) => {
    const mem = await e2e.open(width, width === 375 ? 'demo-member-5' : 'demo-member-12', font);
    await fakeMicrophone(mem);
    const listens = width === 375;
    await (listens ? fakeRecogniser(mem, '家里的水管漏水了') : noRecogniser(mem));
    const mv = shown(mem);
    await go(mem, '/pages/mine/care/index');
    await mv.locator('#care-voice-start').click();
    await mv.getByText(/已说了\d+秒/).waitFor();
    await mem.waitForTimeout(2500);
    await mv.locator('#care-voice-stop').click();
    await mv.locator('#care-voice').getByText(/一段\d+秒的话/).waitFor();
    await mv.locator('#care-voice').getByText(/听一听录的话（\d+秒）/).waitFor();
    expect(await mv.getByLabel('想请组织帮什么').inputValue()).toBe(listens ? '家里的水管漏水了' : '');
    await expectElderLayout(mem);
    await mem.waitForTimeout(700);
    await e2e.shot(mem, 'member', 'care-voice', width);
    await mv.locator('#care-ask').click();
    await mv.locator('#care-said').getByText('已收到您的求助', { exact: false }).waitFor();
    const said = listens ? '家里的水管漏水了' : /语音留言（\d+秒）/;
    const mine = mv.locator('.care-problem', { hasText: said }).first();
    await mine.getByText(/播放语音留言（\d+秒）/).waitFor();

    const sec = await e2e.open(width, width === 375 ? 'demo-secretary-education' : 'demo-secretary-longtan', font);
    const sv = shown(sec);
    await go(sec, '/packageStaff/care/index');
    const theirs = sv.locator('#care-problems .care-problem', { hasText: said }).first();
    await theirs.getByText(/播放语音留言（\d+秒）/).waitFor();
    await expectElderLayout(sec);
    for (const p of [mem, sec]) await p.context().close();
  }, 120_000);
});
