import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import { DESK_ROLES } from '../../cloudfunctions/contract/roles';
import type { ErrorCode } from '../../cloudfunctions/contract/errors';
import { ACTIONS, actionNames, type ActionName } from '../../cloudfunctions/contract/registry';
import type { MemberDoc } from '../../cloudfunctions/platform/caller';
import { deskUid } from '../../cloudfunctions/platform/desk-uid';
import { ANONYMOUS_WEB_ACTIONS } from '../../cloudfunctions/platform/identity';
import { EXAMPLES } from '../support/action-examples';
import { accessOutcome, kindOf, openidOf, type CallerKind } from '../support/callers';
import { startTestCloud, type TestCloud } from '../support/test-cloud';
import { anonymousDesk, webCall } from '../support/web-callers';
import { SCOPED } from './role-scopes';

type Outcome = ErrorCode | 'ok';

/**
 * Desk callers: the back-office people at a desk, the desks of people with no desk role (a plain member, a
 * team leader: no such login should work), an anonymous browser.
 */
const DESK_KINDS = ['member', 'otherLeader', 'leader', 'otherSecretary', 'secretary', 'staff', 'admin'] as const satisfies readonly CallerKind[];
type DeskKind = (typeof DESK_KINDS)[number] | 'anonymous';
const HAS_DESK_ROLE = new Set<DeskKind>(['otherSecretary', 'secretary', 'staff', 'admin']);

/**
 * A desk acts exactly as its member does on the phone — the same answer for every action, by the role
 * matrix's own expectations — while a member without a desk role is refused whatever the action, and an
 * anonymous browser may only get signed in. Refusals leave the database as it was.
 */
const expected = (action: ActionName, kind: DeskKind, exampleKind: CallerKind): Outcome => {
  if (kind === 'anonymous') {
    if (!ANONYMOUS_WEB_ACTIONS.has(action)) return 'UNAUTHENTICATED';
    return action === 'desk.requestCode' ? 'ok' : 'DESK_CODE_NOT_FOUND';
  }
  if (!HAS_DESK_ROLE.has(kind)) return 'DESK_FORBIDDEN';
  const access = accessOutcome(action, kind);
  if (access !== 'pass') return access;
  if (kind === exampleKind) return 'ok';
  return SCOPED[action]?.[kind] ?? 'ok';
};

describe('desk matrix: every action × every kind of desk caller', () => {
  let cloud: TestCloud;
  let web: ReturnType<typeof webCall>;
  const figures = { cells: 0, denials: 0 };
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    web = webCall(cloud);
  });
  afterAll(async () => {
    console.log(`desk matrix: ${figures.cells} cells over ${actionNames.length} actions, ${figures.denials} denials (database unchanged)`);
    await cloud.close();
  });

  /** The custom uid a desk of `openid` signed in with, at the member's current desk epoch. */
  const deskOf = async (openid: string) => {
    const member = (await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as MemberDoc;
    return { uuid: `desk-${member._id}`, customUserId: deskUid({ memberId: member._id, epoch: member.deskEpoch ?? 0 }) };
  };

  it.each(actionNames)('%s', async (action) => {
    const prepare = async () => {
      cloud.clock.advance(61_000);
      return EXAMPLES[action].prepare(cloud, 5000 + figures.cells);
    };
    let prepared = await prepare();
    const exampleKind = kindOf(prepared.caller);
    const kinds: DeskKind[] = ['anonymous', ...DESK_KINDS.filter((k) => k !== exampleKind), ...DESK_KINDS.filter((k) => k === exampleKind)];
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const kind of kinds) {
      const want = expected(action, kind, exampleKind);
      const caller = kind === 'anonymous' ? anonymousDesk() : await deskOf(kind === exampleKind && HAS_DESK_ROLE.has(kind) ? prepared.caller : (openidOf(kind) as string));
      const before = await cloud.snapshot();
      const res = await web(caller, action, prepared.input);
      figures.cells += 1;
      const got: Outcome = res.ok ? 'ok' : res.error.code;
      seen.push(`${kind}:${got}`);
      wanted.push(`${kind}:${want}`);
      if (got === 'ok') {
        if (ACTIONS[action].write) prepared = await prepare();
        continue;
      }
      figures.denials += 1;
      expect({ action, kind, unchanged: JSON.stringify(await cloud.snapshot()) === JSON.stringify(before) }).toEqual({ action, kind, unchanged: true });
    }
    expect(seen).toEqual(wanted);
  });
});

/**
 * A role revoked on the phone ends a desk's rights on its very next call: for every action an example runs
 * as a back-office person, that person's signed-in desk is refused once their desk roles are gone (the
 * member record is what the pipeline reads on each call), changes nothing, and works again when the roles
 * come back. A desk keeps no rights of its own.
 */
describe('desk matrix: a desk whose roles were revoked, for every back-office action', () => {
  let cloud: TestCloud;
  let web: ReturnType<typeof webCall>;
  let cells = 0;
  const revoked = new Set<string>();
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    web = webCall(cloud);
  });
  afterAll(async () => {
    console.log(`desk matrix, revoked: ${cells} back-office actions refused after the revoke`);
    await cloud.close();
  });

  const members = () => cloud.db.collection(COLLECTIONS.members);
  const memberOf = async (openid: string) => (await members().where({ openid }).limit(1).get()).data[0] as MemberDoc;

  it.each(actionNames.filter((a) => !ANONYMOUS_WEB_ACTIONS.has(a)))('%s', async (action) => {
    cloud.clock.advance(61_000);
    const prepared = await EXAMPLES[action].prepare(cloud, 9000 + cells);
    const member = await memberOf(prepared.caller);
    const deskRoles = (member?.roles ?? []).filter((r) => (DESK_ROLES as readonly string[]).includes(r));
    // A newcomer's or a plain member's example has no desk to revoke (the matrix above refuses those desks);
    // the last test below checks that no back-office action was passed over this way.
    if (deskRoles.length === 0) return;
    const desk = { uuid: `desk-${member._id}`, customUserId: deskUid({ memberId: member._id, epoch: member.deskEpoch ?? 0 }) };
    await members().doc(member._id).update({ roles: (member.roles ?? []).filter((r) => !deskRoles.includes(r)) });
    try {
      const before = await cloud.snapshot();
      const res = await web(desk, action, prepared.input);
      cells += 1;
      revoked.add(action);
      expect({ action, got: res.ok ? 'ok' : res.error.code }).toEqual({ action, got: 'DESK_FORBIDDEN' });
      expect(JSON.stringify(await cloud.snapshot()) === JSON.stringify(before)).toBe(true);
    } finally {
      await members().doc(member._id).update({ roles: member.roles });
    }
    // The roles back: the same desk, the same input, answered as on the phone again (not refused as a desk).
    const again = await web(desk, action, prepared.input);
    expect({ action, got: again.ok ? 'ok' : again.error.code }).not.toEqual({ action, got: 'DESK_FORBIDDEN' });
  });

  it('covers every action only back-office people may call', () => {
    const backOffice = actionNames.filter((a) => ACTIONS[a].access !== 'anyone' && !(ACTIONS[a].access as readonly string[]).includes('member'));
    expect(backOffice.length).toBeGreaterThan(0);
    expect(backOffice.filter((a) => !revoked.has(a))).toEqual([]);
  });
});
