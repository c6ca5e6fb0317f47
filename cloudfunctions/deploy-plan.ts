import { COLLECTIONS } from './contract/collections';
import { INDEXES } from './platform/indexes';

/**
 * What `npm run deploy` applies besides the function code, derived from the declarations in code:
 * one cloudbaserc.json for the CloudBase CLI, each collection's indexes in the shape CloudBase's
 * UpdateTable / manager-node `updateCollection` takes, and the security rule for every collection.
 */
export const cloudbaserc = (envId: string, functions: string[], adminOpenids: string) => ({
  version: '2.0',
  envId,
  functionRoot: './functions',
  functions: functions.map((name) => ({
    name,
    timeout: name === 'jobs' ? 60 : 20,
    runtime: 'Nodejs16.13',
    installDependency: true,
    envVariables: { ADMIN_OPENIDS: adminOpenids },
  })),
});

export const indexPlan = () =>
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
 * write nothing directly (DESIGN §3).
 */
export const SECURITY_RULE = { read: false, write: false };
