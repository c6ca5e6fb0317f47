import { IDEA_STATES } from '../../cloudfunctions/contract/ideas-model';
import { addWorkdays, ageInDays, dueIn, endOfDay, isOverdue, shanghaiDay, stageDue } from '../../cloudfunctions/domain/ideas/deadlines';
import { receiptNo, RECEIPT_PATTERN } from '../../cloudfunctions/domain/ideas/receipt';
import { similarity } from '../../cloudfunctions/domain/ideas/similarity';
import { noticeText, statusText, stepText } from '../../cloudfunctions/domain/ideas/words';
import { fitValue } from '../../cloudfunctions/platform/template-fit';

const at = (iso: string) => new Date(iso);

describe('working-day deadlines (Asia/Shanghai, official calendar)', () => {
  it('counts the day in Beijing time, not UTC', () => {
    // 2026-11-27 23:30 in Beijing is still the 27th there, though UTC says 15:30 the same day
    expect(shanghaiDay(at('2026-11-27T15:30:00Z'))).toBe('2026-11-27');
    // 2026-11-28 00:30 in Beijing is 11-27 16:30 UTC
    expect(shanghaiDay(at('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
  });

  it('5 working days from a Saturday skip the weekend', () => {
    expect(addWorkdays(at('2026-11-28T02:00:00Z'), 5)).toBe('2026-12-04');
  });

  it('skips the National Day holiday and counts the adjusted working Saturday (调休)', () => {
    // 2026-09-30 (Wed) + 1 working day: Oct 1–7 are holidays → Oct 8
    expect(addWorkdays(at('2026-09-30T02:00:00Z'), 1)).toBe('2026-10-08');
    // 2026-10-10 is a Saturday worked in lieu: from Oct 9 (Fri), the next working day is Oct 10
    expect(addWorkdays(at('2026-10-09T02:00:00Z'), 1)).toBe('2026-10-10');
  });

  it('a deadline is the end of its Beijing day; overdue is strictly after', () => {
    const due = dueIn(at('2026-11-28T02:00:00Z'), 5);
    expect(due.dueAt.toISOString()).toBe('2026-12-04T15:59:59.999Z');
    expect(isOverdue(due.dueAt, at('2026-12-04T15:59:59.999Z'))).toBe(false);
    expect(isOverdue(due.dueAt, at('2026-12-04T16:00:00.000Z'))).toBe(true);
    expect(isOverdue(null, at('2030-01-01T00:00:00Z'))).toBe(false);
    expect(endOfDay('2026-12-04').toISOString()).toBe('2026-12-04T15:59:59.999Z');
  });

  it('only the submitted and accepted stages have a default deadline', () => {
    const now = at('2026-11-30T02:00:00Z'); // Monday
    expect(stageDue('submitted', now)?.dueDay).toBe('2026-12-07');
    expect(stageDue('accepted', now)?.dueDay).toBe('2026-12-07');
    for (const s of ['assigned', 'in_progress', 'resolved', 'rated', 'withdrawn', 'not_accepted'] as const) expect(stageDue(s, now)).toBeNull();
  });

  it('age in whole Beijing days', () => {
    expect(ageInDays(at('2026-11-20T15:00:00Z'), at('2026-11-28T02:00:00Z'))).toBe(8); // 11-20 23:00 Beijing
    expect(ageInDays(at('2026-11-28T01:00:00Z'), at('2026-11-28T02:00:00Z'))).toBe(0);
  });
});

describe('receipt numbers', () => {
  it('reads out as JDZ-year-number', () => {
    expect(receiptNo(2026, 12)).toBe('JDZ-2026-0012');
    expect(receiptNo(2026, 12345)).toBe('JDZ-2026-12345');
    expect(RECEIPT_PATTERN.test(receiptNo(2026, 1))).toBe(true);
  });
});

describe('plain words', () => {
  const facts = { receiptNo: 'JDZ-2026-0012', dueDay: '2026-12-04', department: '县交通运输局', reason: '不属于本县职责', note: '已现场查看', outcome: 'adopted', rating: 'satisfied' } as const;

  it('a promise is made only from the idea\u2019s own deadline, never from a fixed number of days', () => {
    expect(noticeText('accepted', facts)).toBe('已受理，12月4日前交承办部门办理');
    expect(stepText('accepted', facts)).toBe('您的金点子已受理，12月4日前交承办部门办理');
    expect(statusText('accepted', facts)).toBe('已受理，12月4日前交承办部门办理');
    expect(stepText('submitted', facts)).toBe('已收到您的金点子，编号JDZ-2026-0012，12月4日前受理');
    // Without a deadline on record nothing is promised.
    for (const state of ['submitted', 'accepted'] as const) {
      for (const words of [stepText(state, {}), noticeText(state, {}), statusText(state, {})]) expect(words).not.toMatch(/\d|工作日/);
    }
  });

  it('every notice fits a subscribe-message thing field (≤ 20 characters)', () => {
    for (const state of IDEA_STATES) {
      for (const reopened of [false, true]) expect(Array.from(noticeText(state, facts, reopened)).length).toBeLessThanOrEqual(20);
    }
    expect(Array.from(fitValue('thing2', '一'.repeat(30))).length).toBe(20);
    expect(fitValue('thing2', '短标题')).toBe('短标题');
  });

  it('timeline steps name the facts people need', () => {
    expect(stepText('submitted', facts)).toContain('JDZ-2026-0012');
    expect(stepText('assigned', facts)).toBe('已交县交通运输局办理，12月4日前答复');
    expect(stepText('not_accepted', facts)).toContain('不属于本县职责');
    expect(stepText('resolved', facts)).toContain('已采纳');
  });
});

describe('similar ideas', () => {
  it('finds the same idea in other words, and not an unrelated one', () => {
    expect(similarity('建议在滨河路增设路灯', '滨河路晚上太黑，建议增设路灯')).toBeGreaterThan(0.3);
    expect(similarity('建议在滨河路增设路灯', '老年大学开设智能手机课')).toBeLessThan(0.1);
    expect(similarity('', '任何')).toBe(0);
  });
});
