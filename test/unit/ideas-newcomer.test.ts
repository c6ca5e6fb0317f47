import { ANSWER_TEMPLATES } from '../../cloudfunctions/contract/ideas-model';
import { blanksIn, blanksMessage, TEMPLATE_BLANKS } from '../../cloudfunctions/contract/answer-blanks';
import { typedReceipt } from '../../cloudfunctions/domain/ideas/receipt';
import { bureauPhone } from '../../cloudfunctions/platform/bureau';

/** What a newcomer to 金点子 is promised, the pure parts: template blanks, receipt numbers as typed, the bureau's number. */
describe('answer template blanks', () => {
  it('every template has blanks, and a template as it comes is never ready to publish', () => {
    expect(TEMPLATE_BLANKS).toContain('（写明做了什么、何时完成）');
    for (const t of ANSWER_TEMPLATES) expect(blanksIn(t.text).length).toBeGreaterThan(0);
  });

  it('names each blank left, once, in order; brackets of the answer\u2019s own are not blanks', () => {
    const half = '感谢您的建议。经研究，其中候车座椅已采纳并安排落实；（写明哪部分）因（原因）暂时无法实施。（写明哪部分）';
    expect(blanksIn(half)).toEqual(['（写明哪部分）', '（原因）']);
    expect(blanksMessage(half)).toBe('请把答复里的“（写明哪部分）”、“（原因）”换成实际内容，再发布');
    expect(blanksIn('县交通运输局（运管所）已在人民路增设座椅，12月起可以使用。')).toEqual([]);
    expect(blanksMessage('县交通运输局（运管所）已在人民路增设座椅。')).toBeNull();
    // A blank written in the templates' style but not in today's templates still counts.
    expect(blanksIn('已落实：（写明地点）。')).toEqual(['（写明地点）']);
  });
});

describe('receipt numbers as staff type them from a phone call', () => {
  it('finds the canonical number in any case, width or spacing', () => {
    for (const typed of ['JDZ-2026-0008', 'jdz-2026-0008', 'JDZ 2026 0008', 'JDZ20260008', 'ＪＤＺ－２０２６－０００８', ' jdz-2026-0008 ']) {
      expect(typedReceipt(typed)).toBe('JDZ-2026-0008');
    }
    for (const typed of ['0008', '张桂兰', 'JDZ-26-0008', 'JDZ-2026-08', 'XJDZ-2026-0008']) expect(typedReceipt(typed)).toBeNull();
  });
});

describe('the bureau\u2019s number', () => {
  it('comes from BUREAU_PHONE, and only when it is a phone number', () => {
    expect(bureauPhone({ BUREAU_PHONE: '0743-6221234' })).toBe('0743-6221234');
    expect(bureauPhone({ BUREAU_PHONE: ' 13812345678 ' })).toBe('13812345678');
    expect(bureauPhone({})).toBeUndefined();
    expect(bureauPhone({ BUREAU_PHONE: '' })).toBeUndefined();
    expect(bureauPhone({ BUREAU_PHONE: '请拨老干部局' })).toBeUndefined();
  });
});
