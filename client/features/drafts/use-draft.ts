import { useDidHide } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { clearDraft, readDraft, writeDraft } from './store';

export const DRAFT_SAVE_DELAY_MS = 400;

interface Options<T> {
  /** Storage key: one per form (add the record id when a form edits one record). */
  key: string;
  /** The form's values now. */
  value: T;
  /** Puts saved values back into the form (called once, on open). */
  restore: (saved: T) => void;
  /**
   * True when there is nothing worth keeping (an untouched form). Default: the value equals what the
   * form held when it became ready (empty, or the record as loaded).
   */
  isEmpty?: (value: T) => boolean;
  /** Puts the form back as it opened (that value is passed) when the reader chooses to start over. */
  reset?: (opened: T) => void;
  /** False while the form is not ready to take saved values (e.g. still loading the record). */
  ready?: boolean;
}

export interface DraftState {
  /** Saved values were put back on this visit: show the notice. */
  restored: boolean;
  /** Start over: forget the saved values and empty the form. */
  clear: () => void;
  /** After a successful submit: forget the saved values (the form may stay on screen). */
  done: () => void;
  /** Save now, without waiting for the pause (call before sending: a busy phone may delay the timer). */
  flush: () => void;
}

/**
 * Saves a form as the reader types (after a short pause) and restores it when the page opens again,
 * after a lost connection or an app restart. The page shows <DraftNotice> while `restored`.
 */
export function useDraft<T>({ key, value, restore, isEmpty, reset, ready = true }: Options<T>): DraftState {
  const [restored, setRestored] = useState(false);
  const loaded = useRef(false);
  const finished = useRef(false);
  const restoreRef = useRef(restore);
  restoreRef.current = restore;
  const latest = useRef(value);
  latest.current = value;
  const opened = useRef('null');
  const empty = (v: T) => (isEmpty ? isEmpty(v) : JSON.stringify(v ?? null) === opened.current);

  useEffect(() => {
    if (!ready || loaded.current) return;
    loaded.current = true;
    opened.current = JSON.stringify(latest.current ?? null);
    const saved = readDraft<T>(key);
    if (saved && !empty(saved.value)) {
      restoreRef.current(saved.value);
      setRestored(true);
    }
  }, [ready, key]);

  const save = () => {
    if (!loaded.current || finished.current) return;
    if (empty(latest.current)) clearDraft(key);
    else writeDraft(key, latest.current);
  };

  const serial = JSON.stringify(value ?? null);
  useEffect(() => {
    if (!loaded.current) return undefined;
    // Sent: nothing more is kept until the form is emptied for the next one (代录 one after another).
    if (finished.current && empty(latest.current)) finished.current = false;
    if (finished.current) return undefined;
    const timer = setTimeout(save, DRAFT_SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [serial, key]);
  // Leaving the page (or the app going to the background) saves at once.
  useDidHide(save);
  useEffect(() => save, []);

  return {
    restored,
    clear: () => {
      clearDraft(key);
      setRestored(false);
      reset?.(JSON.parse(opened.current) as T);
    },
    done: () => {
      finished.current = true;
      clearDraft(key);
      setRestored(false);
    },
    flush: save,
  };
}
