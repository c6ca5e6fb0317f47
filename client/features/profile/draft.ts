import { profileInput, type MemberView, type ProfileInput } from '@contract/member-model';

type LivingSituation = ProfileInput['livingSituation'];
type Mobility = ProfileInput['mobility'];

/** What the form holds while the reader types: text as typed, choices possibly not made yet. */
export interface ProfileDraft {
  name: string;
  birthYear: string;
  formerUnit: string;
  branchId: string;
  phone: string;
  livingSituation?: LivingSituation;
  mobility?: Mobility;
  needsHomeDelivery?: boolean;
  ecName: string;
  ecPhone: string;
  ecRelation: string;
  address: string;
  landmark: string;
  note: string;
  /** 其他情况 said aloud (修改资料 only): kept from before (no preview), new, or null when dropped. */
  noteVoice?: { fileId: string; seconds: number; previewUrl: string } | null;
}

export type FieldErrors = Record<string, string>;

export const emptyDraft = (): ProfileDraft => ({
  name: '',
  birthYear: '',
  formerUnit: '',
  branchId: '',
  phone: '',
  ecName: '',
  ecPhone: '',
  ecRelation: '',
  address: '',
  landmark: '',
  note: '',
});

export const draftFromMember = (m: MemberView): ProfileDraft => ({
  name: m.name,
  birthYear: String(m.birthYear),
  formerUnit: m.formerUnit,
  branchId: m.branchId,
  phone: m.phone ?? '',
  livingSituation: m.livingSituation,
  mobility: m.mobility,
  needsHomeDelivery: m.needsHomeDelivery,
  ecName: m.emergencyContact.name,
  ecPhone: m.emergencyContact.phone,
  ecRelation: m.emergencyContact.relation,
  address: m.address ?? '',
  landmark: m.landmark ?? '',
  note: m.note ?? '',
  noteVoice: m.noteVoice ? { ...m.noteVoice, previewUrl: '' } : null,
});

/** 修改资料's recording, sent only when it changed: the new one, or null to remove the one on file. */
export const noteVoiceChange = (initial: ProfileDraft, d: ProfileDraft): { noteVoice?: { fileId: string; seconds: number } | null } => {
  const now = d.noteVoice ?? null;
  if ((initial.noteVoice?.fileId ?? null) === (now?.fileId ?? null)) return {};
  return { noteVoice: now && { fileId: now.fileId, seconds: now.seconds } };
};

/** The action input the draft stands for. Empty optional fields are left out, not sent as "". */
export function toInput(d: ProfileDraft): Record<string, unknown> {
  const year = d.birthYear.trim();
  const input: Record<string, unknown> = {
    name: d.name,
    birthYear: year === '' ? undefined : /^\d+$/.test(year) ? Number(year) : Number.NaN,
    formerUnit: d.formerUnit,
    branchId: d.branchId === '' ? undefined : d.branchId,
    livingSituation: d.livingSituation,
    mobility: d.mobility,
    needsHomeDelivery: d.needsHomeDelivery,
    // An empty phone is left out so the schema says "请填写…" rather than "格式不对".
    emergencyContact: { name: d.ecName, phone: d.ecPhone.trim() || undefined, relation: d.ecRelation },
  };
  if (d.phone.trim() !== '') input.phone = d.phone.trim();
  if (d.note.trim() !== '') input.note = d.note;
  // Sent even when empty: "" is how an edit clears an address that has moved away.
  input.address = d.address.trim();
  input.landmark = d.landmark.trim();
  return input;
}

/**
 * Check the draft with the contract's own schema (the same rules the server applies), so most mistakes
 * are shown before sending. Keys are dotted paths, like the server's `error.fields`.
 */
export function validateDraft(d: ProfileDraft): { input?: ProfileInput; errors: FieldErrors } {
  const parsed = profileInput.safeParse(toInput(d));
  if (parsed.success) return { input: toInput(d) as ProfileInput, errors: {} };
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) {
    const key = issue.path.map(String).join('.') || 'form';
    if (!errors[key]) errors[key] = issue.message;
  }
  return { errors };
}

/** Display order of the fields, to find the first error to scroll to. */
export const FIELD_ORDER = [
  'name',
  'birthYear',
  'formerUnit',
  'branchId',
  'phone',
  'livingSituation',
  'mobility',
  'needsHomeDelivery',
  'emergencyContact.name',
  'emergencyContact.phone',
  'emergencyContact.relation',
  'address',
  'landmark',
  'note',
  'noteVoice',
] as const;

export const fieldDomId = (key: string): string => `pf-${key.replace(/\./g, '-')}`;
