import type { z } from './zod';
import type { FunctionName } from './define';
// By function (the folder), then namespace (the file): actions/<function>/<namespace>.ts.
import { membersActions } from './actions/members/members';
import { todayActions } from './actions/members/today';
import { helpActions } from './actions/members/help';
import { familyActions } from './actions/members/family';
import { branchesActions } from './actions/members/branches';
import { placesActions } from './actions/members/places';
import { messagesActions } from './actions/members/messages';
import { deskActions } from './actions/members/desk';
import { lessonsActions } from './actions/lessons/lessons';
import { sessionsActions } from './actions/lessons/sessions';
import { ideasActions } from './actions/ideas/ideas';
import { jobsActions } from './actions/jobs/jobs';
import { volunteersActions } from './actions/volunteers/volunteers';
import { careActions } from './actions/care/care';
import { careHelpActions } from './actions/care/care-help';
import { careWelcomeActions } from './actions/care/care-welcome';

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
  ...jobsActions,
  ...sessionsActions,
  ...messagesActions,
  ...deskActions,
  ...todayActions,
  ...helpActions,
  ...familyActions,
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
