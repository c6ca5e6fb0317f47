import type { BodyBlock } from './lesson-model';

/**
 * The body is structured data (headings, paragraphs, images by file id), never HTML: the client
 * renders each block with plain Text/Image components, so nothing a user types can become markup.
 */

/** All words of a lesson, for content safety (title, summary, headings, paragraphs, captions). */
export const lessonText = (lesson: { title: string; summary: string; body: BodyBlock[] }): string =>
  [
    lesson.title,
    lesson.summary,
    ...lesson.body.map((b) => (b.type === 'image' ? (b.caption ?? '') : b.text)),
  ]
    .filter(Boolean)
    .join('\n');

export const imageIds = (body: BodyBlock[]): string[] => body.flatMap((b) => (b.type === 'image' ? [b.fileId] : []));

/**
 * Writers type one text area: blank lines separate paragraphs, and a line starting with "#" is a
 * heading. This is the only "markup" there is, and it produces blocks, not HTML.
 */
export const parseBodyText = (raw: string): BodyBlock[] => {
  const blocks: BodyBlock[] = [];
  for (const chunk of raw.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean);
    let para: string[] = [];
    const flush = () => {
      if (para.length) blocks.push({ type: 'paragraph', text: para.join('\n') });
      para = [];
    };
    for (const line of lines) {
      const heading = /^#+\s*(.+)$/.exec(line);
      if (heading) {
        flush();
        blocks.push({ type: 'heading', text: heading[1].trim() });
      } else para.push(line);
    }
    flush();
  }
  return blocks;
};

/** The reverse, for editing a saved draft in the same text area (images are kept aside). */
export const bodyToText = (body: BodyBlock[]): string =>
  body
    .filter((b): b is Exclude<BodyBlock, { type: 'image' }> => b.type !== 'image')
    .map((b) => (b.type === 'heading' ? `# ${b.text}` : b.text))
    .join('\n\n');

/** Plain text for read-aloud, in chunks short enough for speech engines (sentence boundaries). */
export const speechChunks = (text: string, max = 120): string[] => {
  const sentences = text.split(/(?<=[。！？!?；;\n])/).map((s) => s.trim()).filter(Boolean);
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur && Array.from(cur + s).length > max) {
      out.push(cur);
      cur = '';
    }
    if (Array.from(s).length > max) {
      const chars = Array.from(s);
      for (let i = 0; i < chars.length; i += max) out.push(chars.slice(i, i + max).join(''));
      continue;
    }
    cur += s;
  }
  if (cur) out.push(cur);
  return out;
};
