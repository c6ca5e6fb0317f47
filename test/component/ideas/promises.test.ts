import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { ANSWER_TEMPLATES } from '../../../cloudfunctions/contract/ideas-model';
import { localTemplateIds } from '../../../cloudfunctions/local/emulator/openapi/console-templates';
import { makeNotifier } from '../../../cloudfunctions/platform/notifier';
import { explodingDb } from '../../support/faulty-db';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { MEMBER, STAFF, anIdea, handlingChecks, outboxFor } from './helpers';

/**
 * Every promise shown comes from the data (the idea's own deadline, what the
 * notifier really did), and an answer is never published with a template's blanks still in it.
 */
describe('ideas: promises the app keeps', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());
  const { refused } = handlingChecks(() => cloud);
  const send = async (title: string) => dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title }))).id;

  it('the timeline promises the deadlines staff set, never a fixed "5个工作日内答复"', async () => {
    const id = await send('建议在县城增设老年人助餐点');
    const accepted = dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    // Sat 11-28 + 5 working days: the deadline to hand it to a department, said as a date.
    expect(accepted.statusText).toBe('已受理，12月4日前交承办部门办理');
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县民政局', workdays: 10 }));
    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(mine.statusText).toBe('已交县民政局办理，12月11日前答复');
    expect(mine.timeline.map((s) => s.text)).toEqual([
      `已收到您的金点子，编号${mine.receiptNo}，12月4日前受理`,
      '您的金点子已受理，12月4日前交承办部门办理',
      '已交县民政局办理，12月11日前答复',
    ]);
    expect(JSON.stringify(mine)).not.toMatch(/\d+个工作日/);
  });

  it('staff are told what the notifier really did: WeChat and 消息, 消息 only, or nothing', async () => {
    // The author accepted one 金点子进度 message in WeChat's sheet: it goes to WeChat and to 消息.
    const a = await send('建议城关小学门口设护学岗');
    await cloud.emulator.acceptSubscriptions(MEMBER, [localTemplateIds().ideaProgress!]);
    expect(dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: a })).told).toEqual({ inbox: true, wechat: true });
    // That acceptance is spent: the next step reaches 消息 only.
    expect(dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: a, department: '县教育局', workdays: 5 })).told).toEqual({ inbox: true, wechat: false });

    // The messages store and WeChat both down: the step still stands, and staff are told nobody heard.
    const b = await send('建议兴隆镇开通赶场专线');
    const real = cloud.deps.notifier;
    cloud.deps.notifier = makeNotifier({
      db: explodingDb('messages store unreachable'),
      clock: cloud.clock,
      callWxOpenApi: async () => {
        throw new Error('open API unreachable');
      },
      templateIds: localTemplateIds(),
      log: { error: () => undefined },
    });
    try {
      const moved = dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: b }));
      expect(moved).toMatchObject({ state: 'accepted', told: { inbox: false, wechat: false } });
    } finally {
      cloud.deps.notifier = real;
    }
    expect((await outboxFor(cloud, MEMBER)).filter((m) => m.page.endsWith(b))).toHaveLength(0);
    // A read of the idea says nothing about notices: only a move's answer does.
    expect(dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: b }))).not.toHaveProperty('told');
  });

  it('a draft may keep a template\u2019s blanks, but 办结 is refused, naming them, and nothing is written or sent', async () => {
    const id = await send('建议在人民路增设无障碍坡道');
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县住房和城乡建设局', workdays: 10 }));
    const template = ANSWER_TEMPLATES.find((t) => t.key === 'adopted')!;
    const drafted = dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: template.outcome, answer: template.text }));
    expect(drafted.draft?.answer).toBe(template.text);

    await refused(STAFF, 'ideas.resolve', { ideaId: id }, 'ANSWER_HAS_BLANKS');
    const err = errorOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    expect(err.message).toBe('答复里还有模板中要填写的地方没有填，请填好再发布');
    expect(err.fields?.answer).toBe('请把答复里的“（写明做了什么、何时完成）”换成实际内容，再发布');
    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: id }));
    expect(mine).toMatchObject({ state: 'assigned' });
    expect(mine.answer).toBeUndefined();

    // Filled in (brackets of its own are fine), it is published as written.
    const filled = template.text.replace('（写明做了什么、何时完成）', '人民路东段（县医院至文化广场）已修好3处坡道，12月10日完工');
    dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: template.outcome, answer: filled }));
    const resolved = dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    expect(resolved).toMatchObject({ state: 'resolved', answer: filled });
    const doc = (await cloud.db.collection(COLLECTIONS.ideas).doc(id).get()).data[0] as { answer: string };
    expect(doc.answer).toBe(filled);
  });
});
