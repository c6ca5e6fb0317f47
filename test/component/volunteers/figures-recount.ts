import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { FIELD_LABELS, type FigureRow, type VolunteerField } from '../../../cloudfunctions/contract/volunteer-model';
import type { ActivityDoc, SignupDoc } from '../../../cloudfunctions/features/volunteers/docs';
import type { TestCloud } from '../../support/test-cloud';

/** Every document of a collection, a thousand at a time in `_id` order (always indexed, never ties). */
const readAll = async <T extends { _id: string }>(cloud: TestCloud, collection: string): Promise<T[]> => {
  const out: T[] = [];
  for (let after = ''; ; ) {
    const { data } = await cloud.db.collection(collection).where({ _id: cloud.db.command.gt(after) }).orderBy('_id', 'asc').limit(1000).get();
    out.push(...(data as T[]));
    if (data.length < 1000) return out;
    after = out[out.length - 1]._id;
  }
};

export interface Records {
  activities: ActivityDoc[];
  signups: SignupDoc[];
}

export const readRecords = async (cloud: TestCloud): Promise<Records> => ({
  activities: await readAll<ActivityDoc>(cloud, COLLECTIONS.volunteerActivities),
  signups: await readAll<SignupDoc>(cloud, COLLECTIONS.volunteerSignups),
});

const monthStart = (month: string) => new Date(`${month}-01T00:00:00+08:00`).getTime();
const monthAfter = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return monthStart(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
};

interface Bucket { teamId: string; teamName: string; field: VolunteerField; month: string; activities: number; participants: number; minutes: number }

/**
 * volunteers.figures by its definition, straight from the records and without the tallies: activities that
 * started in the range before `now` and were not called off, and sign-ups with minutes of activities that
 * started then, by team, field and month — written apart from the app's own code, which is what is checked.
 */
export const recountFigures = ({ activities, signups }: Records, from: string, to: string, now: Date) => {
  const lo = monthStart(from);
  const hi = Math.min(monthAfter(to), now.getTime());
  const inRange = (d: Date | string) => new Date(d).getTime() >= lo && new Date(d).getTime() < hi;
  const buckets = new Map<string, Bucket>();
  const bucket = (r: Pick<Bucket, 'teamId' | 'teamName' | 'field' | 'month'>) => {
    const key = [r.month, r.teamId, r.field].join('|');
    const b = buckets.get(key) ?? { teamId: r.teamId, teamName: r.teamName, field: r.field, month: r.month, activities: 0, participants: 0, minutes: 0 };
    buckets.set(key, b);
    return b;
  };
  for (const a of activities) if (!a.cancelled && inRange(a.startAt)) bucket(a).activities += 1;
  for (const s of signups) {
    if (!inRange(s.activityStart) || !((s.minutes ?? 0) > 0)) continue;
    const b = bucket(s);
    b.participants += 1;
    b.minutes += s.minutes ?? 0;
  }
  const roll = (keyOf: (b: Bucket) => [string, string]): FigureRow[] => {
    const rows = new Map<string, FigureRow>();
    for (const b of buckets.values()) {
      const [key, label] = keyOf(b);
      const r = rows.get(key) ?? { key, label, activities: 0, participants: 0, minutes: 0 };
      r.activities += b.activities;
      r.participants += b.participants;
      r.minutes += b.minutes;
      rows.set(key, r);
    }
    return [...rows.values()];
  };
  const byTeam = roll((b) => [b.teamId, b.teamName]).sort((x, y) => y.minutes - x.minutes || x.label.localeCompare(y.label));
  const byField = roll((b) => [b.field, FIELD_LABELS[b.field]]).sort((x, y) => x.key.localeCompare(y.key));
  const byMonth = roll((b) => [b.month, b.month]).sort((x, y) => x.key.localeCompare(y.key));
  const sum = (k: 'activities' | 'participants' | 'minutes') => byMonth.reduce((t, r) => t + r[k], 0);
  return { activities: sum('activities'), participants: sum('participants'), minutes: sum('minutes'), byTeam, byField, byMonth };
};
