import { getSolarDateFromLunar } from 'chinese-days';
import type { EventOccasion, Occasion } from '../../contract/care-model';
import { DEFAULT_CARE_SETTINGS, type CareSettings } from '../../contract/care-welcome-model';

/**
 * 三慰问四必访 as dates. Calendar occasions (三慰问) fall on a day each year — 春节 and 重阳节 by the lunar
 * calendar, 七一 for 光荣在党50年, the year's end for a decade birthday (only the birth year is on file) — and
 * their visits are made ahead of that day, for the people each one is for. Event occasions (四必访) are
 * due a fixed number of days after they are reported. Days are China dates, 'YYYY-MM-DD'.
 */
const DAY_MS = 24 * 3600 * 1000;

export const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** 春节 of year Y: the first day of the lunar year Y (in late January or February of Y). */
export const springFestival = (year: number): string => getSolarDateFromLunar(`${year}-01-01`).date;

/** 重阳节 of year Y: the 9th day of the 9th lunar month (October, sometimes late September or November). */
export const doubleNinth = (year: number): string => getSolarDateFromLunar(`${year}-09-09`).date;

/** Who a calendar occasion is for, in words a reviewer can check against the bureau's practice. */
export type Eligible =
  /** Every retiree of the county. */
  | { kind: 'everyone' }
  /** Born in or before this year (aged at least N in the occasion's year). */
  | { kind: 'bornBy'; year: number }
  /** Born in one of these years (a decade birthday this year). */
  | { kind: 'bornIn'; years: number[] }
  /** Joined the Party in this year (50 years in the Party this year). */
  | { kind: 'joinedIn'; year: number };

export interface CalendarOccasion {
  occasion: Occasion;
  year: number;
  /** The day the visits are due by. */
  dueBy: string;
  /** From this day the timer makes the visits. */
  opensOn: string;
  eligible: Eligible;
}

/**
 * The calendar occasions of one year the bureau's settings turn on, with their days and whom they are
 * for. By default: 春节 for everyone (by 除夕, from 30 days ahead); 重阳节 for those aged 80 and over
 * (高龄老同志, from 20 days ahead); decade birthdays 70, 80, 90 and 100 (from New Year, by its end);
 * 光荣在党50年 by 七一 (from 30 days ahead).
 */
export const occasionsOfYear = (year: number, s: CareSettings = DEFAULT_CARE_SETTINGS): CalendarOccasion[] => {
  const spring = springFestival(year);
  const ninth = doubleNinth(year);
  const all: Array<CalendarOccasion & { on: boolean }> = [
    { on: s.springFestival.enabled, occasion: 'spring_festival', year, dueBy: addDays(spring, -1), opensOn: addDays(spring, -s.springFestival.leadDays), eligible: { kind: 'everyone' } },
    { on: s.doubleNinth.enabled, occasion: 'double_ninth', year, dueBy: ninth, opensOn: addDays(ninth, -s.doubleNinth.leadDays), eligible: { kind: 'bornBy', year: year - s.doubleNinth.minAge } },
    { on: s.birthday.enabled && s.birthday.decades.length > 0, occasion: 'birthday', year, dueBy: `${year}-12-31`, opensOn: `${year}-01-01`, eligible: { kind: 'bornIn', years: s.birthday.decades.map((d) => year - d) } },
    { on: s.party50.enabled, occasion: 'party50', year, dueBy: `${year}-07-01`, opensOn: addDays(`${year}-07-01`, -s.party50.leadDays), eligible: { kind: 'joinedIn', year: year - 50 } },
  ];
  return all.filter((o) => o.on).map(({ on: _on, ...o }) => o);
};

/**
 * The calendar occasions whose visits should exist on `today`: opened and not yet past. Looks at this
 * year and next, since 春节 of next year opens in this year's December or January.
 */
export const openOccasions = (today: string, s: CareSettings = DEFAULT_CARE_SETTINGS): CalendarOccasion[] => {
  const year = Number(today.slice(0, 4));
  return [...occasionsOfYear(year, s), ...occasionsOfYear(year + 1, s)].filter((o) => o.opensOn <= today && today <= o.dueBy);
};

/** An event visit is due this many days after the report's day (the bureau's deadlines). */
export const eventDueBy = (occasion: EventOccasion, reportedOn: string, s: CareSettings = DEFAULT_CARE_SETTINGS): string => addDays(reportedOn, s.eventDays[occasion]);

/** A due visit not done by its day is overdue from the next day (督办). */
export const isOverdue = (dueBy: string, today: string): boolean => today > dueBy;

/** One visit per person, occasion and year: the id the timer writes, so two runs make it once. */
export const calendarVisitId = (o: Pick<CalendarOccasion, 'occasion' | 'year'>, memberId: string): string => `${o.occasion}-${o.year}-${memberId}`;
