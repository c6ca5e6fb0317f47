import type { ActionName } from '../../cloudfunctions/contract/registry';
import { idOf } from './lookups';
import { dataOf, type TestCloud } from './test-cloud';
import { MEMBER, SECRETARY, shanghaiDay, uniq } from './example-fixtures';
import { newMember } from './example-state';
import { askToHelp, makeLink } from './family';

type Prepared = { caller: string; input: unknown };
interface Example { prepare(cloud: TestCloud, i: number): Promise<Prepared> }
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): Example => ({ prepare: async () => as(caller, input) });

/** A new member of the bureau branch (the examples' secretary's) with a helper asking, or helping. */
const linked = async (cloud: TestCloud, i: number, state: 'pending' | 'active') => {
  const member = await newMember(cloud, i);
  const linkId = state === 'pending' ? await askToHelp(cloud, member.openid, `example-helper-${uniq(i)}`) : await makeLink(cloud, member.openid, `example-helper-${uniq(i)}`);
  return { ...member, linkId };
};

/** 家人帮办's actions, one successful call each (merged into action-examples.ts's table). */
export const FAMILY_EXAMPLES: Record<Extract<ActionName, `family.${string}`>, Example> = {
  'family.invite': simple(MEMBER),
  // Two members of the secretary's branch in turn, so a second prepare is another payload.
  'family.inviteFor': { prepare: async (cloud, i) => as(SECRETARY, { memberId: await idOf(cloud, i % 2 ? 'demo-member-2' : MEMBER) }) },
  'family.redeem': {
    prepare: async (cloud, i) => {
      const member = await newMember(cloud, i);
      const { code } = dataOf(await cloud.call(member.openid, 'family.invite', {}));
      return as(`example-helper-${uniq(i)}`, { code, name: '王芳', relation: 'daughter' });
    },
  },
  'family.mine': simple(MEMBER),
  'family.confirm': { prepare: async (cloud, i) => { const l = await linked(cloud, i, 'pending'); return as(l.openid, { linkId: l.linkId, accept: true }); } },
  'family.recordConsent': { prepare: async (cloud, i) => as(SECRETARY, { linkId: (await linked(cloud, i, 'pending')).linkId, spokenOn: shanghaiDay(cloud.clock.now()) }) },
  'family.end': { prepare: async (cloud, i) => { const l = await linked(cloud, i, 'active'); return as(l.openid, { linkId: l.linkId }); } },
  'family.branchLinks': simple(SECRETARY),
  'family.helping': simple(MEMBER),
  'family.acts': simple(MEMBER, { page: 1 }),
};
