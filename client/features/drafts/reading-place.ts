import Taro, { useDidHide, usePageScroll } from '@tarojs/taro';
import { useEffect, useRef, useState, type MutableRefObject } from 'react';
import type { Envelope } from '@contract/envelope';
import { clearDraft, readDraft, writeDraft } from './store';

/** Where the reader is in one lesson, kept on the phone. */
export interface ReadingPlace {
  /** Seconds the lesson has been on screen so far (the page's own count, see lessons.finish). */
  readSeconds: number;
  /** The server has noted the opening (lessons.open): its clock for this lesson is already running. */
  opened: boolean;
  scrollTop: number;
  /** The read-aloud chunk last spoken. */
  chunk: number;
}

const SAVE_EVERY_MS = 5000;
const keyOf = (lessonId: string) => `lesson.${lessonId}`;
/** One copy only: the lesson being read (a lesson is a few kB of text; pictures are not kept). */
const COPY_KEY = 'lesson-copy';

/**
 * A reopened lesson (after a dropped connection or an app restart) comes back where the reader was:
 * scroll place, read-aloud paragraph and the reading time already spent. The study-time rule is not
 * weakened: when the opening was already noted, the page does not call lessons.open again (which
 * would restart the server's clock) — the server still believes no more reading time than it saw pass
 * since that opening.
 */
export function useReadingPlace(lessonId: string, readSeconds: MutableRefObject<number>) {
  const saved = useRef<ReadingPlace | null>(lessonId ? (readDraft<ReadingPlace>(keyOf(lessonId))?.value ?? null) : null);
  const place = useRef<ReadingPlace>(saved.current ?? { readSeconds: 0, opened: false, scrollTop: 0, chunk: 0 });
  const scrolled = useRef(false);
  // Saving starts once the page knows where the count starts (lesson loaded), and stops once studied:
  // a page that never loaded must not overwrite the time kept from an earlier visit.
  const armed = useRef(false);
  const [fromCopy, setFromCopy] = useState(false);

  const save = () => {
    if (!lessonId || !armed.current) return;
    place.current.readSeconds = readSeconds.current;
    writeDraft(keyOf(lessonId), place.current);
  };

  useEffect(() => {
    const timer = setInterval(save, SAVE_EVERY_MS);
    return () => {
      clearInterval(timer);
      save();
    };
  }, [lessonId]);
  useDidHide(save);
  usePageScroll(({ scrollTop }) => {
    place.current.scrollTop = scrollTop;
  });

  return {
    /**
     * Fetches the lesson (lessons.get) and keeps a copy; when the network fails, answers the copy kept
     * from the last time this lesson was opened, and `fromCopy` turns true so the page can say so.
     */
    fetch: async <T>(get: () => Promise<Envelope<T>>): Promise<Envelope<T>> => {
      const res = await get();
      if (res.ok) {
        writeDraft(COPY_KEY, { id: lessonId, data: res.data });
        setFromCopy(false);
        return res;
      }
      const copy = res.error.code === 'INTERNAL' ? readDraft<{ id: string; data: T }>(COPY_KEY)?.value : undefined;
      if (!copy || copy.id !== lessonId) return res;
      setFromCopy(true);
      return { ok: true, data: copy.data, requestId: res.requestId };
    },
    fromCopy,
    /**
     * Call once the lesson is loaded. `counting`: the lesson is published and not yet studied, so the
     * reading time matters. Resumes the earlier count when the server already noted the opening;
     * otherwise calls `open` (lessons.open) and counts from zero.
     */
    begin: async (counting: boolean, open: () => Promise<boolean>) => {
      if (counting) {
        if (saved.current?.opened) {
          readSeconds.current = saved.current.readSeconds;
        } else {
          const ok = await open();
          place.current.opened = ok;
          readSeconds.current = 0;
        }
      }
      armed.current = true;
      save();
    },
    chunk: saved.current?.chunk ?? 0,
    onChunk: (i: number) => {
      place.current.chunk = i;
      save();
    },
    /** Once the lesson is on screen: back to where the reader was, once. */
    restoreScroll: () => {
      const top = saved.current?.scrollTop ?? 0;
      if (scrolled.current || top < 40) return;
      scrolled.current = true;
      setTimeout(() => void Taro.pageScrollTo({ scrollTop: top, duration: 0 }), 50);
    },
    /** 学完了 counted: the time no longer matters; keep only the place. */
    studied: () => {
      armed.current = false;
      if (lessonId) clearDraft(keyOf(lessonId));
    },
  };
}
