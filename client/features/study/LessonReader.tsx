import { useMemo, useState } from 'react';
import type { LessonDetail } from '@contract/lesson-model';
import { ReadAloudPlayer } from './ReadAloudPlayer';
import { LessonBody } from './LessonBody';
import { speechScript } from './speech-script';

interface Props {
  lesson: LessonDetail;
  /** 朗读 by speech (lessons without a recording); with a recording the page shows its player instead. */
  aloud: boolean;
  /** The read-aloud place kept from an earlier visit, and where to report it. */
  from?: number;
  onChunk?: (i: number) => void;
}

/**
 * The lesson's words with 朗读: the player reads the sentences the page shows, counts the 段 the reader
 * sees, and the sentence being read is marked in the text and kept on screen.
 */
export function LessonReader({ lesson, aloud, from, onChunk }: Props) {
  const script = useMemo(() => speechScript(lesson), [lesson]);
  const [speaking, setSpeaking] = useState<number | null>(null);
  return (
    <>
      {aloud && <ReadAloudPlayer script={script} from={from} onChunk={onChunk} onSpeaking={setSpeaking} />}
      <LessonBody lesson={lesson} now={speaking === null ? undefined : script.pieces[speaking]} />
    </>
  );
}
