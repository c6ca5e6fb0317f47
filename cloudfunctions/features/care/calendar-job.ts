import { COLLECTIONS } from '../../contract/collections';
import { chinaDay } from '../../contract/day-words';
import type { MemberDoc } from '../../platform/caller';
import { checked, isDuplicateWrite, readDoc, type Database } from '../../platform/database';
import type { Deps } from '../../platform/deps';
import { calendarVisitId, openOccasions, type CalendarOccasion } from '../../domain/care/occasions';
import { readCareSettings } from './settings';
import { LEDGERS, VISITS, type LedgerDoc, type VisitDoc } from './store';

/**
 * 三慰问 on the calendar: from the day an occasion opens (春节 30 days ahead, 重阳节 20, 七一 a month, decade
 * birthdays from New Year) the timer makes one due visit per person it is for, a page of people per run.
 * Idempotent even with two runs at once: a visit's id is occasion-year-member, so a second add of the same
 * one is refused by the store and skipped; each occasion keeps a cursor (the last member id done) so the
 * next run goes on from there. Once the first pass is through, later runs look only at people registered
 * (or, for 光荣在党50年, ledgers changed) since the last look, so a newcomer during the window is not missed.
 * When the bureau changes its settings (say 重阳节 from 80 to 75), the pass starts over under the new
 * ones: visits already made stay (the ids refuse a second), the people the change adds get theirs.
 */
const PAGE = 200;
const JOBS = COLLECTIONS.careJobs;

interface JobDoc {
  _id: string;
  cursor: string;
  done: boolean;
  made: number;
  /** After the first pass: the time the last look for newcomers began. */
  checkedAt?: Date;
  /** The settings' change time this pass runs under. */
  settingsAt?: Date;
}

/** Newcomers are looked for from a little before the last look began: a slow write is not missed, a repeat is refused. */
const OVERLAP_MS = 5 * 60_000;

export interface CalendarSummary {
  made: number;
  more: boolean;
}

/** The people an occasion is for, a page after `cursor` in id order. */
const peoplePage = async (db: Database, o: CalendarOccasion, cursor: string, since?: Date): Promise<Array<Pick<MemberDoc, '_id' | 'name' | 'branchId' | 'branchName'>>> => {
  const _ = db.command;
  // First pass: always a range on _id (the first page after ''), the page order, never an unbounded filter.
  // After it: what changed since the last look.
  const after = since ? {} : { _id: _.gt(cursor) };
  if (o.eligible.kind === 'joinedIn') {
    const changed = since ? { updatedAt: _.gt(since) } : {};
    const { data } = await db.collection(LEDGERS).where({ partyJoinYear: o.eligible.year, ...after, ...changed }).orderBy('_id', 'asc').limit(PAGE).get();
    const ids = (data as LedgerDoc[]).map((l) => l._id);
    if (ids.length === 0) return [];
    const members = await db.collection(COLLECTIONS.members).where({ _id: _.in(ids) }).limit(ids.length).get();
    return (members.data as MemberDoc[]).sort((a, b) => a._id.localeCompare(b._id));
  }
  const born = o.eligible.kind === 'bornBy' ? { birthYear: _.lte(o.eligible.year) } : o.eligible.kind === 'bornIn' ? { birthYear: _.in(o.eligible.years) } : {};
  if (since) {
    const { data } = await db.collection(COLLECTIONS.members).where({ createdAt: _.gt(since), ...born }).orderBy('createdAt', 'asc').limit(PAGE).get();
    return data as MemberDoc[];
  }
  const { data } = await db.collection(COLLECTIONS.members).where({ ...born, ...after }).orderBy('_id', 'asc').limit(PAGE).get();
  return data as MemberDoc[];
};

/**
 * The cursor, written whole. Two runs may make the job's document at the same moment; the one whose
 * create loses writes its state as an update (both came from the same page, so either state is right).
 */
const saveJob = async (db: Database, jobId: string, state: Omit<JobDoc, '_id'>): Promise<void> => {
  try {
    checked(await db.collection(JOBS).doc(jobId).set(state));
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    checked(await db.collection(JOBS).doc(jobId).update(state));
  }
};

const runOccasion = async (db: Database, o: CalendarOccasion, now: Date, settingsAt: Date | undefined): Promise<{ made: number; more: boolean }> => {
  const jobId = `${o.occasion}-${o.year}`;
  const stored = await readDoc<JobDoc>(db, JOBS, jobId);
  const stale = stored && settingsAt && (!stored.settingsAt || new Date(stored.settingsAt).getTime() < settingsAt.getTime());
  const job = stale ? { ...stored, cursor: '', done: false } : stored;
  const since = job?.done ? new Date((job.checkedAt ?? now).getTime() - OVERLAP_MS) : undefined;
  const people = await peoplePage(db, o, job?.cursor ?? '', since);
  let made = 0;
  for (const p of people) {
    const visit: VisitDoc = {
      _id: calendarVisitId(o, p._id),
      memberId: p._id, memberName: p.name, branchId: p.branchId, branchName: p.branchName,
      occasion: o.occasion, year: o.year, dueBy: o.dueBy, status: 'due', createdAt: now,
    };
    try {
      checked(await db.collection(VISITS).add(visit));
      made += 1;
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
  }
  if (since) {
    // A newcomers' look: the next one starts from this one's start (a full page waits for the next run).
    checked(await db.collection(JOBS).doc(jobId).update({ checkedAt: now, made: (job?.made ?? 0) + made }));
    return { made, more: people.length === PAGE };
  }
  const last = people[people.length - 1]?._id ?? job?.cursor ?? '';
  const done = people.length < PAGE;
  const state = { cursor: last, done, made: (job?.made ?? 0) + made, ...(done ? { checkedAt: now } : {}), ...(settingsAt ? { settingsAt } : {}) };
  await saveJob(db, jobId, state);
  return { made, more: !done };
};

export const runCareCalendar = async (deps: Deps, now: Date): Promise<CalendarSummary> => {
  let made = 0;
  let more = false;
  const settings = await readCareSettings(deps.db);
  for (const o of openOccasions(chinaDay(now), settings)) {
    const r = await runOccasion(deps.db, o, now, settings.changedAt);
    made += r.made;
    more = more || r.more;
  }
  return { made, more };
};
