import { TRIGGERS, type TriggerSpec } from './build';
import { COLLECTIONS } from './contract/collections';
import { INDEXES } from './platform/indexes';

/**
 * What `npm run deploy` applies besides the function code, derived from the declarations in code:
 * one cloudbaserc.json for the CloudBase CLI, each collection's indexes in the shape CloudBase's
 * UpdateTable / manager-node `updateCollection` takes, the security rule for every collection, and
 * each function's timer trigger.
 */

/** CloudBase's rule for trigger names; the CLI would only refuse them mid-deploy. */
const TRIGGER_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/;

/** Refuses, before anything is uploaded, a trigger declaration CloudBase would reject. */
export const checkTriggers = (triggers: Record<string, TriggerSpec[]>): Record<string, TriggerSpec[]> => {
  for (const [fn, list] of Object.entries(triggers)) {
    // CloudBase allows one trigger per function: a second would fail on create, after the first exists.
    if (list.length > 1) throw new Error(`${fn}: CloudBase allows one trigger per function, ${list.length} declared`);
    for (const t of list) {
      if (!TRIGGER_NAME.test(t.name)) throw new Error(`${fn}: trigger name "${t.name}" must match ${TRIGGER_NAME}`);
      if (t.type !== 'timer') throw new Error(`${fn}.${t.name}: only timer triggers are supported`);
      const fields = t.config.trim().split(/\s+/).length;
      if (fields !== 7) throw new Error(`${fn}.${t.name}: cron "${t.config}" has ${fields} fields, CloudBase needs 7 (sec min hour day month weekday year)`);
    }
  }
  return triggers;
};

/** The declared triggers of the given functions, checked. */
export const triggersOf = (functions: string[], triggers: Record<string, TriggerSpec[]> = TRIGGERS): Record<string, TriggerSpec[]> => {
  checkTriggers(triggers);
  return Object.fromEntries(functions.map((name) => [name, triggers[name] ?? []]));
};

/**
 * `extraEnv` carries per-environment settings such as SUBSCRIBE_TEMPLATE_IDS; ADMIN_OPENIDS is set last
 * so nothing else can replace the bootstrap admins.
 */
export const cloudbaserc = (envId: string, functions: string[], adminOpenids: string, extraEnv: Record<string, string> = {}) => {
  const triggers = triggersOf(functions);
  return {
    version: '2.0',
    envId,
    functionRoot: './functions',
    functions: functions.map((name) => ({
      name,
      timeout: name === 'jobs' ? 60 : 20,
      runtime: 'Nodejs16.13',
      installDependency: true,
      envVariables: { ...extraEnv, ADMIN_OPENIDS: adminOpenids },
      ...(triggers[name].length > 0 ? { triggers: triggers[name] } : {}),
    })),
  };
};

export interface CreateIndex {
  IndexName: string;
  MgoKeySchema: { MgoIsUnique: boolean; MgoIndexKeys: Array<{ Name: string; Direction: string }> };
}

export const indexPlan = (): Array<{ collection: string; createIndexes: CreateIndex[] }> =>
  Object.values(COLLECTIONS).map((collection) => ({
    collection,
    createIndexes: INDEXES.filter((i) => i.collection === collection).map((i) => ({
      IndexName: i.name,
      MgoKeySchema: {
        MgoIsUnique: Boolean(i.unique),
        MgoIndexKeys: i.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })),
      },
    })),
  }));

/**
 * Cloud functions bypass security rules, so all authorisation lives in them; clients may read and
 * write nothing directly.
 */
export const SECURITY_RULE = { read: false, write: false };

/** Everything deploy makes the environment match, for the given deployed functions. */
export interface DesiredState {
  collections: Array<{ name: string; indexes: CreateIndex[]; rule: Record<string, unknown> }>;
  triggers: Record<string, TriggerSpec[]>;
}

export const desiredState = (functions: string[]): DesiredState => ({
  collections: indexPlan().map(({ collection, createIndexes }) => ({ name: collection, indexes: createIndexes, rule: SECURITY_RULE })),
  triggers: triggersOf(functions),
});
