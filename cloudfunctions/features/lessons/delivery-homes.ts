import { COLLECTIONS } from '../../contract/collections';
import type { DeliveryTaskView } from '../../contract/lesson-model';
import type { MemberDoc } from '../../platform/caller';
import type { Deps } from '../../platform/deps';

type Home = NonNullable<DeliveryTaskView['home']>;

/**
 * For the visitor's list of open 送学上门 tasks: where each member lives and how to ring them, read from
 * their 一人一策 in one query. Done tasks get nothing: the address is for going there, not for keeping.
 */
export const homesFor = async (db: Deps['db'], memberIds: string[]): Promise<Map<string, Home>> => {
  const ids = [...new Set(memberIds)];
  if (ids.length === 0) return new Map();
  const { data } = await db
    .collection(COLLECTIONS.members)
    .where({ _id: db.command.in(ids) })
    .field({ address: true, landmark: true, phone: true, emergencyContact: true })
    .limit(ids.length)
    .get();
  return new Map(
    (data as MemberDoc[]).map((m) => [
      m._id,
      {
        ...(m.address ? { address: m.address } : {}),
        ...(m.landmark ? { landmark: m.landmark } : {}),
        ...(m.phone ? { phone: m.phone } : {}),
        contact: m.emergencyContact,
      },
    ]),
  );
};
