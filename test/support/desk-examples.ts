import type { ActionName } from '../../cloudfunctions/contract/registry';
import { dataOf, type TestCloud } from './test-cloud';
import { MEMBER, STAFF } from './example-fixtures';

type Prepared = { caller: string; input: unknown };
interface Example { prepare(cloud: TestCloud, i: number): Promise<Prepared> }
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): Example => ({ prepare: async () => as(caller, input) });

/**
 * The desk's examples. The desk side is asked by whoever requested the code (here a member's phone
 * stands for the desk: the pipeline treats any identified caller alike for these), the phone side by staff.
 */
const aCode = async (cloud: TestCloud): Promise<string> => dataOf(await cloud.call(MEMBER, 'desk.requestCode', {})).code;
const confirmedCode = async (cloud: TestCloud): Promise<string> => {
  const code = await aCode(cloud);
  dataOf(await cloud.call(STAFF, 'desk.confirm', { code }));
  return code;
};

export const DESK_EXAMPLES: Record<Extract<ActionName, `desk.${string}`>, Example> = {
  'desk.requestCode': simple(MEMBER),
  'desk.status': { prepare: async (cloud) => as(MEMBER, { code: await aCode(cloud) }) },
  'desk.redeem': { prepare: async (cloud) => as(MEMBER, { code: await confirmedCode(cloud) }) },
  'desk.scan': { prepare: async (cloud) => as(STAFF, { code: await aCode(cloud) }) },
  'desk.confirm': { prepare: async (cloud) => as(STAFF, { code: await aCode(cloud) }) },
  'desk.signOutAll': simple(STAFF),
  'desk.me': simple(STAFF),
};
