import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { callApi } from '../../api/call-api';
import { actingNow, startActing } from './acting';

/**
 * For whom this helper page acts: the link in the page's address (a shared or reopened page keeps it), and
 * the elder's name kept when the helper chose them on 我帮办的老人 — never a name from another link. A page
 * opened from a shared link on a phone that never chose asks the helper's own links once for the name (and
 * keeps it); until then, or if the link is not theirs, it says 老人.
 */
export function useActingFor(): { linkId: string; memberName: string } {
  const { params } = useRouter();
  const kept = actingNow();
  const linkId = params.link ?? kept?.linkId ?? '';
  const known = kept && kept.linkId === linkId ? kept.memberName : null;
  const [asked, setAsked] = useState<string | null>(null);
  useEffect(() => {
    if (known || !linkId) return;
    let live = true;
    void callApi('family.helping', {}).then((res) => {
      const link = res.ok ? res.data.items.find((l) => l.id === linkId && l.status === 'active') : undefined;
      if (!live || !link) return;
      startActing({ linkId, memberName: link.memberName });
      setAsked(link.memberName);
    });
    return () => {
      live = false;
    };
  }, [known, linkId]);
  return { linkId, memberName: known ?? asked ?? '老人' };
}
