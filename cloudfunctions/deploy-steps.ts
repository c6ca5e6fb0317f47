import type { TriggerSpec } from './build';
import type { CreateIndex, DesiredState } from './deploy-plan';

/**
 * What deploy changes in an environment, worked out from what is there and what the code declares, so
 * that running deploy again changes nothing and a changed declaration changes only itself.
 * Pure: deploy.ts reads the environment and applies the steps.
 */

export interface CollectionState {
  exists: boolean;
  /** Names of the indexes present. An index is matched by name: changing its keys needs a new name. */
  indexes: string[];
  /** The custom security rule as CloudBase stores it (a JSON string), null when there is none. */
  rule: string | null;
}

export interface TriggerState {
  name: string;
  config: string;
}

/** A collection or function missing from these maps is taken as absent. */
export interface CurrentState {
  collections: Record<string, CollectionState>;
  triggers: Record<string, TriggerState[]>;
}

export type Step =
  | { kind: 'createCollection'; collection: string }
  | { kind: 'createIndex'; collection: string; index: CreateIndex }
  | { kind: 'setRule'; collection: string; rule: string }
  | { kind: 'deleteTrigger'; fn: string; trigger: TriggerState }
  | { kind: 'createTrigger'; fn: string; trigger: TriggerSpec };

export const EMPTY_STATE: CurrentState = { collections: {}, triggers: {} };

const ABSENT: CollectionState = { exists: false, indexes: [], rule: null };

/** Key order and spacing are not meaningful in a rule, so compare canonical forms. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(',')}]`
    : value && typeof value === 'object'
      ? `{${Object.keys(value)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(value);

const sameRule = (current: string | null, desired: unknown): boolean => {
  if (current === null) return false;
  try {
    return canonical(JSON.parse(current)) === canonical(desired);
  } catch {
    return false; // unreadable: set it again
  }
};

const sameCron = (a: string, b: string) => a.trim().split(/\s+/).join(' ') === b.trim().split(/\s+/).join(' ');

export const planSteps = (current: CurrentState, desired: DesiredState): Step[] => {
  const steps: Step[] = [];
  for (const { name, indexes, rule } of desired.collections) {
    const state = current.collections[name] ?? ABSENT;
    if (!state.exists) steps.push({ kind: 'createCollection', collection: name });
    for (const index of indexes) {
      if (!state.indexes.includes(index.IndexName)) steps.push({ kind: 'createIndex', collection: name, index });
    }
    if (!sameRule(state.rule, rule)) steps.push({ kind: 'setRule', collection: name, rule: JSON.stringify(rule) });
  }
  for (const [fn, wanted] of Object.entries(desired.triggers)) {
    const present = current.triggers[fn] ?? [];
    const same = (t: TriggerState, w: TriggerSpec) => t.name === w.name && sameCron(t.config, w.config);
    // The code is the source of truth: a trigger not declared (or declared differently) goes, and goes
    // first, since CloudBase allows a function one trigger and a changed one keeps its name.
    for (const t of present) if (!wanted.some((w) => same(t, w))) steps.push({ kind: 'deleteTrigger', fn, trigger: t });
    for (const w of wanted) if (!present.some((t) => same(t, w))) steps.push({ kind: 'createTrigger', fn, trigger: w });
  }
  return steps;
};

export const describeStep = (step: Step): string => {
  switch (step.kind) {
    case 'createCollection':
      return `创建集合 ${step.collection}`;
    case 'createIndex':
      return `创建索引 ${step.collection}.${step.index.IndexName}${step.index.MgoKeySchema.MgoIsUnique ? '（唯一）' : ''}`;
    case 'setRule':
      return `设置安全规则 ${step.collection}：${step.rule}`;
    case 'deleteTrigger':
      return `删除定时触发器 ${step.fn}.${step.trigger.name}（${step.trigger.config}）`;
    case 'createTrigger':
      return `创建定时触发器 ${step.fn}.${step.trigger.name}（${step.trigger.config}）`;
  }
};
