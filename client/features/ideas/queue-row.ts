import type { IdeaQueueRow, IdeaStaffView } from '@contract/ideas-model';
import { OPEN_STATES } from '@contract/ideas-words';

/**
 * A queue row as it is after a move: every move answers the whole idea (IdeaStaffView), so the row takes
 * its state, deadline, department and flags from that answer instead of reading the queue again.
 */
export const rowAfterMove = (row: IdeaQueueRow, idea: IdeaStaffView): IdeaQueueRow => {
  const open = (OPEN_STATES as readonly string[]).includes(idea.state);
  const { dueDate: _due, department: _dept, ...rest } = row;
  return {
    ...rest,
    title: idea.title,
    state: idea.state,
    stateLabel: idea.stateLabel,
    overdue: idea.overdue,
    held: idea.held,
    ...(idea.dueDate && open ? { dueDate: idea.dueDate } : {}),
    ...(idea.department ? { department: idea.department } : {}),
  };
};

/** The queue's rows with the moves made since it was read laid over them. */
export const withMoves = (rows: readonly IdeaQueueRow[], moved: ReadonlyMap<string, IdeaStaffView>): IdeaQueueRow[] =>
  rows.map((row) => {
    const idea = moved.get(row.id);
    return idea ? rowAfterMove(row, idea) : row;
  });
