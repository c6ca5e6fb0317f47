import { z } from '../../zod';
import { charCount, id, optionalText, photos, text, voiceRecording } from '../../text';
import { IDEA_CATEGORIES, IDEA_CONTENT_CHARS, IDEA_PLACE_MAX_CHARS, IDEA_TITLE_CHARS } from '../../ideas-model';

/** Field rules both the member's and the staff side of 金点子 use. */
export const ideaId = id('金点子编号');
export const category = z.enum(IDEA_CATEGORIES, { error: '请选择类别' });
export { photos } from '../../text';
export const day = (label: string) => z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式不对`);

/**
 * What a member sends as a 金点子. Typed, a title and a text of IDEA_TITLE_CHARS / IDEA_CONTENT_CHARS; said
 * aloud (`voice`), the recording alone is enough and whatever was typed besides is kept as it is. The
 * lengths are checked on the whole input so that the same words come back either way (请填写标题, 标题至少4个字).
 */
export const ideaFields = {
  category,
  title: text({ label: '标题', min: 0, max: IDEA_TITLE_CHARS.max }).optional(),
  content: text({ label: '具体内容', min: 0, max: IDEA_CONTENT_CHARS.max, multiline: true }).optional(),
  place: optionalText({ label: '地点', max: IDEA_PLACE_MAX_CHARS }),
  photos: photos.optional(),
  voice: voiceRecording.optional(),
};

type Typed = { title?: string; content?: string; voice?: unknown };

/** The typed parts' lower bounds, unless a recording carries the idea. */
const typedEnough = (v: Typed, issues: z.RefinementCtx) => {
  if (v.voice) return;
  const need = [
    ['title', '标题', IDEA_TITLE_CHARS.min, v.title],
    ['content', '具体内容', IDEA_CONTENT_CHARS.min, v.content],
  ] as const;
  for (const [path, label, min, value] of need) {
    if (value === undefined) issues.addIssue({ code: 'custom', path: [path], message: `请填写${label}` });
    else if (charCount(value) < min) issues.addIssue({ code: 'custom', path: [path], message: `${label}至少${min}个字` });
  }
};

/** ideas.submit's input. */
export const ideaInput = z.object(ideaFields).strict().superRefine(typedEnough);

/** 代录's: the same, with the member it is for. */
export const proxyIdeaInput = z.object({ ...ideaFields, memberId: id('老同志') }).strict().superRefine(typedEnough);

export const byId = z.object({ ideaId }).strict();
