import type { HardshipView, PaymentState, PaymentView } from '@contract/care-help-model';
import type { ProblemView, VisitView } from '@contract/care-model';
import type { WelcomeView } from '@contract/care-welcome-model';
import { callApi } from '../../api/call-api';
import { notYet, useLoad } from '../../api/use-load';
import { emptyPage, usePaged } from '../../api/use-paged';
import { useRun } from '../../api/use-run';

/**
 * 关爱服务 for staff and branch secretaries (packageStaff): the desk, one person's 服务台账, the money, the
 * settings and 荣退. Nothing is asked before sign-in (`ready`); `key` says when to read again.
 */

export const useCareFigures = (ready: boolean, key: string) => useLoad(() => (ready ? callApi('care.figures', {}) : notYet()), key);

export const useDueVisits = (ready: boolean, key: string) =>
  usePaged<VisitView>((page) => (ready ? callApi('care.dueVisits', { page, pageSize: 10 }) : emptyPage()), key);

export const useOpenProblems = (ready: boolean, key: string) =>
  usePaged<ProblemView>((page) => (ready ? callApi('care.problems', { page, pageSize: 10 }) : emptyPage()), key);

export const useCareLedger = (ready: boolean, memberId: string) =>
  useLoad(() => (ready ? callApi('care.ledger', { memberId }) : notYet()), `${ready}|${memberId}`);

export const useLedgerEntry = () => useRun('care.addEntry');
export const useSaveLedger = () => useRun('care.saveLedger');
export const useRecordVisit = () => useRun('care.recordVisit');

/** One person's 慰问金 entries (the latest twenty). */
export const usePaymentsOf = (memberId: string) => useLoad(() => callApi('care.payments', { memberId, pageSize: 20 }), memberId);
export const useProposePayment = () => useRun('care.proposePayment');
export const useSaveHardship = () => useRun('care.saveHardship');

/** The county's 慰问金 entries at one step, ten a page. */
export const usePayments = (ready: boolean, state: PaymentState) =>
  usePaged<PaymentView>((page) => (ready ? callApi('care.payments', { page, pageSize: 10, state }) : emptyPage()), `${ready}|${state}`);

/** The 帮扶 register, the cases due for review first. */
export const useHardships = (ready: boolean) =>
  usePaged<HardshipView>((page) => (ready ? callApi('care.hardships', { page, pageSize: 10 }) : emptyPage()), String(ready));

export const useCareSettings = (ready: boolean) => useLoad(() => (ready ? callApi('care.settings', {}) : notYet()), String(ready));
export const useSaveCareSettings = () => useRun('care.saveSettings');

/** 荣退: the newly retired, newest first. */
export const useWelcomes = (ready: boolean, key: string) =>
  usePaged<WelcomeView>((page) => (ready ? callApi('care.welcomes', { page, pageSize: 10 }) : emptyPage()), key);

export const useWelcome = (ready: boolean, welcomeId: string) =>
  useLoad(() => (ready ? callApi('care.welcome', { welcomeId }) : notYet()), `${ready}|${welcomeId}`);

/** A year's care ledger as an Excel file. */
export const useCareLedgerExport = () => useRun('care.exportLedger');
