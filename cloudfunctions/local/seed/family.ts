import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { checked, type Database } from '../../platform/database';
import type { FamilyActDoc } from '../../platform/helper-acts';
import type { FamilyLinkDoc } from '../../platform/helper-caller';

/** The demo family helper: 孙玉珍's daughter, not a registered member (any WeChat user may help). */
export const DEMO_HELPER = { openid: 'demo-family-1', name: '王芳', elder: 'demo-member-20' } as const;

const HOUR = 3_600_000;

/**
 * 家人帮办 in the demo county: 王芳 helps her mother 孙玉珍 (confirmed on the mother's phone a week ago) and
 * has signed her up for an activity and sent a 求助 wording, so 孙玉珍's 家人代办记录 is not empty.
 */
export const seedFamily = async (db: Database, now: Date): Promise<void> => {
  const { data } = await db.collection(COLLECTIONS.members).where({ openid: DEMO_HELPER.elder }).limit(1).get();
  const elder = data[0] as MemberDoc | undefined;
  if (!elder) return;
  const askedAt = new Date(now.getTime() - 7 * 24 * HOUR);
  const link: FamilyLinkDoc = {
    _id: 'fl-demo-family-1',
    memberId: elder._id,
    memberName: elder.name,
    branchId: elder.branchId,
    branchName: elder.branchName,
    helperOpenid: DEMO_HELPER.openid,
    helperName: DEMO_HELPER.name,
    relation: 'daughter',
    status: 'active',
    liveKey: `${elder._id}:${DEMO_HELPER.openid}`,
    code: '000000',
    askedAt,
    confirmedAt: new Date(askedAt.getTime() + HOUR),
    consent: { by: 'member' },
    updatedAt: askedAt,
  };
  const { _id, ...rest } = link;
  checked(await db.collection(COLLECTIONS.familyLinks).doc(_id).set(rest));
  const acts: Array<Omit<FamilyActDoc, '_id' | 'memberId' | 'linkId' | 'helperName' | 'relation'> & { _id: string }> = [
    { _id: 'fa-demo-1', kind: 'sessionSignup', action: 'sessions.signUp', title: '学习贯彻党的二十届四中全会精神', targetId: '', requestId: 'seed-family-act-1', at: new Date(now.getTime() - 3 * 24 * HOUR) },
    { _id: 'fa-demo-2', kind: 'idea', action: 'ideas.submit', title: '小区门口加装扶手', targetId: '', requestId: 'seed-family-act-2', at: new Date(now.getTime() - 26 * HOUR) },
  ];
  for (const { _id: id, ...act } of acts) {
    checked(await db.collection(COLLECTIONS.familyActs).doc(id).set({ ...act, memberId: elder._id, linkId: link._id, helperName: link.helperName, relation: link.relation }));
  }
};
