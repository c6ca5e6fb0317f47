import { AGGREGATE_PAGE, allGroups } from '../../platform/aggregate-pages';
import { FIELD_LABELS, type FigureRow, type VolunteerField } from '../../contract/volunteer-views';
import { dayOf } from '../../domain/volunteers/hours';
import { requireMember, type Handler } from '../../platform/routes';
import { checked } from '../../platform/database';
import { RECORDS, serialOf, type IssuedRecordDoc } from './record-check';
import { ACTIVITIES, MEMBERSHIPS, myActivityOf, SIGNUPS, type MembershipDoc, type SignupDoc } from './store';

/** Who issues the 志愿服务记录证明: the county bureau, named in the function's configuration. */
export const issuerName = (): string => process.env.VOLUNTEER_ISSUER ?? '中共酉水县委老干部局';

/** The most sign-ups one answer reads; a member with more sees the latest ones (years of weekly service). */
const MAX_ROWS = 500;

const myTeams = async (db: Parameters<Handler<'volunteers.mine'>>[0]['deps']['db'], memberId: string) => {
  const _ = db.command;
  const { data } = await db.collection(MEMBERSHIPS).where({ memberId, status: _.in(['pending', 'active']) }).limit(50).get();
  return data as MembershipDoc[];
};

/** 我的志愿: my teams, my upcoming activities, my past ones with hours, and my total. Three reads. */
export const mine: Handler<'volunteers.mine'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const $ = db.command.aggregate;
  const [teams, signups, totals] = await Promise.all([
    myTeams(db, member._id),
    db.collection(SIGNUPS).where({ memberId: member._id }).orderBy('activityEnd', 'desc').limit(100).get(),
    db.collection(SIGNUPS).aggregate().match({ memberId: member._id, minutes: db.command.gt(0) })
      .group({ _id: null, minutes: $.sum('$minutes'), n: $.sum(1) }).end(),
  ]);
  const rows = signups.data as SignupDoc[];
  const now = ctx.now.getTime();
  const upcoming = rows
    .filter((s) => new Date(s.activityEnd).getTime() > now && ['confirmed', 'pending', 'waiting'].includes(s.status))
    .reverse();
  const past = rows.filter((s) => new Date(s.activityEnd).getTime() <= now && s.status === 'confirmed');
  const total = (totals.data as Array<{ minutes: number; n: number }>)[0];
  return {
    teams: teams.map((m) => ({ id: m.teamId, name: m.teamName, kind: m.teamKind, status: m.status as 'pending' | 'active', isLeader: m.isLeader })),
    upcoming: upcoming.map((s) => myActivityOf(s, ctx.now)),
    past: past.slice(0, 30).map((s) => myActivityOf(s, ctx.now)),
    totalMinutes: total?.minutes ?? 0,
    servedCount: total?.n ?? 0,
  };
};

/**
 * 志愿服务记录证明: who (name, birth year, branch), which teams, each activity served (content, place,
 * date, time, hours), the total, the issuing body and the date of issue, with a serial to quote.
 */
export const serviceRecord: Handler<'volunteers.serviceRecord'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const [teams, served] = await Promise.all([
    myTeams(db, member._id),
    db.collection(SIGNUPS).where({ memberId: member._id, minutes: db.command.gt(0) }).orderBy('activityEnd', 'desc').limit(MAX_ROWS).get(),
  ]);
  const rows = (served.data as SignupDoc[]).map((s) => ({
    activityId: s.activityId,
    title: s.title,
    teamName: s.teamName,
    field: s.field,
    place: s.place,
    date: dayOf(new Date(s.activityStart)),
    startAt: new Date(s.activityStart).toISOString(),
    endAt: new Date(s.activityEnd).toISOString(),
    minutes: s.minutes ?? 0,
  }));
  const record = {
    volunteerName: member.name,
    birthYear: member.birthYear,
    branchName: member.branchName,
    teams: teams.filter((t) => t.status === 'active').map((t) => t.teamName),
    rows,
    totalMinutes: rows.reduce((sum, r) => sum + r.minutes, 0),
    issuer: issuerName(),
    issuedAt: dayOf(ctx.now),
    serial: serialOf(member._id, ctx.now),
  };
  // What was issued under this number, so staff can check it (volunteers.checkRecord). One document per
  // member and day, replaced by a later view that day: the number always names the latest figures of its day.
  const issued: Omit<IssuedRecordDoc, '_id'> = {
    memberId: member._id, volunteerName: record.volunteerName, birthYear: record.birthYear, branchName: record.branchName,
    teams: record.teams, count: rows.length, totalMinutes: record.totalMinutes, issuedAt: record.issuedAt, at: ctx.now,
  };
  checked(await db.collection(RECORDS).doc(record.serial).set(issued));
  return record;
};

export const monthStart = (month: string): Date => new Date(`${month}-01T00:00:00+08:00`);
export const nextMonth = (month: string): Date => {
  const [y, m] = month.split('-').map(Number);
  return monthStart(m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`);
};

interface Bucket { teamId: string; teamName: string; field: VolunteerField; month: string }
type Grouped = { _id: Bucket; n: number; minutes?: number };

const roll = (activities: Grouped[], served: Grouped[], keyOf: (b: Bucket) => [string, string]): FigureRow[] => {
  const rows = new Map<string, FigureRow>();
  const row = (b: Bucket) => {
    const [key, label] = keyOf(b);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { key, label, activities: 0, participants: 0, minutes: 0 }));
    return r;
  };
  for (const g of activities) row(g._id).activities += g.n;
  for (const g of served) {
    const r = row(g._id);
    r.participants += g.n;
    r.minutes += g.minutes ?? 0;
  }
  return [...rows.values()];
};

/**
 * Staff figures for a range of months: activities held (started before now), participants (person-times
 * with hours) and minutes, by team, field and month. Two aggregate reads, each starting from an index.
 */
export const figures: Handler<'volunteers.figures'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const _ = db.command;
  const $ = db.command.aggregate;
  const from = monthStart(input.from);
  const to = new Date(Math.min(nextMonth(input.to).getTime(), ctx.now.getTime()));
  const bucket = { teamId: '$teamId', teamName: '$teamName', field: '$field', month: '$month' };
  // Team × field × month can be well over the 20 rows an aggregate answers by default: page through all.
  const [a, s] = await Promise.all([
    allGroups<Grouped>((skip) => db.collection(ACTIVITIES).aggregate().match({ startAt: _.gte(from).and(_.lt(to)), cancelled: false })
      .group({ _id: bucket, n: $.sum(1) }).sort({ _id: 1 }).skip(skip).limit(AGGREGATE_PAGE)),
    allGroups<Grouped>((skip) => db.collection(SIGNUPS).aggregate().match({ activityStart: _.gte(from).and(_.lt(to)), minutes: _.gt(0) })
      .group({ _id: bucket, n: $.sum(1), minutes: $.sum('$minutes') }).sort({ _id: 1 }).skip(skip).limit(AGGREGATE_PAGE)),
  ]);
  const byTeam = roll(a, s, (b) => [b.teamId, b.teamName]).sort((x, y) => y.minutes - x.minutes || x.label.localeCompare(y.label));
  const byField = roll(a, s, (b) => [b.field, FIELD_LABELS[b.field]]).sort((x, y) => x.key.localeCompare(y.key));
  const byMonth = roll(a, s, (b) => [b.month, b.month]).sort((x, y) => x.key.localeCompare(y.key));
  const sum = (k: 'activities' | 'participants' | 'minutes') => byMonth.reduce((t, r) => t + r[k], 0);
  return { activities: sum('activities'), participants: sum('participants'), minutes: sum('minutes'), byTeam, byField, byMonth };
};
