import type { z } from '../contract/zod';

/**
 * Keys no action may ever declare: identity comes from the platform, document ids and operators from us.
 * (`role` is not here: members.grantRole names the role to grant. Where an action does not declare it,
 * the strict schema refuses it like any unknown key.)
 */
const FORBIDDEN_KEYS = new Set(['openid', '_openid', '_id', '__proto__', 'constructor', 'prototype']);
const MAX_DEPTH = 8;

/**
 * Finds a forbidden key anywhere in the payload. Strict schemas already refuse unknown keys, but this
 * also guards free-form parts and answers with one clear field, before any schema runs.
 */
export const findForbiddenKey = (value: unknown, path: string[] = []): string | null => {
  if (path.length > MAX_DEPTH) return path.join('.') || '(root)';
  if (typeof value !== 'object' || value === null) return null;
  for (const key of Object.keys(value)) {
    const here = [...path, key];
    if (key.startsWith('$') || FORBIDDEN_KEYS.has(key)) return here.join('.');
    const found = findForbiddenKey((value as Record<string, unknown>)[key], here);
    if (found) return found;
  }
  return null;
};

/** zod issues → one Chinese message per dotted field path (the first issue of each field wins). */
export const fieldErrors = (error: z.ZodError): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) fields[[...issue.path, key].join('.')] = '不认识的填写项';
      continue;
    }
    const path = issue.path.join('.') || '(root)';
    fields[path] ??= issue.message;
  }
  return fields;
};
