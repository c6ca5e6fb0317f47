import { ANSWER_TEMPLATES } from './ideas-words';

/**
 * The blanks of the answer templates, such as "（写明做了什么、何时完成）": the places staff must fill
 * before an answer may reach the author. Both sides use this one list: the handling page to say what is
 * left and to keep 发布 back, the ideas function to refuse publishing (ANSWER_HAS_BLANKS) whatever a
 * client sends. Only the templates' own blanks count, so an answer may still use brackets of its own
 * ("县交通运输局（运管所）"); any "（写明…）" counts too, as every template blank starts so.
 */
const BRACKETED = /（[^（）]{1,40}）/g;

export const TEMPLATE_BLANKS: readonly string[] = [...new Set(ANSWER_TEMPLATES.flatMap((t) => t.text.match(BRACKETED) ?? []))];

/** The template blanks still in `text`, in the order they appear, each once. */
export const blanksIn = (text: string): string[] => {
  const found = (text.match(BRACKETED) ?? []).filter((b) => TEMPLATE_BLANKS.includes(b) || b.startsWith('（写明'));
  return [...new Set(found)];
};

/** What to tell staff about the blanks left, or null when there are none. */
export const blanksMessage = (text: string): string | null => {
  const left = blanksIn(text);
  return left.length ? `请把答复里的${left.map((b) => `“${b}”`).join('、')}换成实际内容，再发布` : null;
};
