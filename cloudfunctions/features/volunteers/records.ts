import { dayOf } from '../../domain/volunteers/hours';
import { requireMember, type Handler } from '../../platform/routes';
import { checked } from '../../platform/database';
import { RECORDS, serialOf, type IssuedRecordDoc } from './record-check';
import { MEMBERSHIPS, SIGNUPS, type MembershipDoc, type SignupDoc } from './docs';
import { myActivityOf } from './views';

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
