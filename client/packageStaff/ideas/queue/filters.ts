import { IDEA_STATE_LABELS } from '@contract/ideas-words';
import type { IdeaState } from '@contract/ideas-model';

/** The queue's state filter, on the phone and at the desk: 待办 (every state still owed an answer) first. */
export type StateFilter = IdeaState | 'open' | 'all';
export const STATE_OPTIONS: Array<{ value: StateFilter; label: string }> = [
  { value: 'open', label: '待办（全部未办结）' },
  { value: 'submitted', label: IDEA_STATE_LABELS.submitted },
  { value: 'accepted', label: IDEA_STATE_LABELS.accepted },
  { value: 'assigned', label: IDEA_STATE_LABELS.assigned },
  { value: 'in_progress', label: IDEA_STATE_LABELS.in_progress },
  { value: 'resolved', label: IDEA_STATE_LABELS.resolved },
  { value: 'rated', label: IDEA_STATE_LABELS.rated },
  { value: 'all', label: '全部' },
];
