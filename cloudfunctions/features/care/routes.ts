import type { Routes } from '../../platform/routes';
import { figures } from './figures';
import { addEntry, readLedger, saveLedger } from './ledger';
import { mine } from './mine';
import { askHelp, listProblems, moveProblem } from './problems';
import { dueVisits, recordVisit, report } from './visits';

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
};
