import { useEffect, useRef, useState } from 'react';
import { createRecorder, type Recording } from '../../api/upload-recorder';
import { createCapture } from './voice-capture';
import type { Heard, VoiceCapture } from './voice-take';

interface Take<R> {
  start(): Promise<string | null>;
  stop(): Promise<R>;
}

/**
 * One take at a time, for any form that records: whether this phone or browser can record at all, the
 * seconds so far while it runs (ticking once a second for the "已说了…" line), start (null, or what to
 * tell the person) and stop (what the take brought).
 */
function useTake<T extends Take<R>, R>(create: () => T | null, none: R) {
  const take = useRef<T | null | undefined>(undefined);
  if (take.current === undefined) take.current = create();
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    if (seconds === null) return;
    const t = setInterval(() => setSeconds((s) => (s === null ? null : s + 1)), 1000);
    return () => clearInterval(t);
  }, [seconds === null]);

  const start = async (): Promise<string | null> => {
    const problem = take.current ? await take.current.start() : '这里不能录音';
    if (!problem) setSeconds(0);
    return problem;
  };
  const stop = async (): Promise<R> => {
    const result = take.current ? await take.current.stop() : none;
    setSeconds(null);
    return result;
  };
  return { available: !!take.current, take: take.current, seconds, start, stop };
}

/** A lesson's recording: the recording alone. */
export const useRecording = () => useTake<Take<Recording | null>, Recording | null>(createRecorder, null);

/** A member's voice note: the recording, and the words heard where the platform recognises speech (voice-capture.ts). */
export const useVoiceCapture = () => useTake<VoiceCapture, Heard>(createCapture, { recording: null, text: null });
