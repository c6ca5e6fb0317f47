import type { FunctionName } from './define';

/**
 * Which deployed function answers each action namespace, without the schemas: the client needs only
 * this to address a call, and importing the registry for it would put every action's zod schema in the
 * mini-program's main package. A unit test holds it to the registry's own `fn` of every action.
 */
export const NAMESPACE_FUNCTIONS = {
  members: 'members',
  branches: 'members',
  places: 'members',
  messages: 'members',
  desk: 'members',
  family: 'members',
  lessons: 'lessons',
  sessions: 'lessons',
  volunteers: 'volunteers',
  ideas: 'ideas',
  jobs: 'jobs',
  care: 'care',
} as const satisfies Record<string, FunctionName>;

export type Namespace = keyof typeof NAMESPACE_FUNCTIONS;

/** The function an action (`namespace.verb`) is deployed in. */
export const functionFor = (action: `${Namespace}.${string}`): FunctionName => NAMESPACE_FUNCTIONS[action.slice(0, action.indexOf('.')) as Namespace];
