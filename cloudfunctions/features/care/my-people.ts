import { COLLECTIONS } from '../../contract/collections';
import { PROBLEM_STATE_LABELS, type MyPersonView } from '../../contract/care-model';
import type { MemberDoc } from '../../platform/caller';
import { requireMember, type Handler } from '../../platform/routes';
import { LEDGERS, PROBLEMS, VISITS, toVisitView, type LedgerDoc, type ProblemDoc, type VisitDoc } from './store';
import { iso } from '../../platform/database';

/** A contact looks after a handful of people; a bureau contact perhaps a few dozen. */
const MAX_PEOPLE = 100;
const AS = ['bureau', 'branch', 'helper'] as const;

/**
 * 我联系的老同志: "1+1+1" means each named contact sees their people's care tasks. The ledgers naming the
 * caller (three indexed looks, one per role), then those people, their due visits and open problems
 * together. What a contact needs to help — phone, address, emergency contact — and never health notes
 * or money.
 */
export const myPeople: Handler<'care.myPeople'> = async (ctx) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const _ = db.command;
  const found = await Promise.all(AS.map((as) => db.collection(LEDGERS).where({ [`${as}.memberId`]: me._id }).limit(MAX_PEOPLE).get()));
  const roleOf = new Map<string, (typeof AS)[number]>();
  found.forEach((r, k) => (r.data as LedgerDoc[]).forEach((l) => roleOf.has(l._id) || roleOf.set(l._id, AS[k])));
  const ids = [...roleOf.keys()].slice(0, MAX_PEOPLE);
  if (ids.length === 0) return { people: [] };
  const [members, due, open] = await Promise.all([
    db.collection(COLLECTIONS.members).where({ _id: _.in(ids) }).limit(ids.length).get(),
    db.collection(VISITS).where({ memberId: _.in(ids), status: 'due' }).limit(1000).get(),
    db.collection(PROBLEMS).where({ memberId: _.in(ids), solved: false }).limit(1000).get(),
  ]);
  const people: MyPersonView[] = (members.data as MemberDoc[]).map((m) => ({
    memberId: m._id,
    name: m.name,
    branchName: m.branchName,
    as: roleOf.get(m._id) ?? 'helper',
    ...(m.phone ? { phone: m.phone } : {}),
    ...(m.address ? { address: `${m.address}${m.landmark ? `（${m.landmark}）` : ''}` } : {}),
    emergencyContact: m.emergencyContact,
    due: (due.data as VisitDoc[]).filter((v) => v.memberId === m._id).sort((a, b) => a.dueBy.localeCompare(b.dueBy)).map((v) => toVisitView(v, ctx.now)),
    openProblems: (open.data as ProblemDoc[]).filter((p) => p.memberId === m._id).map((p) => ({ id: p._id, text: p.text, stateLabel: PROBLEM_STATE_LABELS[p.state], createdAt: iso(p.createdAt) })),
  }));
  // Those with something due first, soonest deadline first; then by name.
  const next = (p: MyPersonView) => p.due[0]?.dueBy ?? '9999';
  return { people: people.sort((a, b) => next(a).localeCompare(next(b)) || a.name.localeCompare(b.name, 'zh')) };
};
