import type { FunctionName } from '../contract/define';
import type { ActionsOf, OutputOf, ParsedInputOf } from '../contract/registry';
import type { Caller } from './caller';
import type { Deps } from './deps';

/** What a use case receives besides its parsed input. */
export interface ActionContext {
  deps: Deps;
  caller: Caller;
  requestId: string;
  action: string;
  now: Date;
}

/** A registered caller: actions whose access is a role list only ever run with a member. */
export type MemberCaller = Caller & { member: NonNullable<Caller['member']> };

export type Handler<A extends keyof import('../contract/registry').Actions> = (
  ctx: ActionContext,
  input: ParsedInputOf<A>,
) => Promise<OutputOf<A>>;

/** One handler for every action of a function: the compiler refuses a router that misses one. */
export type Routes<F extends FunctionName> = { [A in ActionsOf<F>]: Handler<A> };

/**
 * The handlers of one namespace a function runs besides its own (`features/<function>/<namespace>/routes.ts`):
 * every action of that namespace, and only those. The function's router spreads them into its `Routes<F>`.
 */
export type NamespaceRoutes<F extends FunctionName, N extends string> = { [A in Extract<ActionsOf<F>, `${N}.${string}`>]: Handler<A> };

export const requireMember = (caller: Caller): MemberCaller => {
  if (!caller.member) throw new Error('use case reached without a member: the access rule is wrong');
  return caller as MemberCaller;
};
