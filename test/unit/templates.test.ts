import { keywordType, TEMPLATE_KEYS, TEMPLATES } from '../../cloudfunctions/contract/templates';
import { localConsoleTemplates, localTemplateIds } from '../../cloudfunctions/local/emulator/openapi/console-templates';
import { validateSubscribeMessage } from '../../cloudfunctions/local/emulator/openapi/subscribe-message';
import { fitData } from '../../cloudfunctions/platform/template-fit';

/**
 * Every template the app sends, with the hardest values a use case can hand it (long titles, spaces,
 * punctuation, Chinese in a code field, dates), fitted by the one trimmer and checked by WeChat's rules
 * as the emulator applies them: nothing the app sends can be refused with 47003.
 */
const HARD: Record<string, Array<string | number | Date>> = {
  thing: ['老年活动中心门口台阶太高，建议加装扶手并铺防滑垫，方便雨天进出', '  多  空格  ', '已取消：暴雨预警，改期另行通知大家注意安全'],
  phrase: ['已受理', '活动已取消', '退回修改', '候补成功了吗？', 'OK'],
  character_string: ['JDZ-2026-0008', '编号JDZ-2026-0008', 'A'.repeat(40)],
  number: [0, 3, 1200, '17'],
  time: [new Date('2026-12-05T01:30:00Z'), '2026-12-05T01:30:00.000Z'],
  date: [new Date('2026-12-05T16:30:00Z'), '2026-10-29'],
};

describe('subscribe-message templates', () => {
  const templates = localConsoleTemplates();
  const ids = localTemplateIds();

  it('every template has a local id, and every field a keyword type WeChat knows', () => {
    for (const key of TEMPLATE_KEYS) {
      expect(ids[key]).toBeTruthy();
      for (const field of Object.keys(TEMPLATES[key].fields)) expect(keywordType(field)).toBeDefined();
    }
  });

  it.each(TEMPLATE_KEYS)('%s: the hardest values, fitted, pass WeChat’s keyword rules', (key) => {
    const fields = Object.keys(TEMPLATES[key].fields);
    const rounds = Math.max(...fields.map((f) => HARD[keywordType(f)!]?.length ?? 1));
    for (let i = 0; i < rounds; i += 1) {
      const data = Object.fromEntries(fields.map((f) => {
        const pool = HARD[keywordType(f)!];
        if (!pool) throw new Error(`no hard values for ${f}`);
        return [f, pool[i % pool.length]];
      }));
      const answer = validateSubscribeMessage({ touser: 'o_member_1', template_id: ids[key], page: 'pages/home/index', data: fitData(data) }, templates);
      expect(answer).not.toHaveProperty('errcode');
    }
  });

  it('the 消息 text of every template reads as a sentence with the full values', () => {
    for (const key of TEMPLATE_KEYS) {
      const plain = Object.fromEntries(Object.keys(TEMPLATES[key].fields).map((f) => [f, `值${f}`]));
      const { title, body } = (TEMPLATES[key].inbox as (d: Record<string, string>) => { title: string; body: string })(plain);
      expect(title.length).toBeGreaterThan(0);
      for (const f of Object.keys(plain)) if (!title.includes(`值${f}`)) expect(body).toContain(`值${f}`);
      expect(`${title}${body}`).not.toMatch(/undefined|null/);
    }
  });
});
