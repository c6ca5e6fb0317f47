import { COLLECTIONS } from '../../contract/collections';
import { CATEGORY_LABELS, LESSON_CATEGORIES, STUDY_KIND_LABELS, STUDY_KINDS, type LessonCategory, type StudyKind } from '../../contract/lesson-model';
import type { StudyStatsView } from '../../contract/session-model';
import { AppError } from '../../platform/app-error';
import { requireMember, type Handler } from '../../platform/routes';

interface Bucket {
  _id: { kind: StudyKind; category: LessonCategory | null; branchId: string; month: string };
  count: number;
}

/** Months from..to inclusive, "YYYY-MM"; at most 36 (three years on one page). */
const monthsBetween = (from: string, to: string): string[] => {
  const out: string[] = [];
  let [y, m] = from.split('-').map(Number);
  while (out.length < 37) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(key);
    if (key >= to) break;
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
};

/**
 * 人次 (person-times) of study for a range of months: every study record — online 学完了, an attended
 * 院坝小讲堂, a 送学上门 visit — is one 人次. One aggregate whose first stage matches on the indexed
 * `month` (and `branchId`), grouped by kind, category, branch and month; the breakdowns are sums of
 * those buckets. A second aggregate counts the different members behind them. Secretaries see their
 * own branch only; staff the county or one branch.
 */
export const stats: Handler<'lessons.stats'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const months = monthsBetween(input.from, input.to);
  if (months.length > 36) throw new AppError('VALIDATION_FAILED', { to: '一次最多查36个月' });
  let branchId = input.branchId;
  if (!ctx.caller.roles.has('staff')) {
    if (!member.secretaryOf || (branchId && branchId !== member.secretaryOf)) throw new AppError('FORBIDDEN');
    branchId = member.secretaryOf;
  }
  const { db } = ctx.deps;
  const _ = db.command;
  const $ = _.aggregate;
  const match: Record<string, unknown> = { month: _.gte(input.from).and(_.lte(input.to)) };
  if (branchId) match.branchId = branchId;

  const [bucketsRes, peopleRes] = await Promise.all([
    db
      .collection(COLLECTIONS.studyRecords)
      .aggregate()
      .match(match)
      .group({
        _id: { kind: '$kind', category: $.ifNull(['$category', null]), branchId: '$branchId', month: '$month' },
        count: $.sum(1),
      })
      .limit(5000)
      .end(),
    db.collection(COLLECTIONS.studyRecords).aggregate().match(match).group({ _id: '$memberId' }).group({ _id: null, people: $.sum(1) }).end(),
  ]);
  const buckets = ((bucketsRes as { data?: Bucket[] }).data ?? []) as Bucket[];
  const people = (((peopleRes as { data?: Array<{ people: number }> }).data ?? [])[0]?.people ?? 0) as number;

  const sum = <K extends string>(keyOf: (b: Bucket) => K) => {
    const m = new Map<K, number>();
    for (const b of buckets) m.set(keyOf(b), (m.get(keyOf(b)) ?? 0) + b.count);
    return m;
  };
  const byKind = sum((b) => b._id.kind);
  const byCategory = sum((b) => b._id.category ?? 'none');
  const byBranch = sum((b) => b._id.branchId);
  const byMonth = sum((b) => b._id.month);

  const branchIds = [...byBranch.keys()];
  const names = new Map<string, string>();
  if (branchIds.length) {
    const { data } = await db.collection(COLLECTIONS.branches).where({ _id: _.in(branchIds) }).limit(branchIds.length).get();
    for (const b of data as Array<{ _id: string; name: string; order: number }>) names.set(b._id, b.name);
  }

  const result: StudyStatsView = {
    from: input.from,
    to: input.to,
    ...(branchId ? { branchId } : {}),
    total: buckets.reduce((n, b) => n + b.count, 0),
    people,
    byKind: STUDY_KINDS.map((k) => ({ key: k, label: STUDY_KIND_LABELS[k], count: byKind.get(k) ?? 0 })),
    byCategory: [
      ...LESSON_CATEGORIES.map((c) => ({ key: c, label: CATEGORY_LABELS[c], count: byCategory.get(c) ?? 0 })),
      ...(byCategory.get('none') ? [{ key: 'none' as const, label: '未关联课程', count: byCategory.get('none') ?? 0 }] : []),
    ],
    byBranch: branchIds
      .map((id) => ({ key: id, label: names.get(id) ?? '（已撤销的支部）', count: byBranch.get(id) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    byMonth: months.map((mo) => ({ key: mo, label: `${Number(mo.slice(0, 4))}年${Number(mo.slice(5))}月`, count: byMonth.get(mo) ?? 0 })),
  };
  return result;
};
