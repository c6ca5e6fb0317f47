import type { ConsoleTemplates } from './console-templates';

/**
 * Validation of subscribeMessage.send the way WeChat does it, so a message that WeChat would reject fails
 * locally too. Errcodes are WeChat's: 40003 bad touser, 40037 a template_id this mini-program has not
 * applied for, 47003 a data key the template lacks or a value that breaks its keyword rule, 41030 bad
 * page. (43101, no acceptance left, is decided by the caller with the subscription store.)
 */

export interface WxResult {
  errcode: number;
  errmsg: string;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: string;
  lang?: string;
}

/** Value rules per keyword type (the key `thing1` has type `thing`). Lengths count characters. */
const RULES: Record<string, (v: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  number: (v) => /^[-+]?\d+(\.\d+)?$/.test(v) && v.length <= 32,
  letter: (v) => /^[A-Za-z]+$/.test(v) && v.length <= 32,
  symbol: (v) => [...v].length <= 5,
  character_string: (v) => /^[\x21-\x7e]+$/.test(v) && v.length <= 32,
  // A time must carry the clock (24-hour), optionally after the date.
  time: (v) => /^(\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s*)?\d{1,2}:\d{2}(:\d{2})?$/.test(v.trim()),
  date: (v) => /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(v.trim()),
  amount: (v) => /^[¥$€]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => [...v].length <= 8,
  name: (v) => ([...v].length <= 10 || /^[A-Za-z ]{1,20}$/.test(v)) && [...v].length <= 20,
  phrase: (v) => /^[\u4e00-\u9fa5]{1,5}$/.test(v),
};

export const err = (errcode: number, errmsg: string): WxResult => ({ errcode, errmsg: `${errmsg} rid: emulator` });

export function validateSubscribeMessage(req: Record<string, unknown>, templates: ConsoleTemplates): WxResult | SubscribeMessage {
  const { touser, template_id: templateId, page, data } = req;
  if (typeof touser !== 'string' || !/^[A-Za-z0-9_-]{5,64}$/.test(touser)) {
    return err(40003, 'invalid openid');
  }
  const template = typeof templateId === 'string' ? templates.get(templateId) : undefined;
  if (typeof templateId !== 'string' || !template) return err(40037, 'invalid template_id');
  if (page !== undefined && (typeof page !== 'string' || page.startsWith('/') || page.length > 1024)) {
    return err(41030, 'invalid page');
  }
  if (!data || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
    return err(47003, 'argument invalid! data is empty');
  }
  for (const [key, entry] of Object.entries(data as Record<string, unknown>)) {
    const m = /^([a-z_]+?)(\d+)$/.exec(key);
    const rule = m ? RULES[m[1]] : undefined;
    if (!rule || !template.keywords.has(key)) return err(47003, `argument invalid! data.${key} is not a keyword of this template`);
    const value = (entry as { value?: unknown } | null)?.value;
    if (typeof value !== 'string' || value.length === 0) return err(47003, `argument invalid! data.${key}.value is empty`);
    if (!rule(value)) return err(47003, `argument invalid! data.${key}.value invalid`);
  }
  return {
    touser,
    templateId,
    ...(typeof page === 'string' ? { page } : {}),
    data: data as Record<string, { value: string }>,
    ...(typeof req.miniprogram_state === 'string' ? { miniprogramState: req.miniprogram_state } : {}),
    ...(typeof req.lang === 'string' ? { lang: req.lang } : {}),
  };
}
