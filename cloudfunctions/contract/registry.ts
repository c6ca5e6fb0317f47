import type { z } from './zod';
import type { FunctionName } from './define';
import { membersActions } from './actions/members';
import { branchesActions } from './actions/branches';
import { placesActions } from './actions/places';
import { lessonsActions } from './actions/lessons';
import { volunteersActions } from './actions/volunteers';
import { ideasActions } from './actions/ideas';
import { sessionsActions } from './actions/sessions';
import { messagesActions } from './actions/messages';
import { todayActions } from './actions/today';
import { careActions } from './actions/care';
import { careHelpActions } from './actions/care-help';
import { careWelcomeActions } from './actions/care-welcome';

/**
 * The API: every action of every function, in one registry. The client's callApi is typed from it,
 * the function routers are checked against it, and the reliability suites iterate it, so a new action
 * is covered the moment it is added here.
 */
export const ACTIONS = {
  ...membersActions,
  ...branchesActions,
  ...placesActions,
  ...lessonsActions,
  ...volunteersActions,
  ...ideasActions,
  ...sessionsActions,
  ...messagesActions,
  ...todayActions,
  ...careActions,
  ...careHelpActions,
  ...careWelcomeActions,
};

export type Actions = typeof ACTIONS;
export type ActionName = keyof Actions;
export type InputOf<A extends ActionName> = z.input<Actions[A]['input']>;
export type ParsedInputOf<A extends ActionName> = z.output<Actions[A]['input']>;
export type OutputOf<A extends ActionName> = z.output<Actions[A]['output']>;
export type ActionsOf<F extends FunctionName> = {
  [A in ActionName]: Actions[A]['fn'] extends F ? A : never;
}[ActionName];

export const actionNames = Object.keys(ACTIONS) as ActionName[];
export const isActionName = (name: unknown): name is ActionName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(ACTIONS, name);
export const functionOf = (action: ActionName): FunctionName => ACTIONS[action].fn;
