import type { Routes } from '../../platform/routes';
import { exportLedger } from './ledger';
import { board, queue } from './lists';
import { get, mine, rate, similar, support, withdraw } from './member-actions';
import { publish } from './publish';
import { accept, addNote, assign, detail, notAccept, progress, reopen, resolve, saveDraft } from './staff-actions';
import { submit, submitFor } from './submit';

/** The `ideas` function: 金点子 from submitting to rating, the staff queue, the board and the ledger. */
export const ideasRoutes: Routes<'ideas'> = {
  'ideas.similar': similar,
  'ideas.submit': submit,
  'ideas.submitFor': submitFor,
  'ideas.support': support,
  'ideas.withdraw': withdraw,
  'ideas.mine': mine,
  'ideas.get': get,
  'ideas.rate': rate,
  'ideas.board': board,
  'ideas.queue': queue,
  'ideas.detail': detail,
  'ideas.accept': accept,
  'ideas.notAccept': notAccept,
  'ideas.assign': assign,
  'ideas.progress': progress,
  'ideas.saveDraft': saveDraft,
  'ideas.resolve': resolve,
  'ideas.reopen': reopen,
  'ideas.addNote': addNote,
  'ideas.publish': publish,
  'ideas.exportLedger': exportLedger,
};
