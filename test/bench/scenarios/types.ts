import type { ActionName } from '../../../cloudfunctions/contract/registry';
import type { TestCloud } from '../../support/test-cloud';

/** Ids found once per data set (seeded branch, a member, a published lesson …), shared by scenarios. */
export type Fixtures = Record<string, string>;

/**
 * One benchmarked call. `setup` runs before each timed call, untimed and uncounted, to make the
 * state the call needs (a fresh idea to accept, an open activity to sign up for).
 */
export interface Scenario {
  label: string;
  setup?: (cloud: TestCloud, i: number, fixtures: Fixtures) => Promise<Fixtures>;
  call: (i: number, fixtures: Fixtures) => [openid: string, action: ActionName, input: unknown];
}

export const must = <T>(res: { ok: boolean; data?: T; error?: { code: string } }, what: string): T => {
  if (!res.ok) throw new Error(`bench setup (${what}) failed: ${res.error?.code}`);
  return res.data as T;
};
