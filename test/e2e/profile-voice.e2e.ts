import { expectElderLayout, shown, useE2E } from './support/e2e-env';
import { fakeMicrophone } from './support/fake-microphone';
import { HEARD, fakeRecogniser, noRecogniser } from './support/fake-recogniser';

/**
 * 其他情况 said aloud on 修改资料, in a real browser (H5 MediaRecorder with the fake microphone's tone). Where the
 * browser recognises speech (a stand-in recogniser here: Chromium's own needs Google's network) the words go
 * into the box, the member corrects them and saves; where it cannot, the recording alone is saved. Staff and
 * the branch secretary then hear it, with the words, on the member's 服务台账.
 */
const RUNS = [
  { width: 375, font: 'standard', openid: 'demo-member-1', secretary: 'demo-secretary-bureau', listens: true },
  { width: 320, font: 'xlarge', openid: 'demo-member-12', secretary: 'demo-secretary-longtan', listens: false },
] as const;

describe('voice 其他情况 in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it.each(RUNS)('a member says 其他情况 (recogniser: $listens); staff and the secretary hear it on the 服务台账 ($width px, $font type)', async ({ width, font, openid, secretary, listens }) => {
    const member = await e2e.open(width, openid, font);
    await fakeMicrophone(member);
    await (listens ? fakeRecogniser(member) : noRecogniser(member));
    const mv = shown(member);
    await go(member, '/packageMember/edit/index');
    const box = mv.getByLabel('其他需要说明的情况');
    await box.fill('');
    await mv.locator('#pf-note-voice-start').click();
    await mv.locator('#pf-note-voice-live').getByText(listens ? '正在听…' : '正在录音', { exact: false }).waitFor();
    await member.waitForTimeout(2500);
    await mv.locator('#pf-note-voice-stop').click();
    await mv.locator('#pf-note-voice').getByText(/一段\d+秒的话/).waitFor();
    if (listens) {
      await mv.locator('#pf-note-voice-heard').getByText('已经写进“其他需要说明的情况”里', { exact: false }).waitFor();
      expect(await box.inputValue()).toBe(HEARD);
      // Editable before it is sent: the member puts right what the machine heard.
      await box.fill(`${HEARD}，家住三楼`);
    } else {
      expect(await mv.locator('#pf-note-voice-heard').count()).toBe(0);
      expect(await box.inputValue()).toBe('');
    }
    await expectElderLayout(member);
    await e2e.shot(member, 'member', `profile-voice${listens ? '-heard' : ''}`, width);
    await mv.locator('#pform-submit').click();
    await member.waitForURL(/pages\/mine|pages\/home/, { timeout: 15_000 }).catch(() => undefined);

    const me = (await e2e.api(openid, 'members', 'members.me', {})).data as { member: { id: string; note?: string; noteVoice?: { seconds: number } } };
    expect(me.member.noteVoice?.seconds).toBeGreaterThanOrEqual(1);
    expect(me.member.note).toBe(listens ? `${HEARD}，家住三楼` : undefined);

    const staff = await e2e.open(width, 'demo-staff-1', font);
    const sv = shown(staff);
    await go(staff, `/packageStaff/care/ledger/index?id=${me.member.id}`);
    const note = sv.locator('#care-member-note');
    await note.getByText(/听老同志说的（\d+秒）/).click();
    await note.getByText('停止播放').waitFor();
    if (listens) await note.getByText(`${HEARD}，家住三楼`).waitFor();
    await expectElderLayout(staff);
    await e2e.shot(staff, 'staff', 'care-ledger-note-voice', width);
    // The branch secretary reads the same ledger, with the recording to play.
    const ledger = (await e2e.api(secretary, 'care', 'care.ledger', { memberId: me.member.id })).data as { noteVoice?: { url: string } };
    const audio = await fetch(ledger.noteVoice?.url ?? '');
    expect(audio.ok).toBe(true);
    for (const p of [member, staff]) await p.context().close();
  }, 150_000);
});
