import type { z } from 'zod';
import type { messageView } from '@contract/actions/members/messages';
import { callApi } from '../../api/call-api';
import { usePaged } from '../../api/use-paged';
import { useSend } from '../../api/use-send';
import { markedRead } from './unread';

export type Message = z.infer<typeof messageView>;

/** 我的 → 消息: every status change in plain words, newest first, ten a page. */
export const useMessages = () => usePaged<Message>((page) => callApi('messages.list', { page, pageSize: 10 }), 'messages');

/** Marks one message (or all) read; the 我的 tab's badge goes down by what the server marked. */
export function useMarkRead() {
  const send = useSend();
  const mark = async (input: { ids: string[] } | { all: true }) => {
    const res = await send('messages.markRead', input);
    if (res.ok) markedRead(res.data.marked);
    return res;
  };
  return { one: (id: string) => mark({ ids: [id] }), all: () => mark({ all: true }) };
}
