import { FIELD_LABELS } from '../../contract/volunteer-model';
import { formatHours } from '../../domain/volunteers/hours';
import type { Handler } from '../../platform/routes';
import { writeXlsx, type Cell } from '../../platform/xlsx';
import { monthStart, nextMonth } from './records';
import { SIGNUPS, type SignupDoc } from './docs';

const BATCH = 1000;
/** A county's year of service fits easily; beyond this the export asks for a shorter range via `rows`. */
const MAX_ROWS = 20_000;

const COLUMNS: Array<[string, number]> = [
  ['序号', 6], ['姓名', 10], ['所在党支部', 26], ['服务队', 28], ['服务领域', 10], ['活动', 26], ['地点', 22],
  ['开始时间', 18], ['结束时间', 18], ['签到', 18], ['签退', 18], ['服务时长（小时）', 14], ['时长更正原因', 24],
];

const row = (i: number, s: SignupDoc): Cell[] => [
  i + 1, s.memberName, s.branchName, s.teamName, FIELD_LABELS[s.field], s.title, s.place,
  new Date(s.activityStart), new Date(s.activityEnd), s.checkInAt ? new Date(s.checkInAt) : null, s.checkOutAt ? new Date(s.checkOutAt) : null,
  Number(formatHours(s.minutes ?? 0)), s.corrected ? s.correctionReason ?? '' : '',
];

/** 服务时长台账: every service with recorded hours whose activity started in the months given. */
export const exportLedger: Handler<'volunteers.exportLedger'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const _ = db.command;
  const from = monthStart(input.from);
  const to = nextMonth(input.to);
  const docs: SignupDoc[] = [];
  for (let skip = 0; skip < MAX_ROWS; skip += BATCH) {
    const { data } = await db
      .collection(SIGNUPS)
      .where({ activityStart: _.gte(from).and(_.lt(to)), minutes: _.gt(0) })
      .orderBy('activityStart', 'asc')
      .skip(skip)
      .limit(BATCH)
      .get();
    docs.push(...(data as SignupDoc[]));
    if (data.length < BATCH) break;
  }
  const bytes = writeXlsx([
    { name: '服务时长台账', columns: COLUMNS.map(([header, width]) => ({ header, width })), rows: docs.map((d, i) => row(i, d)) },
  ]);
  const fileId = await ctx.deps.files.put(`ledgers/volunteers/hours-${input.from}-${input.to}-${ctx.requestId}.xlsx`, bytes);
  const url = (await ctx.deps.files.tempUrls([fileId], 3600))[fileId] ?? '';
  return { fileId, url, rows: docs.length, fileName: `志愿服务时长台账_${input.from}至${input.to}.xlsx` };
};
