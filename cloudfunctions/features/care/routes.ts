import type { Routes } from '../../platform/routes';
import { figures } from './figures';
import { addEntry, readLedger, saveLedger } from './ledger';
import { mine } from './mine';
import { myPeople } from './my-people';
import { askHelp, listProblems, moveProblem } from './problems';
import { dueVisits, recordVisit, report } from './visits';
import { listHardships, saveHardship } from './hardship';
import { exportLedger } from './export';
import { saveSettings, settings } from './settings';
import { addRetiree, invitation, tickWelcome, welcome, welcomes } from './welcome';
import { decidePayment, handOverPayment, listPayments, proposePayment } from './payments';

/** The `care` function's actions (its calendar visits are made by the jobs timer, features/care/calendar-job.ts). */
export const careRoutes: Routes<'care'> = {
  'care.ledger': readLedger,
  'care.saveLedger': saveLedger,
  'care.addEntry': addEntry,
  'care.report': report,
  'care.recordVisit': recordVisit,
  'care.askHelp': askHelp,
  'care.moveProblem': moveProblem,
  'care.dueVisits': dueVisits,
  'care.problems': listProblems,
  'care.figures': figures,
  'care.mine': mine,
  'care.myPeople': myPeople,
  'care.saveHardship': saveHardship,
  'care.hardships': listHardships,
  'care.proposePayment': proposePayment,
  'care.decidePayment': decidePayment,
  'care.handOverPayment': handOverPayment,
  'care.payments': listPayments,
  'care.exportLedger': exportLedger,
  'care.settings': settings,
  'care.saveSettings': saveSettings,
  'care.addRetiree': addRetiree,
  'care.tickWelcome': tickWelcome,
  'care.welcomes': welcomes,
  'care.welcome': welcome,
  'care.invitation': invitation,
};
