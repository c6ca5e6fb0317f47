import { COLLECTIONS } from '../../contract/collections';
import type { Database } from '../../platform/database';
import type { ActivityDoc, SignupDoc } from '../../features/volunteers/docs';
import { activityCounts, signupCounts, tallyId, type Counted, type Counts, type MonthTallyDoc } from '../../features/volunteers/tallies';
import { addSchedules, scheduleChanges, scheduleId, type ScheduleDoc } from '../../features/volunteers/schedule';

type Stored = MonthTallyDoc | ScheduleDoc;
const isSchedule = (d: Stored): d is ScheduleDoc => 'starts' in d;

const addCounts = (a: Counts | undefined, b: Counts): Counts => ({
  activities: (a?.activities ?? 0) + b.activities, participants: (a?.participants ?? 0) + b.participants, minutes: (a?.minutes ?? 0) + b.minutes,
});

/** Two month documents added together, cell by cell (the bulk seed onto the demo's). */
const addMonths = (a: MonthTallyDoc, b: MonthTallyDoc): MonthTallyDoc => {
  const teams: MonthTallyDoc['teams'] = JSON.parse(JSON.stringify(a.teams)) as MonthTallyDoc['teams'];
  for (const [teamId, team] of Object.entries(b.teams)) {
    const into = (teams[teamId] ??= { name: team.name, by: {} });
    for (const [field, counts] of Object.entries(team.by)) {
      const f = field as keyof typeof into.by;
      if (counts) into.by[f] = addCounts(into.by[f], counts);
    }
  }
  return { _id: a._id, month: a.month, teams };
};

/**
 * What the live actions would have counted for seeded activities and sign-ups, by tallies.ts's own rules
 * (activityCounts, signupCounts), one shard-0 document per month, and each month's schedule of start times. The demo seed and the bench's county-sized
 * seed both write exactly this, so volunteers.figures is a recount from the first start. Records are
 * added one by one as they are made, so a county's sign-ups need not all be held at once.
 */
export const volunteerRecount = () => {
  const months = new Map<string, MonthTallyDoc>();
  const schedules = new Map<string, ScheduleDoc>();
  const schedule = (a: ActivityDoc) => {
    for (const [month, starts] of scheduleChanges(null, a)) {
      const id = scheduleId(month);
      const fresh = { _id: id, starts };
      const old = schedules.get(id);
      schedules.set(id, old ? addSchedules(old, fresh) : fresh);
    }
  };
  const count = (counted: Counted[]) => {
    for (const { cell, counts } of counted) {
      const id = tallyId(cell.month);
      const doc = months.get(id) ?? { _id: id, month: cell.month, teams: {} };
      const team = (doc.teams[cell.teamId] ??= { name: cell.teamName, by: {} });
      team.by[cell.field] = addCounts(team.by[cell.field], counts);
      months.set(id, doc);
    }
  };
  return {
    activity: (a: ActivityDoc) => {
      count(activityCounts(a));
      schedule(a);
    },
    signup: (s: SignupDoc) => count(signupCounts(s)),
    docs: (): Stored[] => [...months.values(), ...schedules.values()],
  };
};

export interface TallyWriter {
  insert(collection: string, docs: object[]): Promise<void>;
  /** A whole document by id (set): a stored cell with the new counts added. */
  put(collection: string, doc: { _id: string }): Promise<void>;
}

/**
 * Writes the recount onto what is stored: a month the demo seed already has (the bulk seed's activities are
 * the demo teams') gets the counts added onto it, cell by cell; the others are inserted in batches. Read before writing.
 */
export const writeVolunteerTallies = async (db: Database, tallies: Stored[], w: TallyWriter): Promise<void> => {
  const stored = new Map<string, Stored>();
  for (let k = 0; k < tallies.length; k += 100) {
    const ids = tallies.slice(k, k + 100).map((t) => t._id);
    const { data } = await db.collection(COLLECTIONS.volunteerTallies).where({ _id: db.command.in(ids) }).limit(ids.length).get();
    for (const t of data as Stored[]) stored.set(t._id, t);
  }
  await w.insert(COLLECTIONS.volunteerTallies, tallies.filter((t) => !stored.has(t._id)));
  for (const t of tallies) {
    const old = stored.get(t._id);
    if (!old) continue;
    if (isSchedule(old) || isSchedule(t)) {
      await w.put(COLLECTIONS.volunteerTallies, addSchedules(old as ScheduleDoc, t as ScheduleDoc));
      continue;
    }
    await w.put(COLLECTIONS.volunteerTallies, addMonths(old, t));
  }
};
