import { COLLECTIONS } from '../../contract/collections';
import { pageWindow, toPage } from '../../platform/paging';
import { checked, readDoc } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { TALENTS, type TalentDoc } from './docs';
import { toTalentView } from './views';

/** The talent pool (银发人才库): one entry per member, keyed by their member id. */
export const setSkills: Handler<'volunteers.setSkills'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const doc: Omit<TalentDoc, '_id'> = {
    memberId: member._id,
    name: member.name,
    branchName: member.branchName,
    skills: [...new Set(input.skills)],
    ...(input.note ? { note: input.note } : {}),
    updatedAt: ctx.now,
  };
  // set() replaces the whole entry (a cleared note disappears); the id is the member's, so one entry each.
  checked(await ctx.deps.db.collection(TALENTS).doc(member._id).set(doc));
  return toTalentView({ ...doc, _id: member._id });
};

export const mySkills: Handler<'volunteers.mySkills'> = async (ctx) => {
  const { member } = requireMember(ctx.caller);
  const doc = await readDoc<TalentDoc>(ctx.deps.db, TALENTS, member._id);
  return doc ? toTalentView(doc) : null;
};

/** Staff search by skill, with each person's phone on file (one more read, for the page's people only). */
export const searchTalent: Handler<'volunteers.searchTalent'> = async (ctx, input) => {
  const { db } = ctx.deps;
  const { skip, limit } = pageWindow(input);
  const { data } = await db.collection(TALENTS).where({ skills: input.skill }).orderBy('name', 'asc').skip(skip).limit(limit).get();
  const talents = data as TalentDoc[];
  const ids = talents.map((t) => t.memberId);
  const phones = new Map<string, string>();
  if (ids.length) {
    const people = await db.collection(COLLECTIONS.members).where({ _id: db.command.in(ids) }).field({ phone: true }).limit(ids.length).get();
    for (const m of people.data as Array<{ _id: string; phone?: string }>) if (m.phone) phones.set(m._id, m.phone);
  }
  return toPage(talents, input, (t) => {
    const phone = phones.get(t.memberId);
    return { ...toTalentView(t), ...(phone ? { phone } : {}) };
  });
};
