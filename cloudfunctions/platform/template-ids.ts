import { TEMPLATE_KEYS, type TemplateKey } from '../contract/templates';

/**
 * Template ids differ per mini-program, so they are configuration: deploy writes the environment's
 * section of config/subscribe-templates.json into the functions' SUBSCRIBE_TEMPLATE_IDS variable (the
 * local stack sets the 'local' section). A template without an id is simply not pushed; its 消息 entry
 * is still kept.
 */
export type TemplateIds = Partial<Record<TemplateKey, string>>;

export const parseTemplateIds = (raw: string | undefined): TemplateIds => {
  if (!raw) return {};
  try {
    const parsed = JSON.parse(raw) as Record<string, unknown>;
    return Object.fromEntries(TEMPLATE_KEYS.filter((k) => typeof parsed[k] === 'string' && parsed[k]).map((k) => [k, parsed[k] as string]));
  } catch {
    return {};
  }
};
