import { readFileSync } from 'node:fs';
import path from 'node:path';
import { TEMPLATES, type TemplateKey } from '../../../contract/templates';

/**
 * The templates "applied for in the WeChat console" of the local mini-program: the ids in
 * config/subscribe-templates.json's `local` section, each with the keywords the registry lists (what
 * the README tells an operator to pick). A send naming another id is refused with 40037, a data key
 * the template does not have with 47003, as WeChat does.
 */
export type ConsoleTemplates = Map<string, { key: TemplateKey; keywords: Set<string> }>;

export const LOCAL_TEMPLATE_CONFIG = path.resolve(__dirname, '../../../../config/subscribe-templates.json');

export const localTemplateIds = (): Partial<Record<TemplateKey, string>> => {
  const config = JSON.parse(readFileSync(LOCAL_TEMPLATE_CONFIG, 'utf8')) as { local?: Partial<Record<TemplateKey, string>> };
  return config.local ?? {};
};

export const localConsoleTemplates = (): ConsoleTemplates => {
  const out: ConsoleTemplates = new Map();
  for (const [key, id] of Object.entries(localTemplateIds()) as Array<[TemplateKey, string]>) {
    out.set(id, { key, keywords: new Set(Object.keys(TEMPLATES[key].fields)) });
  }
  return out;
};
