import type { OutputOf } from '@contract/registry';
import { callApi } from '../../api/call-api';
import { answered, useLoad } from '../../api/use-load';
import { useRun } from '../../api/use-run';

/** 关爱服务 for a member (main package): my contacts and record, the people I look after, 求助 and 告诉组织. */

const NOTHING_YET: OutputOf<'care.mine'> = { contacts: {}, problems: [], visits: [] };

/** My three contacts, my 求助 and the visits I had; nothing is asked before sign-in. */
export const useMyCare = (ready: boolean) => useLoad(() => (ready ? callApi('care.mine', {}) : answered(NOTHING_YET)), String(ready));

/** The people I visit as a paired volunteer. */
export const useMyPeople = (ready: boolean) =>
  useLoad(() => (ready ? callApi('care.myPeople', {}) : answered<OutputOf<'care.myPeople'>>({ people: [] })), String(ready));

export const useAskHelp = () => useRun('care.askHelp');

/** 告诉组织 (a member of themselves) or 报告情况 (staff of someone): a 四必访 occasion to visit for. */
export const useCareReport = () => useRun('care.report');
