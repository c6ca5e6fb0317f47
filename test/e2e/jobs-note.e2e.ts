import { lessonInput } from '../support/inputs';
import { expectElderLayout, shown, useE2E } from './support/e2e-env';

/**
 * 现在检查超期 on the staff queue also runs one batch of automatic 送学上门: its note says how many
 * delivery tasks the run made (a county lesson was just published for the demo county's homebound
 * members). Screenshots at 375 and 320 px.
 */
describe('staff 督办 check mentions the 送学上门 tasks it made', () => {
  const e2e = useE2E();
  const { go } = e2e;

  it('the note after 现在检查超期 counts new delivery tasks', async () => {
    const saved = await e2e.api('demo-staff-1', 'lessons', 'lessons.save', { lesson: lessonInput({ audience: 'county', title: '送学：冬季防滑' }) });
    const id = (saved.data as { id: string }).id;
    expect((await e2e.api('demo-staff-1', 'lessons', 'lessons.publish', { lessonId: id })).ok).toBe(true);
    for (const width of [375, 320]) {
      const staff = await e2e.open(width, 'demo-staff-1');
      const sv = shown(staff);
      await go(staff, '/packageStaff/ideas/queue/index');
      await sv.locator('#queue-tools').waitFor();
      await sv.getByText('现在检查超期').click();
      // The first run makes the tasks; the second (at 320) finds them made.
      const note = width === 375 ? /新建送学上门任务[1-9]\d*个/ : /没有新的超期金点子|新发现/;
      await sv.getByText(note).first().waitFor();
      await expectElderLayout(staff);
      await e2e.shot(staff, 'staff', 'jobs-note', width);
      await staff.close();
    }
  }, 120_000);
});
