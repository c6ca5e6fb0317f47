import type { IntentStore } from '../../api/request-id';
import { clearDraft, readDraft, writeDraft } from './store';

/**
 * Keeps a form's unsettled submit (its requestId and the input it was for) with the drafts, so a
 * submit that failed for want of signal, resent after an app restart, is still the same intent and
 * the server's idempotency answers it once.
 */
export const draftIntentStore = (key: string): IntentStore => ({
  load: () => readDraft<{ key: string; id: string }>(`intent.${key}`)?.value ?? null,
  save: (last) => (last ? writeDraft(`intent.${key}`, last) : clearDraft(`intent.${key}`)),
});
