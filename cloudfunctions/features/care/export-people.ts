import { LIVING_SITUATION_LABELS, MOBILITY_LABELS } from '../../contract/member-model';
import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import type { Database } from '../../platform/database';
import type { Cell } from '../../platform/xlsx';
import { inBranch, readAll } from './export-read';
import { LEDGERS, PROBLEMS, VISITS, type LedgerDoc, type ProblemDoc, type VisitDoc } from './store';
import { holds, STAFF } from '../../contract/roles';

const who = (c?: { name: string; phone?: string }) => (c ? `${c.name}${c.phone ? ` ${c.phone}` : ''}` : '');

/**
 * 服务台账: one row per retiree of the county (or a branch) — who they are, how they live, the 1+1+1
 * contacts, and the year's care in numbers (visits, the last one, problems still open). Health and
 * living notes stay out: they are read in the app, where every read is logged.
 */
export const peopleSheet = async (db: Database, year: number, branchId: string | undefined): Promise<{ columns: Array<[string, number]>; rows: Cell[][] }> => {
  const _ = db.command;
  const [members, ledgers, visits, open] = await Promise.all([
    branchId
      ? readAll<MemberDoc>(db, COLLECTIONS.members, { branchId }, 'name')
      : readAll<MemberDoc>(db, COLLECTIONS.members, { _id: _.gt('') }, '_id'),
    readAll<LedgerDoc>(db, LEDGERS, branchId ? { branchId } : { _id: _.gt('') }, '_id'),
    readAll<VisitDoc>(db, VISITS, inBranch({ status: 'done', visitedOn: _.gte(`${year}-01-01`).and(_.lte(`${year}-12-31`)) }, branchId), 'visitedOn'),
    readAll<ProblemDoc>(db, PROBLEMS, inBranch({ solved: false }, branchId), 'updatedAt'),
  ]);
  const ledgerOf = new Map(ledgers.map((l) => [l._id, l]));
  const visitsOf = new Map<string, VisitDoc[]>();
  for (const v of visits) visitsOf.set(v.memberId, [...(visitsOf.get(v.memberId) ?? []), v]);
  const openOf = new Map<string, number>();
  for (const p of open) openOf.set(p.memberId, (openOf.get(p.memberId) ?? 0) + 1);
  const people = members
    .filter((m) => !holds(m.roles, STAFF))
    .sort((a, b) => a.branchName.localeCompare(b.branchName, 'zh') || a.name.localeCompare(b.name, 'zh'));
  return {
    columns: [
      ['序号', 6], ['姓名', 10], ['出生年份', 8], ['所在支部', 26], ['联系电话', 14], ['家庭住址', 30], ['居住情况', 10], ['行动情况', 12],
      ['紧急联系人', 22], ['局机关联系人', 18], ['支部联系人', 18], ['志愿者或家属联系人', 22], ['入党年份', 8], [`${year}年走访次数`, 10], ['最近一次走访', 12], ['未解决问题', 10],
    ],
    rows: people.map((m, i) => {
      const l = ledgerOf.get(m._id);
      const seen = visitsOf.get(m._id) ?? [];
      const e = m.emergencyContact;
      return [
        i + 1, m.name, m.birthYear, m.branchName, m.phone ?? '', m.address ? `${m.address}${m.landmark ? `（${m.landmark}）` : ''}` : '',
        LIVING_SITUATION_LABELS[m.livingSituation], MOBILITY_LABELS[m.mobility], e ? `${e.relation}${e.name} ${e.phone}` : '',
        who(l?.bureau), who(l?.branch), l?.helper ? `${l.helper.relation}${l.helper.name} ${l.helper.phone}` : '', l?.partyJoinYear ?? '',
        seen.length, seen[seen.length - 1]?.visitedOn ?? '', openOf.get(m._id) ?? 0,
      ];
    }),
  };
};
