import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import type { TestCloud } from './test-cloud';

/** Seeded documents found by what a test knows them by (an openid, a team's name), straight from the database. */

/** The member document id of the member signed in as `openid`. */
export const idOf = async (cloud: TestCloud, openid: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string })._id;

/** The branch of the member signed in as `openid`. */
export const branchOf = async (cloud: TestCloud, openid: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { branchId: string }).branchId;

/** A volunteer team's id by its name. */
export const teamIdByName = async (cloud: TestCloud, name: string): Promise<string> =>
  ((await cloud.db.collection(COLLECTIONS.volunteerTeams).where({ name }).limit(1).get()).data[0] as { _id: string })._id;
