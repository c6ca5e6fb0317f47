import { shown, useE2E } from './support/e2e-env';

/**
 * A lesson shared in the branch's WeChat group opens the app straight on it: lessons.get goes out at launch,
 * right beside members.me, before any of the page's code is fetched (features/study/lesson-early.ts), and the
 * page takes that answer instead of asking again. On a county network that is a round trip not waited for.
 */
describe('a lesson opened from a link', () => {
  const e2e = useE2E();

  it('is asked once, at launch beside members.me, before the page code comes', async () => {
    const openid = 'demo-member-5';
    const list = (await e2e.api(openid, 'lessons', 'lessons.list', {})) as { data?: { items: Array<{ id: string }> } };
    const lessonId = list.data?.items?.[0]?.id as string;
    const page = await e2e.open(375, openid);
    // Every request in order: the two calls by name, scripts as 'js'.
    const sent: string[] = [];
    page.on('request', (r) => {
      const action = r.method() === 'POST' ? (r.postDataJSON() as { action?: string } | null)?.action : undefined;
      if (action === 'members.me' || action === 'lessons.get') sent.push(action);
      else if (r.url().endsWith('.js')) sent.push('js');
    });
    await e2e.go(page, `/pages/study/lesson/index?id=${lessonId}`);
    await shown(page).locator('#lesson-detail').waitFor();
    expect(sent.filter((s) => s === 'lessons.get')).toHaveLength(1); // the page used the launch's answer
    const me = sent.indexOf('members.me');
    const get = sent.indexOf('lessons.get');
    expect(me).toBeGreaterThanOrEqual(0);
    // Nothing fetched between the two: the lesson was asked before the lesson page's code was requested.
    expect(sent.slice(Math.min(me, get) + 1, Math.max(me, get))).toEqual([]);
    expect(sent.slice(get + 1)).toContain('js'); // the page's own code came after
    await page.context().close();
  });
});
