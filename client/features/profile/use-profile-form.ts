import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ErrorCode } from '@contract/errors';
import type { MemberView } from '@contract/member-model';
import { useSend } from '../../api/use-send';
import { draftIntentStore, useDraft } from '../drafts';
import { FIELD_ORDER, fieldDomId, noteVoiceChange, validateDraft, type FieldErrors, type ProfileDraft } from './draft';
import { noticeWords, type Notice } from './notice-words';

/** Draft keys and the dotted paths the schema and the server use for them. */
const PATH_OF: Record<keyof ProfileDraft, string> = {
  name: 'name',
  birthYear: 'birthYear',
  formerUnit: 'formerUnit',
  branchId: 'branchId',
  phone: 'phone',
  livingSituation: 'livingSituation',
  mobility: 'mobility',
  needsHomeDelivery: 'needsHomeDelivery',
  ecName: 'emergencyContact.name',
  ecPhone: 'emergencyContact.phone',
  ecRelation: 'emergencyContact.relation',
  address: 'address',
  landmark: 'landmark',
  note: 'note',
  noteVoice: 'noteVoice',
};

/** Which write the form makes: registering (with the 荣退 invitation's code, if any), or 修改资料. */
export type ProfileSubmit = { action: 'members.register'; invite?: string } | { action: 'members.updateProfile' };

export interface ProfileFormOptions {
  initial: ProfileDraft;
  /** The original phone, in edit mode: emptying the box sends "" so the server removes it. */
  originalPhone?: string;
  submits: ProfileSubmit;
  onDone: (member: MemberView) => void;
  /** Handle a particular failure yourself (e.g. ALREADY_REGISTERED); return true if handled. */
  onFailure?: (code: ErrorCode) => boolean;
  /** Keep what is typed on the phone under this key (drafts), with the unsettled submit's requestId. */
  draftKey?: string;
}

function scrollToFirst(errors: FieldErrors): void {
  const first = FIELD_ORDER.find((k) => errors[k]);
  if (!first) return;
  Taro.pageScrollTo({ selector: `#${fieldDomId(first)}`, duration: 300 }).catch(() => undefined);
}

export function useProfileForm({ initial, originalPhone, submits, onDone, onFailure, draftKey }: ProfileFormOptions) {
  const [draft, setDraft] = useState<ProfileDraft>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<Notice>();
  const [busy, setBusy] = useState(false);
  const send = useSend(draftKey ? draftIntentStore(draftKey) : undefined);
  const kept = useDraft<ProfileDraft>({
    key: draftKey ?? '',
    ready: !!draftKey,
    value: draft,
    // Nothing changed from what the form opened with: nothing to keep.
    isEmpty: (d) => JSON.stringify(d) === JSON.stringify(initial),
    restore: setDraft,
    reset: () => setDraft(initial),
  });

  /** Change one field; its error goes away while the reader is fixing it. */
  function set<K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]): void {
    setDraft((d) => ({ ...d, [key]: value }));
    const path = PATH_OF[key];
    setErrors((e) => {
      if (!e[path]) return e;
      const rest = { ...e };
      delete rest[path];
      return rest;
    });
  }

  async function submit(): Promise<void> {
    if (busy) return;
    const checked = validateDraft(draft);
    if (originalPhone && draft.phone.trim() === '' && checked.input) checked.input = { ...checked.input, phone: '' };
    const count = Object.keys(checked.errors).length;
    if (!checked.input || count > 0) {
      setErrors(checked.errors);
      setNotice({ kind: 'fields' });
      scrollToFirst(checked.errors);
      return;
    }
    setErrors({});
    setNotice(undefined);
    setBusy(true);
    kept.flush();
    const res =
      submits.action === 'members.register'
        ? await send('members.register', { ...checked.input, ...(submits.invite ? { invite: submits.invite } : {}) })
        : await send('members.updateProfile', { ...checked.input, ...noteVoiceChange(initial, draft) });
    if (res.ok) {
      // Stay busy: the page is about to move on, and a late second tap must not start a new intent.
      kept.done();
      onDone(res.data);
      return;
    }
    setBusy(false);
    if (onFailure?.(res.error.code)) return;
    const fields = res.error.fields ?? {};
    setErrors(fields);
    setNotice({ kind: 'answer', text: res.error.message });
    scrollToFirst(fields);
  }

  const errorOf = (key: keyof ProfileDraft): string | undefined => errors[PATH_OF[key]];
  /** Server messages for paths the form has no field for (shown with the notice). */
  const otherErrors = Object.entries(errors)
    .filter(([k]) => !(FIELD_ORDER as readonly string[]).includes(k))
    .map(([, v]) => v);

  const fieldErrors = Object.keys(errors).filter((k) => (FIELD_ORDER as readonly string[]).includes(k)).length;
  return { draft, set, submit, busy, notice: noticeWords(notice, fieldErrors), errorOf, otherErrors, kept };
}
