import { useState } from 'react';
import type { OutputOf } from '@contract/registry';
import { DESK_CODE_PATTERN, normaliseDeskCode } from '@contract/desk-words';
import { useRun } from '../../api/use-run';

export type ScannedDesk = OutputOf<'desk.scan'>;

/**
 * The phone's side of 电脑上办公: read a scanned or typed code, confirm it, 退出所有电脑. Each step is one
 * button; the server's words are shown when it refuses (a plain member, an expired or used code).
 */
export function useDeskLink() {
  const scan = useRun('desk.scan');
  const confirm = useRun('desk.confirm');
  const signOutAll = useRun('desk.signOutAll');
  const [found, setFound] = useState<ScannedDesk | null>(null);
  const [done, setDone] = useState<'confirmed' | 'signedOut' | null>(null);
  const [typedError, setTypedError] = useState<string | undefined>();

  const look = async (text: string) => {
    const code = normaliseDeskCode(text);
    setDone(null);
    setFound(null);
    if (!DESK_CODE_PATTERN.test(code)) {
      setTypedError('登录码是电脑屏幕上的8位字母和数字，请看清再输入');
      return;
    }
    setTypedError(undefined);
    const answer = await scan.run({ code });
    if (answer) setFound(answer);
  };

  return {
    found,
    done,
    busy: scan.busy || confirm.busy || signOutAll.busy,
    error: typedError ?? scan.error ?? confirm.error ?? signOutAll.error,
    look,
    confirm: async () => {
      if (!found) return;
      if (await confirm.run({ code: found.code })) {
        setFound(null);
        setDone('confirmed');
      }
    },
    cancel: () => setFound(null),
    signOutAll: async () => {
      if (await signOutAll.run({})) setDone('signedOut');
    },
  };
}
