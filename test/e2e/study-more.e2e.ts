import type { Page } from 'playwright-core';
import { png } from './support/png';
import { COMBOS, expectElderLayout, shown, useE2E } from './support/e2e-env';

/**
 * 学习, the later parts in a real browser: staff review lessons content safety held (approve one,
 * return one with a reason the author then sees); the 送学上门 job gives a homebound member a task the
 * secretary sees as 自动生成 and records with a photo; a secretary adds a walk-in to a full session and
 * cancels another. Screenshots at 375 and 320 px.
 */
describe('study: review, automatic 送学上门, walk-ins and cancelling in Chromium', () => {
  const e2e = useE2E();
  const { go } = e2e;
  const shot = async (page: Page, role: string, name: string, width: number) => {
    await page.waitForTimeout(800);
    await e2e.shot(page, role, name, width);
  };
  const data = async <T>(p: Promise<{ ok: boolean; data?: unknown; error?: { code: string } }>): Promise<T> => {
    const res = await p;
    if (!res.ok) throw new Error(`API call failed: ${res.error?.code}`);
    return res.data as T;
  };
  const lesson = (title: string, text: string, audience: 'branch' | 'county' = 'branch') => ({
    lesson: { title, summary: '一两句话的简介。', category: 'micro', body: [{ type: 'paragraph', text }], estimatedMinutes: 3, audience },
  });
  const publish = async (openid: string, title: string, text: string) => {
    const { id } = await data<{ id: string }>(e2e.api(openid, 'lessons', 'lessons.save', lesson(title, text)));
    return data<{ id: string; status: string }>(e2e.api(openid, 'lessons', 'lessons.publish', { lessonId: id }));
  };

  it.each([375, 320])('staff approve one held lesson and return another; the author sees why (%i px)', async (width) => {
    const ok = `待审课程：重温入党誓词（${width}）`;
    const back = `待审课程：家风故事（${width}）`;
    expect((await publish('demo-secretary-bureau', ok, '正文里有【待审】这样的字，其实没有问题。')).status).toBe('held');
    expect((await publish('demo-secretary-bureau', back, '正文里有【待审】这样的字，需要改。')).status).toBe('held');

    const staff = await e2e.open(width, 'demo-staff-1');
    const v = shown(staff);
    await go(staff, '/packageStaff/console/index');
    await v.locator('#console-lesson-review').click();
    await v.locator('#review-list').getByText(ok).waitFor();
    await v.locator('.srow', { hasText: ok }).getByText('看全文').click();
    await v.locator('.srow', { hasText: ok }).getByText('其实没有问题', { exact: false }).waitFor();
    await v.locator('.srow', { hasText: back }).getByText('退回修改').click();
    await v.locator('.srow', { hasText: back }).getByLabel('退回原因', { exact: true }).fill('第二段的提法请改得准确些');
    await expectElderLayout(staff);
    await shot(staff, 'staff', 'lesson-review', width);
    await v.locator('.srow', { hasText: ok }).getByText('通过，发布').click();
    await v.getByText(`“${ok}”已通过审核并发布。`).waitFor();
    await v.locator('.srow', { hasText: back }).getByText('退回给作者').click();
    await v.getByText(`“${back}”已退回给王德明修改。`).waitFor();
    await shot(staff, 'staff', 'lesson-review-done', width);

    const list = await data<{ items: Array<{ title: string }> }>(e2e.api('demo-member-2', 'lessons', 'lessons.list', { pageSize: 50 }));
    expect(list.items.map((l) => l.title)).toContain(ok);
    expect(list.items.map((l) => l.title)).not.toContain(back);

    const sec = await e2e.open(width, 'demo-secretary-bureau');
    const sv = shown(sec);
    await go(sec, '/packageSecretary/lessons/index');
    await sv.locator('.srow', { hasText: back }).getByText('工作人员退回：第二段的提法请改得准确些').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'lessons-returned', width);
    await staff.context().close();
    await sec.context().close();
  }, 120_000);

  it.each(COMBOS)('a homebound member gets an automatic 送学上门 task with his address and phones; the visit is recorded with a photo (%i px, %s type)', async (width, font) => {
    const title = `送学上门：学习身边的榜样（${width}${font === 'xlarge' ? '特大' : '标准'}）`;
    await publish('demo-secretary-education', title, '老支书几十年如一日为群众办实事。');
    await data(e2e.api('demo-staff-1', 'jobs', 'jobs.runNow', {}));

    const sec = await e2e.open(width, 'demo-secretary-education', font);
    const sv = shown(sec);
    await sec.goto(e2e.url);
    await sv.getByText('书记工作台').first().click();
    await sv.locator('#workbench-lessons').click();
    await sv.getByText('送学上门任务').click();
    const row = sv.locator('.srow', { hasText: title });
    await row.getByText('自动生成（资料里写着需要送学上门）').waitFor();
    await row.getByText('何光明', { exact: true }).waitFor();
    // Where to go and whom to ring, from his 一人一策 (the demo seed gives every member an address).
    await row.getByText(/^住址：城关镇.+号（.+）$/).waitFor();
    await row.getByRole('button', { name: /^给何光明打电话 1\d{10}$/ }).waitFor();
    await row.getByRole('button', { name: /^给(老伴|儿子|女儿|侄子).+打电话 1\d{10}$/ }).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'deliveries-auto', width);

    await row.getByText('登记这次上门').click();
    await row.getByLabel('上门人', { exact: true }).fill('陈淑芬');
    await row.getByLabel('上门情况', { exact: true }).fill('读了一遍，老人家听得很认真');
    const [chooser] = await Promise.all([sec.waitForEvent('filechooser'), row.getByText('添加上门照片').click()]);
    await chooser.setFiles({ name: 'visit.png', mimeType: 'image/png', buffer: png(40, 30) });
    await row.getByRole('button', { name: '删除第1张' }).waitFor();
    await shot(sec, 'secretary', 'delivery-visit-form', width);
    await row.getByText('登记，记入学习记录').click();
    await row.getByText(/陈淑芬已于.*上门/).waitFor();
    await sv.getByRole('radio', { name: /已上门/ }).click();
    const done = sv.locator('.srow', { hasText: title });
    await done.getByLabel('上门照片1').waitFor();
    expect(await done.getByText(/^住址：/).count()).toBe(0); // the address is for going there, not for keeping
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'deliveries-done', width);
    await sec.context().close();
  }, 120_000);

  it.each([375, 320])('a member asks for 送学上门 on a lesson; the secretary sees 本人申请 (%i px)', async (width) => {
    const title = `请送学：重阳节的敬老故事（${width}）`;
    const { id } = await publish('demo-secretary-bureau', title, '敬老爱老是中华民族的传统美德。');
    const mem = await e2e.open(width, 'demo-member-2');
    const mv = shown(mem);
    await mem.goto(e2e.url);
    await mv.getByText(/杨国华同志/).first().waitFor(); // signed in and home shown, then the deep link
    await go(mem, `/pages/study/lesson/index?id=${id}`);
    await mv.locator('#lesson-detail').getByText('敬老爱老是中华民族的传统美德。').waitFor();
    await mv.locator('#ask-delivery').getByText('自己学不方便？请支部送学上门').click();
    await mv.locator('#ask-delivery').getByText('支部会安排人上门，给您讲这一课。').waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'lesson-ask-delivery', width);

    const sec = await e2e.open(width, 'demo-secretary-bureau');
    const sv = shown(sec);
    await go(sec, '/packageSecretary/lessons/deliveries/index');
    const row = sv.locator('.srow', { hasText: title });
    await row.getByText('本人申请送学上门').waitFor();
    await row.getByText('杨国华', { exact: true }).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'deliveries-asked', width);
    await mem.context().close();
    await sec.context().close();
  }, 120_000);

  it.each([375, 320])('a walk-in joins a full session; another session is cancelled and members are told (%i px)', async (width) => {
    // Today: 开始签到 is offered only on the session's day.
    const startAt = new Date().toISOString();
    const session = (topic: string) => ({ topic, lessonIds: [], startAt, place: '城关社区村部院坝', capacity: 1 });
    const full = await data<{ id: string }>(e2e.api('demo-secretary-education', 'lessons', 'sessions.schedule', session(`院坝讲党史（${width}）`)));
    await data(e2e.api('demo-member-6', 'lessons', 'sessions.signUp', { sessionId: full.id }));
    const rainy = await data<{ id: string }>(e2e.api('demo-secretary-education', 'lessons', 'sessions.schedule', session(`重温誓词（${width}）`)));
    await data(e2e.api('demo-member-6', 'lessons', 'sessions.signUp', { sessionId: rainy.id }));

    const sec = await e2e.open(width, 'demo-secretary-education');
    const sv = shown(sec);
    await go(sec, `/packageSecretary/sessions/run/index?id=${full.id}`);
    await sv.locator('#session-open').click();
    await sv.locator('#session-open-submit').click();
    await sv.locator('#session-code').waitFor();
    await sv.locator('#walkin-open').click();
    await sv.locator('#walkin').getByLabel('姓名', { exact: true }).fill('彭');
    await sv.locator('#walkin-search').click();
    await sv.locator('#walkin').getByText(/加上 彭大海/).click();
    await sv.locator('#session-roster').getByText(/没报名，当场来的 · 出席/).waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-walkin', width);
    // Closed with a photo: the walk-in's own page shows the photo and it counts in 我的学习.
    await sv.getByLabel('讲堂纪要', { exact: true }).fill('讲了党史故事，彭大海同志没报名也来了。');
    const [chooser] = await Promise.all([sec.waitForEvent('filechooser'), sv.locator('#session-photos').getByText('添加现场照片').click()]);
    await chooser.setFiles({ name: 'yuanba.png', mimeType: 'image/png', buffer: png(40, 30) });
    await sv.locator('#session-photos').getByText(/再添加现场照片/).waitFor();
    await sv.locator('#session-close-submit').click();
    await sv.getByText(/小讲堂已结束。到场 1 人/).waitFor(); // the walk-in; 吴玉兰 was not marked
    const walker = await e2e.open(width, 'demo-member-7');
    const wv = shown(walker);
    await walker.goto(e2e.url);
    await wv.getByText(/彭大海同志/).first().waitFor();
    await go(walker, `/pages/study/sessions/detail/index?id=${full.id}`);
    await wv.getByLabel('现场照片1').waitFor();
    await wv.getByText('没有报名，当场来参加了。到场情况：出席。').waitFor();
    await expectElderLayout(walker);
    await shot(walker, 'member', 'session-photos', width);
    await walker.context().close();

    await go(sec, `/packageSecretary/sessions/run/index?id=${rainy.id}`);
    await sv.locator('#session-cancel-open').click();
    await sv.locator('#session-cancel').getByLabel('取消原因', { exact: true }).fill('下大雨，改期再讲');
    await sv.locator('#session-cancel-submit').click();
    await sv.getByText('这次小讲堂已取消，已通知报了名的1位老同志。').waitFor();
    await expectElderLayout(sec);
    await shot(sec, 'secretary', 'session-cancelled', width);

    const mem = await e2e.open(width, 'demo-member-6');
    const mv = shown(mem);
    await go(mem, `/pages/study/sessions/detail/index?id=${rainy.id}`);
    await mv.getByText('取消原因：下大雨，改期再讲').waitFor();
    await mv.getByText('这次小讲堂取消了，您的报名不用再管。').waitFor();
    await expectElderLayout(mem);
    await shot(mem, 'member', 'session-cancelled', width);
    await sec.context().close();
    await mem.context().close();
  }, 120_000);
});
