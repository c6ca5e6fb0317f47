import { COLLECTIONS } from '../../contract/collections';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction } from '../../platform/database';
import { requireMember, type Handler } from '../../platform/routes';
import { AppError } from '../../platform/app-error';
import { ADDRESS_FOR_DELIVERY } from '../../contract/member-model';
import { getBranch } from './branches/branch-store';
import { toMemberView } from './member-view';
import { nameKeys } from './name-keys';
import { requireUploads } from '../../platform/uploaded-files';

/** A member edits their own 一人一策 profile; moving branch keeps both branches' counts right. */
export const updateProfile: Handler<'members.updateProfile'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const { phone, noteVoice, ...rest } = input;
  // The same rule as registration, on the profile as it will be after this edit.
  const address = rest.address ?? member.address;
  if ((rest.needsHomeDelivery ?? member.needsHomeDelivery) && !address?.trim()) throw new AppError('VALIDATION_FAILED', { address: ADDRESS_FOR_DELIVERY });
  // 其他情况 said aloud: a stored recording of this environment under member-voice/, checked before anything is written.
  if (noteVoice) await requireUploads(ctx.deps.files, [noteVoice.fileId], 'memberVoice', 'noteVoice');
  const changes: Partial<MemberDoc> & { nameKeys?: string[] } = {
    ...rest,
    ...(noteVoice ? { noteVoice } : {}),
    ...(phone ? { phone } : {}),
    ...(rest.name ? { nameKeys: nameKeys(rest.name) } : {}),
    updatedAt: ctx.now,
  };
  const members = db.collection(COLLECTIONS.members);
  const moving = !!input.branchId && input.branchId !== member.branchId;
  // The new branch's name is part of the change, so it is in `write` whichever way the phone goes.
  const branch = moving ? await getBranch(db, input.branchId as string) : null;
  if (branch) changes.branchName = branch.name;
  // "" clears the phone and null the recording: the stored field is removed, not kept empty.
  const write = {
    ...changes,
    ...(phone === '' ? { phone: db.command.remove() } : {}),
    ...(noteVoice === null ? { noteVoice: db.command.remove() } : {}),
  };

  if (branch) {
    await inTransaction(db, async (tx) => {
      checked(await tx.collection(COLLECTIONS.members).doc(member._id).update(write));
      checked(await tx.collection(COLLECTIONS.branches).doc(branch._id).update({ memberCount: db.command.inc(1) }));
      checked(await tx.collection(COLLECTIONS.branches).doc(member.branchId).update({ memberCount: db.command.inc(-1) }));
    });
  } else {
    checked(await members.doc(member._id).update(write));
  }
  const updated = { ...member, ...changes } as MemberDoc;
  if (phone === '') delete updated.phone;
  if (noteVoice === null) delete updated.noteVoice;
  return { ...toMemberView(updated), roles: [...ctx.caller.roles] };
};
