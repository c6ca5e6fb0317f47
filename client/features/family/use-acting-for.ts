import { useRouter } from '@tarojs/taro';
import { actingNow } from './acting';

/**
 * For whom this helper page acts: the link in the page's address (a shared or reopened page keeps it), and
 * the elder's name kept when the helper chose them on 我帮办的老人 — never a name from another link.
 */
export function useActingFor(): { linkId: string; memberName: string } {
  const { params } = useRouter();
  const kept = actingNow();
  const linkId = params.link ?? kept?.linkId ?? '';
  return { linkId, memberName: kept && kept.linkId === linkId ? kept.memberName : '老人' };
}
