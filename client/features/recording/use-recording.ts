import { useEffect, useRef, useState } from 'react';
import { createRecorder, type Recorder, type Recording } from '../../api/upload-recorder';

/**
 * Recording in the app, for any form that takes a voice: whether this phone or browser can record at
 * all, the seconds so far while it runs (ticking once a second for the "已录…" line), start (null, or
 * what to tell the person) and stop (the recording, or null when nothing was heard).
 */
export function useRecording() {
  const recorder = useRef<Recorder | null | undefined>(undefined);
  if (recorder.current === undefined) recorder.current = createRecorder();
  const [seconds, setSeconds] = useState<number | null>(null);
  useEffect(() => {
    if (seconds === null) return;
    const t = setInterval(() => setSeconds((s) => (s === null ? null : s + 1)), 1000);
    return () => clearInterval(t);
  }, [seconds === null]);

  const start = async (): Promise<string | null> => {
    const problem = recorder.current ? await recorder.current.start() : '这里不能录音';
    if (!problem) setSeconds(0);
    return problem;
  };
  const stop = async (): Promise<Recording | null> => {
    const recording = (await recorder.current?.stop()) ?? null;
    setSeconds(null);
    return recording;
  };
  return { available: !!recorder.current, seconds, start, stop };
}
