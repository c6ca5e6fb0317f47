import { useState } from 'react';
import type { IdeaStaffView } from '@contract/ideas-model';
import type { InputOf } from '@contract/registry';
import { stillToDo, useBulkSend, type BulkResult } from '../../api/use-bulk-send';

export type { BulkResult };

/** The moves the desk sends for several ideas at once: 受理 and 交办. */
export type BulkMove = 'ideas.accept' | 'ideas.assign';

/**
 * 批量受理 / 批量交办 at the desk: the existing action once per idea, each idea with its own intent, so its
 * requestId follows the rule of request-id.ts (kept after an answer that may have landed, dropped after a
 * definite one) and a second press replays or resends only that idea. Results are kept per idea; `run`
 * sends only the ideas not done yet.
 */
export function useIdeaBulk(onDone?: (idea: IdeaStaffView) => void) {
  const send = useBulkSend();
  const [results, setResults] = useState<ReadonlyMap<string, BulkResult>>(new Map());
  const [busy, setBusy] = useState(false);
  // The results shown are the last move's; another move starts a fresh batch (an idea 已受理 is not yet 已交办).
  const [move, setMove] = useState<BulkMove | null>(null);

  const run = async <A extends BulkMove>(action: A, ideaIds: readonly string[], inputFor: (ideaId: string) => InputOf<A>, doneText: string) => {
    if (busy) return;
    const before = move === action ? results : new Map<string, BulkResult>();
    const todo = stillToDo(ideaIds, before);
    if (todo.length === 0) return;
    setMove(action);
    setResults(before);
    setBusy(true);
    await send(action, todo, inputFor, (ideaId, answer) => {
      const result: BulkResult = answer.ok ? { ok: true, text: doneText } : { ok: false, text: answer.error.message, code: answer.error.code };
      // Each row says its result as soon as it has one.
      setResults((prev) => new Map(prev).set(ideaId, result));
      if (answer.ok) onDone?.(answer.data as IdeaStaffView);
    });
    setBusy(false);
  };

  return {
    results,
    move,
    busy,
    run,
    /** A new batch (other ideas, or another move): forget the results shown. */
    reset: () => {
      setResults(new Map());
      setMove(null);
    },
  };
}
