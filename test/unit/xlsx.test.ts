import { strFromU8, unzipSync } from 'fflate';
import { columnName, excelSerial, writeXlsx } from '../../cloudfunctions/platform/xlsx';

describe('xlsx writer', () => {
  const book = writeXlsx([
    {
      name: '金点子台账: 2026/11',
      columns: [{ header: '编号', width: 16 }, { header: '标题' }, { header: '提交时间' }, { header: '点赞' }],
      rows: [
        ['JDZ-2026-0012', '建议<增加>扶手 & 坡道', new Date('2026-11-28T02:00:00Z'), 3],
        ['JDZ-2026-0013', '含控制字符\u0001的标题', null, 0],
      ],
    },
  ]);
  const files = unzipSync(new Uint8Array(book));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);

  it('is a zip with the parts Excel needs', () => {
    expect(book.subarray(0, 2).toString()).toBe('PK');
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/worksheets/sheet1.xml']) {
      expect(files).toHaveProperty([part]);
    }
  });

  it('cleans the sheet name Excel would refuse', () => {
    expect(strFromU8(files['xl/workbook.xml'])).toContain('name="金点子台账  2026 11"');
  });

  it('writes a bold header, escaped text, numbers and Shanghai-time dates', () => {
    expect(sheet).toContain('<c r="A1" t="inlineStr" s="2"><is><t xml:space="preserve">编号</t></is></c>');
    expect(sheet).toContain('建议&lt;增加&gt;扶手 &amp; 坡道');
    expect(sheet).toContain('<c r="D2"><v>3</v></c>');
    expect(sheet).toContain(`<c r="C2" s="1"><v>${excelSerial(new Date('2026-11-28T02:00:00Z'))}</v></c>`);
    expect(sheet).toContain('含控制字符的标题');
    expect(sheet).not.toContain('\u0001');
  });

  it('dates and column names follow Excel', () => {
    // 2026-11-28 10:00 in Shanghai is serial 46354 + 10/24.
    expect(excelSerial(new Date('2026-11-28T02:00:00Z'))).toBeCloseTo(46354 + 10 / 24, 6);
    expect([0, 25, 26, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
  });
});
