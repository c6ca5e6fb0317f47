import type { ActionName } from '../../cloudfunctions/contract/registry';
import { idOf } from './lookups';
import { dataOf, type TestCloud } from './test-cloud';
import { MEMBER, SECRETARY, STAFF, shanghaiDay, uniq } from './example-fixtures';
import { bureauId, newMember } from './example-state';
import { DEFAULT_CARE_SETTINGS } from '../../cloudfunctions/contract/care-welcome-model';

const STAFF2 = 'demo-staff-2';

type Prepared = { caller: string; input: unknown };
interface Example { prepare(cloud: TestCloud, i: number): Promise<Prepared> }
const as = (caller: string, input: unknown): Prepared => ({ caller, input });
const simple = (caller: string, input: unknown = {}): Example => ({ prepare: async () => as(caller, input) });

/** A due 住院 visit of a new member of the bureau branch (the examples' secretary's). */
const dueVisit = async (cloud: TestCloud, i: number): Promise<string> => {
  const { openid } = await newMember(cloud, i);
  return dataOf(await cloud.call(openid, 'care.report', { occasion: 'hospital', note: `示例住院${uniq(i)}` })).id;
};

/**
 * A payment for a new member (so each call's transaction writes the same documents: the
 * first payment of a person in a year also marks them as helped), proposed by 田志勇 and approved by
 * 李晓梅 when `approved` — so the examples' own staff member is the one who decides.
 */
const aPayment = async (cloud: TestCloud, i: number, approved: boolean): Promise<string> => {
  const { memberId } = await newMember(cloud, i);
  const p = dataOf(await cloud.call(STAFF2, 'care.proposePayment', { memberId, amountFen: 50_000, reason: `示例慰问${uniq(i)}` }));
  if (approved) dataOf(await cloud.call(STAFF, 'care.decidePayment', { paymentId: p.id, approve: true }));
  return p.id;
};

/** A 荣退 record in the examples' secretary's branch. */
const aWelcome = async (cloud: TestCloud, i: number): Promise<string> => {
  return dataOf(await cloud.call(STAFF, 'care.addRetiree', { name: `新退休${i % 100}`, formerUnit: `县示例局${uniq(i)}`, retiredOn: '2026-11-30', branchId: await bureauId(cloud) })).id;
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
  'care.myPeople': simple(SECRETARY),
  'care.saveHardship': {
    // A new person each time: putting someone on the register also writes a line in their record.
    prepare: async (cloud, i) => as(STAFF, { memberId: (await newMember(cloud, i)).memberId, cause: 'illness', family: '独居，女儿在外地', conditions: `退休金低，看病花费大${uniq(i)}`, reviewBy: '2027-03-01' }),
  },
  'care.hardships': simple(STAFF, {}),
  'care.proposePayment': { prepare: async (cloud, i) => as(STAFF, { memberId: await idOf(cloud, MEMBER), amountFen: 30_000 + i, reason: `春节慰问${uniq(i)}` }) },
  'care.decidePayment': { prepare: async (cloud, i) => as(STAFF, { paymentId: await aPayment(cloud, i, false), approve: true }) },
  'care.handOverPayment': { prepare: async (cloud, i) => as(STAFF, { paymentId: await aPayment(cloud, i, true), handedBy: `李晓梅${uniq(i)}`, handedOn: shanghaiDay(cloud.clock.now()) }) },
  'care.payments': simple(STAFF, {}),
  'care.exportLedger': simple(STAFF, { year: 2026, ledger: 'visits' }),
  'care.settings': simple(STAFF),
  'care.saveSettings': { prepare: async (_cloud, i) => as(STAFF, { ...DEFAULT_CARE_SETTINGS, welcomeItems: [...DEFAULT_CARE_SETTINGS.welcomeItems.slice(0, 8), `一次走访${uniq(i)}`] }) },
  'care.addRetiree': { prepare: async (cloud, i) => as(STAFF, { name: `新退休${i % 100}`, formerUnit: `县示例局${uniq(i)}`, retiredOn: '2026-11-30', branchId: await bureauId(cloud) }) },
  'care.tickWelcome': { prepare: async (cloud, i) => as(SECRETARY, { welcomeId: await aWelcome(cloud, i), item: 0, done: true, doneOn: shanghaiDay(cloud.clock.now()) }) },
  'care.welcomes': simple(SECRETARY, {}),
  'care.welcome': { prepare: async (cloud, i) => as(SECRETARY, { welcomeId: await aWelcome(cloud, i) }) },
  'care.invitation': { prepare: async (cloud, i) => as(`example-new-${uniq(i)}`, { code: await aWelcome(cloud, i) }) },
};
