import type { z } from '../../cloudfunctions/contract/zod';

/** A leaf of an action's input: where it sits (`lesson.body.[].fileId`) and its schema, wrappers removed. */
export interface Leaf {
  path: string[];
  schema: z.ZodType;
  type: string;
}

type Def = { type: string; [key: string]: unknown };
const defOf = (schema: unknown): Def | undefined => (schema as { _zod?: { def?: Def } })?._zod?.def;

const WRAPPERS = new Set(['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch', 'nonoptional']);

/** Every leaf of a schema, depth first; arrays add `[]` to the path, unions and pipes are followed on every side. */
export const leavesOf = (schema: z.ZodType, path: string[] = [], out: Leaf[] = []): Leaf[] => {
  const def = defOf(schema);
  if (!def) return out;
  if (WRAPPERS.has(def.type)) return leavesOf(def.innerType as z.ZodType, path, out);
  switch (def.type) {
    case 'object':
      for (const [key, value] of Object.entries(def.shape as Record<string, z.ZodType>)) leavesOf(value, [...path, key], out);
      return out;
    case 'array':
      return leavesOf(def.element as z.ZodType, [...path, '[]'], out);
    case 'pipe':
      return leavesOf(def.in as z.ZodType, path, out);
    case 'union':
      for (const option of def.options as z.ZodType[]) leavesOf(option, path, out);
      return out;
    default:
      out.push({ path, schema, type: def.type });
      return out;
  }
};

/** `value` put at `path` in an otherwise empty input (arrays hold the one element). */
export const inputWith = (path: string[], value: unknown): unknown => {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  return head === '[]' ? [inputWith(rest, value)] : { [head]: inputWith(rest, value) };
};
