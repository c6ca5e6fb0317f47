import { speechChunks } from '@contract/lesson-body';

/**
 * What 朗读 reads, tied to what the reader sees: every text block of the lesson is cut into sentences
 * (the page shows the very same sentences, so the one being read can be marked and kept on screen), and
 * each sentence is spoken as one piece (a very long one in a few). Blocks are counted as the reader
 * sees them: the title and summary first (the lesson's 简介), then each heading, paragraph and picture
 * caption of the body is one 段.
 */
export const TITLE_BLOCK = -2;
export const SUMMARY_BLOCK = -1;

export interface SpokenPiece {
  text: string;
  /** Index into the lesson's body, or TITLE_BLOCK / SUMMARY_BLOCK. */
  block: number;
  /** Index of the sentence within its block (as sentencesOf cuts it). */
  sentence: number;
  /** The 段 number the reader counts: 0 for the title and summary, then 1…parts. */
  part: number;
}

export interface SpeechScript {
  pieces: SpokenPiece[];
  /** How many 段 the body has (headings, paragraphs and captions), as seen on the page. */
  parts: number;
}

interface ScriptSource {
  title: string;
  summary: string;
  body: ReadonlyArray<{ type: 'heading' | 'paragraph'; text: string } | { type: 'image'; caption?: string }>;
}

/** Sentences of a text, ending at 。！？；!?; or a line break; joined again they are the text exactly. */
export const sentencesOf = (text: string): string[] => text.split(/(?<=[。！？!?；;\n])/).filter((s) => s.length > 0);

const blockText = (b: ScriptSource['body'][number]): string => (b.type === 'image' ? (b.caption ?? '') : b.text);

export const speechScript = (lesson: ScriptSource): SpeechScript => {
  const pieces: SpokenPiece[] = [];
  const add = (text: string, block: number, part: number) =>
    sentencesOf(text).forEach((s, sentence) => {
      for (const chunk of speechChunks(s)) pieces.push({ text: chunk, block, sentence, part });
    });
  add(lesson.title, TITLE_BLOCK, 0);
  add(lesson.summary, SUMMARY_BLOCK, 0);
  let parts = 0;
  lesson.body.forEach((b, i) => {
    const text = blockText(b);
    if (!text.trim()) return;
    parts += 1;
    add(text, i, parts);
  });
  return { pieces, parts };
};

/** "正在读简介" / "正在读第 2 段，共 4 段". */
export const pieceWords = (piece: SpokenPiece | undefined, parts: number): string =>
  !piece || piece.part === 0 ? '正在读标题和简介' : `正在读第 ${piece.part} 段，共 ${parts} 段`;
