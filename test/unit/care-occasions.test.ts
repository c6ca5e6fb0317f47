import { addDays, doubleNinth, eventDueBy, isOverdue, occasionsOfYear, openOccasions, springFestival } from '../../cloudfunctions/domain/care/occasions';

describe('三慰问四必访 as dates', () => {
  it('重阳节 and 春节 follow the lunar calendar, year by year', () => {
    // The 9th of the 9th lunar month, and the lunar New Year, as published calendars give them.
    expect([2023, 2024, 2025, 2026, 2027, 2028].map(doubleNinth)).toEqual(['2023-10-23', '2024-10-11', '2025-10-29', '2026-10-18', '2027-10-08', '2028-10-26']);
    expect([2024, 2025, 2026, 2027].map(springFestival)).toEqual(['2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06']);
  });

  it('each calendar occasion opens ahead of its day and is for its people', () => {
    const y = occasionsOfYear(2026);
    expect(y.find((o) => o.occasion === 'spring_festival')).toMatchObject({ dueBy: '2026-02-16', opensOn: '2026-01-18', eligible: { kind: 'everyone' } });
    expect(y.find((o) => o.occasion === 'double_ninth')).toMatchObject({ dueBy: '2026-10-18', opensOn: '2026-09-28', eligible: { kind: 'bornBy', year: 1946 } });
    expect(y.find((o) => o.occasion === 'birthday')?.eligible).toEqual({ kind: 'bornIn', years: [1956, 1946, 1936, 1926] });
    expect(y.find((o) => o.occasion === 'party50')).toMatchObject({ dueBy: '2026-07-01', eligible: { kind: 'joinedIn', year: 1976 } });
    // In early December only the decade birthdays are open; by mid-January next 春节 has opened too.
    expect(openOccasions('2026-12-03').map((o) => `${o.occasion}${o.year}`)).toEqual(['birthday2026']);
    expect(openOccasions('2027-01-20').map((o) => `${o.occasion}${o.year}`)).toEqual(['spring_festival2027', 'birthday2027']);
    expect(openOccasions('2026-10-01').map((o) => o.occasion)).toEqual(['double_ninth', 'birthday']);
  });

  it('event visits are due days after the report; overdue the day after the deadline', () => {
    expect(eventDueBy('hospital', '2026-12-30')).toBe('2027-01-02');
    expect(eventDueBy('hardship', '2026-12-03')).toBe('2026-12-17');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isOverdue('2026-12-05', '2026-12-05')).toBe(false);
    expect(isOverdue('2026-12-05', '2026-12-06')).toBe(true);
  });
});
