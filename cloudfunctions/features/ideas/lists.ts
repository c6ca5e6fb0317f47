import { OPEN_STATES, type BoardItem, type CountyFigures } from '../../contract/ideas-model';
import type { Database } from '../../platform/database';
import type { Handler } from '../../platform/routes';
import { shanghaiDay } from '../../domain/ideas/deadlines';
import { IDEAS, toQueueRow, type IdeaDoc } from './idea-doc';
import { searchClause } from './search';
import { readYear, type Counts, type IdeaCount } from './tallies';

/**
 * The staff queue, oldest first. Each filter leads with an indexed field: state (or the open states),
 * category, department, held, or overdue (dueAt before now in an open state, whether or not the jobs
 * function has flagged it yet). 查找 (`q`) narrows any of these (search.ts). One extra row tells whether
 * another page exists.
 */
export const queue: Handler<'ideas.queue'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const _ = db.command;
  const filter: Record<string, unknown> = {};
  if (input.state === 'open' || input.overdue) filter.state = _.in([...OPEN_STATES]);
  else if (input.state !== 'all') filter.state = input.state;
  if (input.category) filter.category = input.category;
  if (input.department) filter.department = input.department;
  if (input.held) filter.held = true;
  if (input.overdue) filter.dueAt = _.lt(ctx.now);
  if (Object.keys(filter).length === 0) filter.createdAt = _.gte(new Date(0)); // 'all': walk the time index
  const query = input.q ? _.and([filter, searchClause(db, input.q)]) : filter;

  const { data } = await db
    .collection(IDEAS)
    .where(query)
    .orderBy('createdAt', 'asc')
    .skip((input.page - 1) * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  const rows = data as IdeaDoc[];
  return {
    items: rows.slice(0, input.pageSize).map((d) => toQueueRow(d, ctx.now)),
    page: input.page,
    pageSize: input.pageSize,
    hasMore: rows.length > input.pageSize,
  };
};

const pct = (part: number, whole: number): number | null => (whole > 0 ? Math.round((part * 100) / whole) : null);

/**
 * The county's figures for the current year: received (not withdrawn), accepted, resolved, problems solved
 * (采纳 or 部分采纳), adoption rate among resolved, satisfaction (满意 + 基本满意) among rated. Read from the
 * running tallies (tallies.ts); a year with ideas but no tally yet (data from before the tallies, until
 * rebuildIdeaTallies has run) is answered by one aggregate over that year's ideas, slower but the same.
 */
export const figures = async (db: Database, now: Date): Promise<CountyFigures> => {
  const year = Number(shanghaiDay(now).slice(0, 4));
  const c = (await readYear(db, year)) ?? (await aggregateYear(db, year));
  return {
    year,
    received: c.received,
    accepted: c.accepted,
    resolved: c.resolved,
    solved: c.solved,
    adoptionRate: pct(c.solved, c.resolved),
    satisfactionRate: pct(c.pleased, c.rated),
  };
};

/** The same counts from the ideas themselves: one aggregate over the year (served by the createdAt index). */
const aggregateYear = async (db: Database, year: number): Promise<Counts> => {
  const from = new Date(`${year}-01-01T00:00:00+08:00`);
  const to = new Date(`${year + 1}-01-01T00:00:00+08:00`);
  const _ = db.command;
  const $ = _.aggregate;
  // "has a value": $ifNull/$eq behave the same in MongoDB and mingo (a Date > null comparison does not).
  const has = (field: string) => $.neq([$.ifNull([field, null]), null]);
  const res = await db
    .collection(IDEAS)
    .aggregate()
    .match({ createdAt: _.gte(from).and(_.lt(to)), state: _.neq('withdrawn') })
    .group({
      _id: null,
      received: $.sum(1),
      accepted: $.sum($.cond({ if: has('$acceptedAt'), then: 1, else: 0 })),
      resolved: $.sum($.cond({ if: has('$resolvedAt'), then: 1, else: 0 })),
      solved: $.sum($.cond({ if: $.and([has('$resolvedAt'), $.in(['$outcome', ['adopted', 'partly_adopted']])]), then: 1, else: 0 })),
      rated: $.sum($.cond({ if: has('$rating'), then: 1, else: 0 })),
      pleased: $.sum($.cond({ if: $.in(['$rating', ['satisfied', 'basically_satisfied']]), then: 1, else: 0 })),
    })
    .end();
  const row = ((res as { data?: Array<Record<string, number>> }).data ?? [])[0] ?? {};
  const n = (k: IdeaCount) => Number(row[k] ?? 0);
  return { received: n('received'), accepted: n('accepted'), resolved: n('resolved'), solved: n('solved'), rated: n('rated'), pleased: n('pleased') };
};

export const board: Handler<'ideas.board'> = async (ctx, input) => {
  const { db } = ctx.deps;
  // The page and the year's figures are independent: asked together, one round trip.
  const [{ data }, countyFigures] = await Promise.all([
    db.collection(IDEAS).where({ published: true }).orderBy('publishedAt', 'desc').skip((input.page - 1) * input.pageSize).limit(input.pageSize + 1).get(),
    figures(db, ctx.now),
  ]);
  const rows = data as IdeaDoc[];
  const items: BoardItem[] = rows.slice(0, input.pageSize).map((d) => ({
    id: d._id,
    category: d.category,
    title: d.title,
    suggestion: d.board?.suggestion ?? '',
    done: d.board?.done ?? '',
    outcome: d.outcome ?? 'adopted',
    department: d.department ?? '',
    beforePhotos: d.board?.beforePhotos ?? [],
    afterPhotos: d.board?.afterPhotos ?? [],
    publishedAt: new Date(d.publishedAt ?? d.updatedAt).toISOString(),
  }));
  // Published photos are shown through temporary URLs (one storage call for the page).
  const ids = items.flatMap((i) => [...i.beforePhotos, ...i.afterPhotos]);
  const urls = ids.length ? await ctx.deps.files.tempUrls(ids, 2 * 3600) : {};
  const withUrls = items.map((i) => {
    const own = Object.fromEntries([...i.beforePhotos, ...i.afterPhotos].flatMap((id) => (urls[id] ? [[id, urls[id]]] : [])));
    return Object.keys(own).length ? { ...i, photoUrls: own } : i;
  });
  return { items: withUrls, page: input.page, pageSize: input.pageSize, hasMore: rows.length > input.pageSize, figures: countyFigures };
};
