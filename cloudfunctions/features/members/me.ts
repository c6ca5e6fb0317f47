import type { Handler } from '../../platform/routes';
import { toMemberView } from './member-view';

/** The pipeline has already looked the caller up; this only shapes the answer. */
export const me: Handler<'members.me'> = async (ctx) => {
  const { member } = ctx.caller;
  if (!member) return { registered: false as const };
  const roles = [...ctx.caller.roles];
  return { registered: true as const, member: { ...toMemberView(member), roles } };
};
