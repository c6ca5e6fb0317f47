export { DraftNotice } from './DraftNotice';
export { draftIntentStore } from './intent-store';
export { clearDraft, readDraft, writeDraft } from './store';
export { useDraft, type DraftState } from './use-draft';
export { useReadingPlace, type ReadingPlace } from './reading-place';
