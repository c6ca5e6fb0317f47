import { randomUUID } from 'node:crypto';
import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { dataOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { askToHelp } from '../../support/family';

/**
 * 家人帮办 under concurrency, through the test cloud's real transactions and fail-fast locks: a code used
 * by hundreds at once links once; two confirmations make one live link; a confirmation racing an end
 * never leaves an ended link live.
 */
describe('family links under concurrency', () => {
  let cloud: TestCloud;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
  });
  afterAll(() => cloud.close());

  const links = async (memberOpenid: string) => {
    const member = ((await cloud.db.collection(COLLECTIONS.members).where({ openid: memberOpenid }).limit(1).get()).data[0] as { _id: string })._id;
    return ((await cloud.snapshot())[COLLECTIONS.familyLinks] as Array<{ memberId: string; status: string }>).filter((l) => l.memberId === member);
  };

  it('200 helpers redeem one code at once: exactly one link, everyone else told the code is used', async () => {
    const { code } = dataOf(await cloud.call('demo-member-14', 'family.invite', {}));
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => cloud.call(`wx-crowd-${i}`, 'family.redeem', { code, name: `家人${i}`, relation: 'relative' })));
    const codes = answers.map((a) => (a.ok ? 'ok' : a.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
    expect(new Set(codes.filter((c) => c !== 'ok'))).toEqual(new Set(['FAMILY_CODE_INVALID']));
    expect(await links('demo-member-14')).toHaveLength(1);
  });

  it('one helper sending the same code twice at once (two taps, two requests) links once', async () => {
    const { code } = dataOf(await cloud.call('demo-member-15', 'family.invite', {}));
    const input = { code, name: '向红', relation: 'daughter' };
    const answers = await Promise.all([cloud.call('wx-twice', 'family.redeem', input, randomUUID()), cloud.call('wx-twice', 'family.redeem', input, randomUUID())]);
    // The loser may find its own link made by the winner (the same answer) or the code gone: never a second link.
    expect(answers.filter((a) => a.ok).length).toBeGreaterThanOrEqual(1);
    expect(await links('demo-member-15')).toHaveLength(1);
  });

  it('two confirmations at once make one live link; confirm racing end never leaves an ended link live', async () => {
    const first = await askToHelp(cloud, 'demo-member-16', 'wx-race-a');
    const both = await Promise.all([
      cloud.call('demo-member-16', 'family.confirm', { linkId: first, accept: true }),
      cloud.call('demo-member-16', 'family.confirm', { linkId: first, accept: true }),
    ]);
    expect(both.map((a) => a.ok && a.data.status)).toEqual(['active', 'active']);
    expect((await links('demo-member-16')).map((l) => l.status)).toEqual(['active']);

    for (let round = 0; round < 15; round += 1) {
      cloud.clock.advance(61_000); // clear of the member's ten codes a minute
      const helper = `wx-race-${round}`;
      const linkId = await askToHelp(cloud, 'demo-member-17', helper);
      const [confirmed, ended] = await Promise.all([
        cloud.call('demo-member-17', 'family.confirm', { linkId, accept: true }),
        cloud.call('demo-secretary-xingfu', 'family.end', { linkId }),
      ]);
      expect({ round, ended: ended.ok ? 'ok' : ended.error.code }).toEqual({ round, ended: 'ok' });
      const stored = ((await cloud.db.collection(COLLECTIONS.familyLinks).doc(linkId).get()).data[0] as { status: string }).status;
      expect({ round, stored }).toEqual({ round, stored: 'ended' });
      // Whichever came first, the helper is refused now.
      const after = await cloud.callFor(helper, linkId, 'members.today', {});
      expect({ round, confirmed: confirmed.ok ? 'ok' : confirmed.error.code, after: after.ok ? 'ok' : after.error.code }).toEqual({
        round,
        confirmed: expect.stringMatching(/^(ok|INVALID_STATE)$/),
        after: 'HELPER_LINK_ENDED',
      });
    }
  });
});
