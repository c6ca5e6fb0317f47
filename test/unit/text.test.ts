import { charCount, hasForbiddenChars, text, phone } from '../../cloudfunctions/contract/text';

describe('text rules', () => {
  it('counts characters as people count them', () => {
    expect(charCount('银铃e家')).toBe(4);
    expect(charCount('👍🏻')).toBe(1); // a skin tone belongs to its picture; never UTF-16 units
    expect(charCount('𠀀')).toBe(1);
  });

  it('finds control, bidi, zero-width characters and lone surrogates', () => {
    for (const bad of ['a\u0000b', 'x\u202Ey', 'x\u2066y', 'a\u200Bb', '\uD800', 'x\uDC00']) expect(hasForbiddenChars(bad)).toBe(true);
    for (const ok of ['普通的话', 'line\nbreak', 'tab\there', '🌸']) expect(hasForbiddenChars(ok)).toBe(false);
  });

  it('trims, bounds and explains in Chinese', () => {
    const name = text({ label: '姓名', max: 4 });
    expect(name.parse('  张三  ')).toBe('张三');
    expect(name.safeParse('   ').error?.issues[0].message).toBe('请填写姓名');
    expect(name.safeParse('张三李四王').error?.issues[0].message).toBe('姓名最多4个字');
    expect(name.safeParse('张\n三').success).toBe(false);
    expect(text({ label: '内容', max: 10, multiline: true }).parse('一\n二')).toBe('一\n二');
  });

  it('accepts mobile and landline numbers only', () => {
    const p = phone();
    for (const ok of ['13907451234', '0745-8221234', '07458221234']) expect(p.safeParse(ok).success).toBe(true);
    for (const bad of ['1390745123', '23907451234', '0745-82', 'abc']) expect(p.safeParse(bad).success).toBe(false);
  });
});
