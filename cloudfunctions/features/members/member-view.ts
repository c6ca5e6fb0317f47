import type { MemberSummary, MemberView } from '../../contract/member-model';
import type { MemberDoc } from '../../platform/caller';

/** Stored member → what clients see. The openid never leaves the server. */
export const toMemberView = (doc: MemberDoc): MemberView => ({
  id: doc._id,
  name: doc.name,
  birthYear: doc.birthYear,
  formerUnit: doc.formerUnit,
  branchId: doc.branchId,
  branchName: doc.branchName,
  ...(doc.phone ? { phone: doc.phone } : {}),
  livingSituation: doc.livingSituation,
  mobility: doc.mobility,
  needsHomeDelivery: doc.needsHomeDelivery,
  emergencyContact: doc.emergencyContact,
  ...(doc.address ? { address: doc.address } : {}),
  ...(doc.landmark ? { landmark: doc.landmark } : {}),
  ...(doc.note ? { note: doc.note } : {}),
  ...(doc.noteVoice ? { noteVoice: { fileId: doc.noteVoice.fileId, seconds: doc.noteVoice.seconds } } : {}),
  roles: doc.roles,
  ...(doc.secretaryOf ? { secretaryOf: doc.secretaryOf } : {}),
  createdAt: new Date(doc.createdAt).toISOString(),
});

export const toMemberSummary = (doc: MemberDoc): MemberSummary => ({
  id: doc._id,
  name: doc.name,
  birthYear: doc.birthYear,
  branchId: doc.branchId,
  branchName: doc.branchName,
  roles: doc.roles,
  ...(doc.secretaryOf ? { secretaryOf: doc.secretaryOf } : {}),
});
