import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import type { RefDecl } from '../../cloudfunctions/contract/scopes';
import { cloudPathFor, UPLOAD_KINDS, UPLOAD_PURPOSES } from '../../cloudfunctions/contract/uploads';
import type { TestCloud } from '../support/test-cloud';

/** The environment the test cloud's emulator serves (startTestCloud). */
const TEST_ENV = 'yinling-test';
import { aMessage, activity, draftLesson, leaderTeam, newMember, publishedLesson, session } from '../support/example-state';

/**
 * Objects just outside a declared scope, for the scope matrix. Where it can, a candidate is the very
 * object the example names, moved out of the caller's reach in the database (to another branch, another
 * author, another team, or withdrawn) and put back after the call: everything but its scope is what a
 * successful call had, so a refusal can only come from the scope check. Where a scope is about the
 * caller's own part in it (signed up, a member of), a fresh object the caller has no part in is named.
 */
export interface World {
  otherBranch: string;
  otherMember: { openid: string; id: string };
  /** A team the examples' leader does not lead and the examples' member is not in. */
  otherTeam: string;
  freshSession: string;
  freshActivity: string;
  bystander: string;
  freshLesson: string;
  draftLesson: string;
  message: string;
}

export interface Candidate {
  name: string;
  /** The value to put in the field, after any move; null when the candidate does not apply here. */
  make(original: string | undefined): Promise<{ value: string; restore: () => Promise<void> } | null>;
}

const nothing = async () => undefined;
let missing = 0;

export const makeWorld = async (cloud: TestCloud): Promise<World> => {
  const memberDoc = async (openid: string) =>
    (await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string; branchId: string };
  const other = await memberDoc('demo-secretary-education');
  const member2 = await memberDoc('demo-member-2');
  const ownTeam = await leaderTeam(cloud);
  const { data: teams } = await cloud.db.collection(COLLECTIONS.volunteerTeams).orderBy('name', 'asc').limit(100).get();
  const otherTeam = (teams as Array<{ _id: string; leaderIds: string[] }>).find((t) => t._id !== ownTeam && !t.leaderIds.includes(member2._id));
  if (!otherTeam) throw new Error('the seed has no second team for the scope matrix');
  return {
    otherBranch: other.branchId,
    otherMember: { openid: 'demo-member-2', id: member2._id },
    otherTeam: otherTeam._id,
    freshSession: await session(cloud, 9001),
    freshActivity: await activity(cloud, 9001),
    bystander: (await newMember(cloud, 9001)).memberId,
    freshLesson: await publishedLesson(cloud, 9001),
    draftLesson: await draftLesson(cloud, 9001),
    message: await aMessage(cloud, 9001),
  };
};

/** Changes one document and gives back the function that puts the changed fields as they were. */
const move = async (cloud: TestCloud, collection: string, id: string, patch: Record<string, unknown>) => {
  const doc = (await cloud.db.collection(collection).doc(id).get()).data[0] as Record<string, unknown> | undefined;
  if (!doc) return null;
  await cloud.db.collection(collection).doc(id).update(patch);
  const _ = cloud.db.command;
  const back = Object.fromEntries(Object.keys(patch).map((k) => [k, k in doc ? doc[k] : _.remove()]));
  return { value: id, restore: async () => void (await cloud.db.collection(collection).doc(id).update(back)) };
};

const moved = (name: string, cloud: TestCloud, collection: string, patch: Record<string, unknown>): Candidate => ({
  name,
  make: async (original) => (original ? move(cloud, collection, original, patch) : null),
});

const named = (name: string, value: string): Candidate => ({ name, make: async () => ({ value, restore: nothing }) });

const missingId: Candidate = { name: 'no such object', make: async () => ({ value: `scopeMissing${(missing += 1)}`, restore: nothing }) };
/** A file id of the right environment and purpose that was never stored. */
const missingFile: Candidate = {
  name: 'file never uploaded',
  make: async (original) => (original ? { value: original.replace(/[a-z0-9]{12,40}(?=\.\w+$)/, `nosuchfile${String((missing += 1)).padStart(6, '0')}`), restore: nothing } : null),
};

/** Every candidate for one declared field, for a caller who is (or is not) county-wide. */
export const candidatesFor = (decl: RefDecl, cloud: TestCloud, world: World, countyWide: boolean): Candidate[] => {
  if (decl.kind === 'file') return [missingFile];
  const list: Candidate[] = [missingId];
  const otherBranch = { branchId: world.otherBranch };
  const branchOnly = { audience: 'branch', branchId: world.otherBranch, audienceKey: world.otherBranch };
  const { scope, kind } = decl;
  if ((scope === 'branch' || scope === 'visible') && !countyWide) {
    if (kind === 'branch') list.push(named('another branch', world.otherBranch));
    if (kind === 'member') list.push(moved('a member of another branch', cloud, COLLECTIONS.members, otherBranch));
    if (kind === 'lesson') list.push(moved('a lesson of another branch', cloud, COLLECTIONS.lessons, branchOnly));
    if (kind === 'session') list.push(moved('a 小讲堂 of another branch', cloud, COLLECTIONS.studySessions, otherBranch));
    if (kind === 'deliveryTask') list.push(moved('a 送学 task of another branch', cloud, COLLECTIONS.deliveryTasks, otherBranch));
    if (kind === 'careVisit') list.push(moved('a due visit of another branch', cloud, COLLECTIONS.careVisits, otherBranch));
    if (kind === 'careProblem') list.push(moved('a problem of another branch', cloud, COLLECTIONS.careProblems, otherBranch));
    if (kind === 'careWelcome') list.push(moved('a 荣退 record of another branch', cloud, COLLECTIONS.careWelcomes, otherBranch));
    if (kind === 'familyLink') list.push(moved('a helper link of another branch', cloud, COLLECTIONS.familyLinks, otherBranch));
  }
  if (scope === 'visible' && kind === 'lesson') list.push(moved('a withdrawn lesson', cloud, COLLECTIONS.lessons, { status: 'withdrawn' }));
  if (scope === 'visible' && kind === 'idea') list.push(moved('a withdrawn idea', cloud, COLLECTIONS.ideas, { state: 'withdrawn' }));
  if (scope === 'managed' && !countyWide) {
    if (kind === 'team') list.push(moved('a team led by others', cloud, COLLECTIONS.volunteerTeams, { leaderIds: [world.otherMember.id] }));
    if (kind === 'activity') list.push(moved("another team's activity", cloud, COLLECTIONS.volunteerActivities, { teamId: world.otherTeam }));
  }
  if (scope === 'own') {
    if (kind === 'idea') list.push(moved("another member's idea", cloud, COLLECTIONS.ideas, { authorOpenid: world.otherMember.openid, authorId: world.otherMember.id }));
    if (kind === 'message') list.push(moved("another member's message", cloud, COLLECTIONS.messages, { openid: world.otherMember.openid }));
    if (kind === 'session') list.push(named('a 小讲堂 not signed up for', world.freshSession));
    if (kind === 'activity') list.push(named('an activity not signed up for', world.freshActivity));
    if (kind === 'team') list.push(named('a team not joined', world.otherTeam));
    if (kind === 'familyLink') list.push(moved("another member's helper link", cloud, COLLECTIONS.familyLinks, { memberId: world.otherMember.id, branchId: world.otherBranch }));
  }
  if (scope === 'party' && kind === 'member') list.push(named('a member with no part in it', world.bystander));
  if (scope === 'party' && kind === 'lesson') list.push(named('a published lesson not part of it', world.freshLesson));
  return list;
};

/**
 * The object to move when the example leaves an optional field out (a new lesson has no lessonId, a
 * 小讲堂 may link no lessons): one of the same kind the example's caller could name.
 */
export const fallbackOf = (world: World, decl: RefDecl): string | undefined => {
  if (decl.purpose) {
    const ext = UPLOAD_KINDS[UPLOAD_PURPOSES[decl.purpose].kind].exts[0];
    return `cloud://${TEST_ENV}.yinling-test-bucket/${cloudPathFor(decl.purpose, ext, new Date(), 'nosuchfile000000')}`;
  }
  if (decl.kind === 'lesson') return decl.scope === 'branch' ? world.draftLesson : world.freshLesson;
  if (decl.kind === 'message') return world.message;
  return undefined;
};
