import { COLLECTIONS } from '../../contract/collections';
import type { Database } from '../../platform/database';
import type { ActivityDoc, SignupDoc } from '../../features/volunteers/docs';
import { activityCounts, signupCounts, tallyId, type Counted, type VolunteerTallyDoc } from '../../features/volunteers/tallies';
import { addSchedules, scheduleChanges, scheduleId, type ScheduleDoc } from '../../features/volunteers/schedule';

type Stored = VolunteerTallyDoc | ScheduleDoc;
const isSchedule = (d: Stored): d is ScheduleDoc => 'starts' in d;

/**
 * What the live actions would have counted for seeded activities and sign-ups, by tallies.ts's own rules
 * (activityCounts, signupCounts), one shard-0 document per cell, and each month's schedule of start times. The demo seed and the bench's county-sized
 * seed both write exactly this, so volunteers.figures is a recount from the first start. Records are
 * added one by one as they are made, so a county's sign-ups need not all be held at once.
 */
export const volunteerRecount = () => {
  const cells = new Map<string, VolunteerTallyDoc>();
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
      const id = tallyId(cell);
      const t = cells.get(id) ?? { _id: id, ...cell, activities: 0, participants: 0, minutes: 0 };
      t.activities += counts.activities;
      t.participants += counts.participants;
      t.minutes += counts.minutes;
      cells.set(id, t);
    }
  };
  return {
    activity: (a: ActivityDoc) => {
      count(activityCounts(a));
      schedule(a);
    },
    signup: (s: SignupDoc) => count(signupCounts(s)),
    docs: (): Stored[] => [...cells.values(), ...schedules.values()],
  };
};

export interface TallyWriter {
  insert(collection: string, docs: object[]): Promise<void>;
  /** A whole document by id (set): a stored cell with the new counts added. */
  put(collection: string, doc: { _id: string }): Promise<void>;
}

/**
 * Writes the recount onto what is stored: a cell the demo seed already has (the bulk seed's activities are
 * the demo teams') gets the counts added onto it; the others are inserted in batches. Read before writing.
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
    const sum: VolunteerTallyDoc = { ...old, activities: old.activities + t.activities, participants: old.participants + t.participants, minutes: old.minutes + t.minutes };
    await w.put(COLLECTIONS.volunteerTallies, sum);
  }
};
