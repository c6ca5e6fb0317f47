import { z } from '../../zod';
import { id, optionalText, photos, text } from '../../text';
import { IDEA_CATEGORIES, IDEA_CONTENT_CHARS, IDEA_PLACE_MAX_CHARS, IDEA_TITLE_CHARS } from '../../ideas-model';

/** Field rules both the member's and the staff side of 金点子 use. */
export const ideaId = id('金点子编号');
export const category = z.enum(IDEA_CATEGORIES, { error: '请选择类别' });
export { photos } from '../../text';
export const day = (label: string) => z.string({ error: `请选择${label}` }).regex(/^\d{4}-\d{2}-\d{2}$/, `${label}格式不对`);

export const ideaFields = {
  category,
  title: text({ label: '标题', ...IDEA_TITLE_CHARS }),
  content: text({ label: '具体内容', ...IDEA_CONTENT_CHARS, multiline: true }),
  place: optionalText({ label: '地点', max: IDEA_PLACE_MAX_CHARS }),
  photos: photos.optional(),
};

export const byId = z.object({ ideaId }).strict();
