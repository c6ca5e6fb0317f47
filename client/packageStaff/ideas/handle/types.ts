import type { IdeaStaffView } from '@contract/ideas-model';

/** What a handling step reports back to the page: the idea as it is now (null: the call failed) and a line to show. */
export type Changed = (next: IdeaStaffView | null, message: string) => void;

export interface StepProps {
  idea: IdeaStaffView;
  changed: Changed;
}
