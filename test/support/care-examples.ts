import type { ActionName } from '../../cloudfunctions/contract/registry';
import { idOf } from '../component/lessons/helpers';
import { dataOf, type TestCloud } from './test-cloud';
import { MEMBER, SECRETARY, STAFF, shanghaiDay, uniq } from './example-fixtures';
import { newMember } from './example-state';

type Prepared = { caller: string; input: unknown };
interface Example { prepare(cloud: TestCloud, i: number): Promise<Prepared> }
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): Example => ({ prepare: async () => as(caller, input) });

/** A due 住院 visit of a new member of the bureau branch (the examples' secretary's). */
const dueVisit = async (cloud: TestCloud, i: number): Promise<string> => {
  const { openid } = await newMember(cloud, i);
  return dataOf(await cloud.call(openid, 'care.report', { occasion: 'hospital', note: `示例住院${uniq(i)}` })).id;
};

/** 关爱服务's actions, one successful call each (merged into action-examples.ts's table). */
export const CARE_EXAMPLES: Record<Extract<ActionName, `care.${string}`>, Example> = {
  'care.ledger': { prepare: async (cloud) => as(STAFF, { memberId: await idOf(cloud, MEMBER) }) },
  'care.saveLedger': { prepare: async (cloud, i) => as(STAFF, { memberId: await idOf(cloud, MEMBER), living: `示例生活情况${uniq(i)}` }) },
  'care.addEntry': { prepare: async (cloud, i) => as(SECRETARY, { memberId: await idOf(cloud, MEMBER), text: `示例记录${uniq(i)}` }) },
  'care.report': { prepare: async (cloud, i) => as((await newMember(cloud, i)).openid, { occasion: 'hardship', note: `家里有困难${uniq(i)}` }) },
  'care.recordVisit': {
    prepare: async (cloud, i) => as(SECRETARY, { visitId: await dueVisit(cloud, i), visitedOn: shanghaiDay(cloud.clock.now()), way: 'home', visitors: '王德明', found: '身体在恢复，心情不错' }),
  },
  'care.askHelp': { prepare: async (_cloud, i) => as(MEMBER, { text: `示例求助${uniq(i)}：楼道灯坏了` }) },
  'care.moveProblem': {
    prepare: async (cloud, i) => {
      const problem = dataOf(await cloud.call(MEMBER, 'care.askHelp', { text: `示例求助${uniq(i)}：水管漏水` }));
      return as(STAFF, { problemId: problem.id, to: 'solved', note: '社区已派人修好' });
    },
  },
  'care.dueVisits': simple(STAFF, {}),
  'care.problems': simple(SECRETARY, {}),
  'care.figures': simple(STAFF, {}),
  'care.mine': simple(MEMBER),
};
