import { COLLECTIONS } from '../../contract/collections';
import { CATEGORY_LABELS, LESSON_CATEGORIES, STUDY_KIND_LABELS, STUDY_KINDS } from '../../contract/lesson-model';
import type { StudyStatsView } from '../../contract/session-model';
import { AppError } from '../../platform/app-error';
import { requireMember, type Handler } from '../../platform/routes';
import { fromTallies } from './stats-tallies';
import { holds, STAFF } from '../../contract/roles';

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
 * 院坝小讲堂, a 送学上门 visit — is one 人次. Answered from the rollups (stats-tallies.ts): at most
 * months × branches tally docs and one count of learners, never a scan of the records. Secretaries see
 * their own branch only; staff the county or one branch.
 */
export const stats: Handler<'lessons.stats'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const months = monthsBetween(input.from, input.to);
  if (months.length > 36) throw new AppError('VALIDATION_FAILED', { to: '一次最多查36个月' });
  let branchId = input.branchId;
  if (!holds(ctx.caller.roles, STAFF)) {
    if (!member.secretaryOf || (branchId && branchId !== member.secretaryOf)) throw new AppError('FORBIDDEN');
    branchId = member.secretaryOf;
  }
  const { db } = ctx.deps;
  const _ = db.command;
  const { total, people, byKind, byCategory, byBranch, byMonth } = await fromTallies(db, input.from, input.to, months, branchId);

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
    total,
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
