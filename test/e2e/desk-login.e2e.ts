import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PAGES } from '../../cloudfunctions/contract/pages';
import { shown, useE2E } from './support/e2e-env';
import { DESK_WIDTH as WIDTH, openDesk, saveToGallery, shownCode } from './support/desk';

/**
 * 电脑上办公, signed in by a (simulated) scan, at 1280 × 800: the desk shows a QR code; the test reads it back
 * from the page's own pixels with jsqr, as a phone camera would; a staff member confirms on the phone's page
 * (typing the code, the H5 stand-in for 扫一扫); the desk signs in with the custom-login ticket through the
 * unchanged js-sdk and shows who it is. A plain member cannot; a used or expired code is refused; 退出登录
 * and 退出所有电脑 end the desk's login.
 */
const STAFF = 'demo-staff-1';
const MEMBER = 'demo-member-1';

/** The QR code's text, decoded from the image the page drew (lean-qr's PNG), pixel by pixel. */
const readQr = async (desk: Page): Promise<string | null> => {
  const img = shown(desk).locator('#desk-qr img');
  await img.waitFor();
  await desk.waitForFunction(() => {
    const el = document.querySelector('#desk-qr img') as HTMLImageElement | null;
    return !!el && el.complete && el.naturalWidth > 0;
  });
  const pixels = await img.evaluate((el: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = el.naturalWidth;
    canvas.height = el.naturalHeight;
    const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(el, 0, 0);
    const { data, width, height } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    return { data: Array.from(data), width, height };
  });
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
};

describe('电脑上办公: signing in at a desk by scanning with the mini-program', () => {
  const e2e = useE2E();

  it('a staff member signs a desk in by scan; the desk shows who it is; 退出登录 ends it', async () => {
    const desk = await openDesk(e2e);
    const code = await shownCode(desk);
    expect(await readQr(desk)).toBe(`YLDESK:${code}`);
    await shown(desk).getByText('等待扫码', { exact: true }).waitFor();
    await e2e.shot(desk, 'desk', 'signin', WIDTH, 'standard');
    saveToGallery(`desk-signin-${WIDTH}-standard.png`);

    // A plain member's confirmation is refused in words, and the desk keeps waiting.
    const refused = await e2e.api(MEMBER, 'members', 'desk.confirm', { code });
    expect(refused.error?.code).toBe('DESK_FORBIDDEN');

    const phone = await e2e.open(375, STAFF);
    await e2e.go(phone, `/${PAGES.deskLink}`);
    const view = shown(phone);
    await view.locator('#desk-link-code input').fill(code.toLowerCase());
    await view.getByRole('button', { name: '下一步' }).click();
    await view.getByText('在电脑上登录 银铃e家？', { exact: true }).waitFor();
    // Which computer: what the desk's browser said it is, and the address the gateway saw it call from.
    expect(await view.locator('#desk-link-device').innerText()).toContain('Linux 电脑 · Chrome 浏览器');
    expect(await view.locator('#desk-link-ip').innerText()).toMatch(/127\.0\.0\.1/);
    await shown(desk).getByText('已扫码，请在手机上确认', { exact: true }).waitFor();
    await e2e.shot(desk, 'desk', 'signin-scanned', WIDTH, 'standard');
    await e2e.shot(phone, 'desk', 'phone-confirm', 375, 'standard');
    saveToGallery('desk-phone-confirm-375-standard.png');
    await view.getByRole('button', { name: '确认登录' }).click();
    await view.getByText('电脑上已经登录，可以在电脑上办公了').waitFor();

    const who = shown(desk).locator('#desk-who');
    await who.waitFor({ timeout: 20_000 });
    expect(await who.innerText()).toContain('工作人员');
    await shown(desk).locator('#desk-queue').waitFor();
    await e2e.shot(desk, 'desk', 'home', WIDTH, 'standard');
    saveToGallery(`desk-home-${WIDTH}-standard.png`);

    // The code worked once: confirming it again is refused.
    expect((await e2e.api(STAFF, 'members', 'desk.confirm', { code })).error?.code).toBe('DESK_CODE_USED');

    // A reload keeps the login (a working day); 退出登录 ends it and shows a new code.
    await desk.reload();
    await shown(desk).locator('#desk-who').waitFor({ timeout: 20_000 });
    await shown(desk).getByRole('button', { name: '退出登录' }).click();
    const next = await shownCode(desk);
    expect(next).not.toBe(code);
    await phone.context().close();
    await desk.context().close();
  });

  it('退出所有电脑 on the phone ends a signed-in desk on its next call', async () => {
    const desk = await openDesk(e2e);
    const code = await shownCode(desk);
    expect((await e2e.api(STAFF, 'members', 'desk.confirm', { code })).ok).toBe(true);
    await shown(desk).locator('#desk-who').waitFor({ timeout: 20_000 });
    const phone = await e2e.open(375, STAFF);
    await e2e.go(phone, `/${PAGES.deskLink}`);
    await shown(phone).getByRole('button', { name: '退出所有电脑' }).click();
    await shown(phone).getByText('所有电脑都已退出登录').waitFor();
    await desk.reload();
    expect((await shownCode(desk)).length).toBe(8); // back on the sign-in page, with a fresh code
    await phone.context().close();
    await desk.context().close();
  });

  it('an expired code is refused and the desk offers 换一个', async () => {
    process.env.DESK_CODE_SECONDS = '3'; // the functions run in this process: a short-lived code for the test
    try {
      const desk = await openDesk(e2e);
      const code = await shownCode(desk);
      await shown(desk).getByText('登录码已过期，请点“换一个”', { exact: true }).waitFor({ timeout: 10_000 });
      expect((await e2e.api(STAFF, 'members', 'desk.confirm', { code })).error?.code).toBe('DESK_CODE_EXPIRED');
      await e2e.shot(desk, 'desk', 'signin-expired', WIDTH, 'standard');
      saveToGallery(`desk-signin-expired-${WIDTH}-standard.png`);
      delete process.env.DESK_CODE_SECONDS;
      await shown(desk).getByRole('button', { name: '换一个' }).click();
      await shown(desk).getByText('等待扫码', { exact: true }).waitFor();
      expect(await shownCode(desk)).not.toBe(code);
      await desk.context().close();
    } finally {
      delete process.env.DESK_CODE_SECONDS;
    }
  });
});
