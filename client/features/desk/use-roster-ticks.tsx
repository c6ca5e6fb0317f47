import { useState } from 'react';
import type { Envelope } from '@contract/envelope';
import type { DeskColumn } from './DeskTable';

type Result = { ok: boolean; text: string };
type Summary = { tone: 'ok' | 'warn'; text: string };

/** What a bulk press says when all went through, and when some did not (`done`, `failed` people). */
export interface BulkWords {
  row: string;
  allDone: (done: number) => string;
  someFailed: (done: number, failed: number) => string;
}

/**
 * A roster at a desk where several people are ticked and moved at once (小讲堂 attendance, 志愿 sign-ups):
 * the ticks, one result per row, the press's summary. A row that went through is unticked and updated in
 * place; one that did not keeps its tick and its reason, so a second press sends only those again (the sender,
 * use-bulk-send.ts, resends a lost answer with its first requestId). Used only from the desk's `.h5.tsx` views.
 */
export function useRosterTicks<Row>(update: (memberId: string, row: Row) => void) {
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [results, setResults] = useState<Record<string, Result>>({});
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<Summary | null>(null);

  const run = async (memberIds: readonly string[], words: BulkWords, send: (heard: (memberId: string, answer: Envelope<Row>) => void) => Promise<void>) => {
    if (memberIds.length === 0 || busy) return;
    setBusy(true);
    setSummary(null);
    let done = 0;
    let failed = 0;
    await send((memberId, answer) => {
      if (answer.ok) {
        done += 1;
        update(memberId, answer.data);
        setTicked((t) => {
          const next = new Set(t);
          next.delete(memberId);
          return next;
        });
        setResults((r) => ({ ...r, [memberId]: { ok: true, text: words.row } }));
      } else {
        failed += 1;
        setResults((r) => ({ ...r, [memberId]: { ok: false, text: answer.error.message } }));
      }
    });
    setBusy(false);
    setSummary(failed === 0 ? { tone: 'ok', text: words.allDone(done) } : { tone: 'warn', text: words.someFailed(done, failed) });
  };

  /** The table's last column: how this row's own move went. */
  const resultColumn = (key: (row: Row) => string, label: string, idPrefix: string): DeskColumn<Row> => ({
    key: 'result',
    label,
    width: '9em',
    cell: (row) => {
      const res = results[key(row)];
      if (!res) return '';
      return <span id={`${idPrefix}-${key(row)}`} className={res.ok ? 'desk-ok' : 'desk-failed'}>{res.text}</span>;
    },
  });

  return { ticked, setTicked, busy, summary, run, resultColumn };
}

/** The usual warning after a press where some people did not go through. */
export const retryWords = (done: string, notDone: string) => (d: number, f: number) =>
  `${d}人${done}，${f}人${notDone}（原因写在那一行），勾还留着，再点一次只重试这${f}人。`;
