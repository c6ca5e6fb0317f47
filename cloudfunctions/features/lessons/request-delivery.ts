import { AppError } from '../../platform/app-error';
import { requireMember, type Handler } from '../../platform/routes';
import { giveDelivery, remindSecretaries } from './delivery-task';
import { canRead, getLesson } from './store';

/**
 * 请送学上门: a member who cannot study a lesson alone (eyes, hands, no one to read it) asks for it to be
 * brought home. It becomes (or joins) an open delivery task of theirs the branch secretary sees as
 * 本人申请; asking twice, or for a lesson already on a task, changes nothing. A studied lesson needs no visit.
 */
export const requestDelivery: Handler<'lessons.requestDelivery'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const lesson = await getLesson(ctx.deps.db, input.lessonId);
  if (lesson.status !== 'published' || !canRead(ctx.caller, lesson)) throw new AppError('NOT_FOUND');
  const { outcome, taskId } = await giveDelivery(ctx.deps, ctx.now, lesson, member, 'member');
  if (!taskId) throw new AppError('INVALID_STATE'); // already studied
  // The branch secretary hears of a new request at once (asking again tells no one twice).
  if (outcome !== 'skipped') await remindSecretaries(ctx.deps, new Map([[member.branchId, 1]]));
  return { deliveryPlanned: true as const, joined: outcome !== 'created' };
};
