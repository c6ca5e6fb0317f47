import { checked, type Database } from '../../platform/database';
import { SIGNUPS, type ActivityDoc } from './docs';
import { getActivity } from './reads';

/**
 * Sign-up documents carry a copy of their activity's title, time, place and whether it was called off,
 * for 我的志愿 and the service records. An edit or a cancellation changes the activity first (one document,
 * with its audit entry) and then brings the copies in line with ONE batch update, outside any transaction:
 * a transaction over up to 700 sign-ups would outgrow CloudBase's transaction limits.
 *
 * `copyRevision` makes this safe to repeat and to race: every change of the activity raises it, the batch
 * update touches only copies of an older revision, and a sign-up written from an activity read just before
 * an edit checks the revision afterwards and refreshes itself (refreshCopy). So whichever write lands last,
 * the copies end at the activity's current revision, and a call that died half-way is finished by the next.
 */
export const copyOf = (a: ActivityDoc) => ({
  title: a.title, place: a.place, field: a.field, activityStart: a.startAt, activityEnd: a.endAt, deadline: a.deadline,
  month: a.month, activityCancelled: !!a.cancelled, copyRevision: a.copyRevision ?? 0,
});

/** Brings every sign-up of `activity` to its revision; repeats while a racing sign-up still lags. */
export const syncCopies = async (db: Database, activity: ActivityDoc): Promise<void> => {
  const _ = db.command;
  for (let round = 0; round < 5; round++) {
    const res = checked(await db.collection(SIGNUPS).where({ activityId: activity._id, copyRevision: _.neq(activity.copyRevision ?? 0) }).update(copyOf(activity)));
    if (!(res as { updated?: number }).updated) return;
  }
};

/** After writing one sign-up from `seen`: if the activity moved on meanwhile, copy the newer revision. */
export const refreshCopy = async (db: Database, seen: ActivityDoc, signupId: string): Promise<void> => {
  const now = await getActivity(db, seen._id);
  if ((now.copyRevision ?? 0) === (seen.copyRevision ?? 0)) return;
  checked(await db.collection(SIGNUPS).doc(signupId).update(copyOf(now)));
};
