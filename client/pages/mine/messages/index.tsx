import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { z } from 'zod';
import type { messageView } from '@contract/actions/members/messages';
import { TEMPLATE_KEYS } from '@contract/templates';
import { BigButton, Card, PagedList, PageShell, StatusText, usePaged } from '../../../ui';
import { callApi } from '../../../api/call-api';
import { GateNotice } from '../../../features/session/GateNotice';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { openPage } from '../../../features/navigation/navigate';
import { askAgain } from '../../../features/messages/ask';
import { markedRead } from '../../../features/messages/unread';
import './messages.scss';

type Message = z.infer<typeof messageView>;

const when = (iso: string) => {
  const d = new Date(new Date(iso).getTime() + 8 * 3600_000);
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
};

/** 我的 → 消息: every status change in plain words, newest first; a tap marks it read and opens its page. */
export default function MessagesPage() {
  const me = useMemberGate();
  const [note, setNote] = useState('');
  const list = usePaged<Message>((page) => callApi('messages.list', { page, pageSize: 10 }), 'messages');
  const open = async (m: Message) => {
    if (!m.read) {
      const res = await callApi('messages.markRead', { ids: [m.id] });
      if (res.ok) markedRead(res.data.marked);
    }
    openPage(`/${m.page}`);
  };
  const readAll = async () => {
    const res = await callApi('messages.markRead', { all: true });
    if (res.ok) {
      markedRead(res.data.marked);
      setNote(res.data.marked > 0 ? `已把 ${res.data.marked} 条标为已读` : '没有未读的消息');
      void list.reload();
    }
  };
  return (
    <PageShell title='消息' back>
      <GateNotice me={me} />
      {me.status === 'registered' && (
        <>
          <PagedList
            state={list.state}
            keyOf={(m) => m.id}
            onRetry={list.reload}
            onMore={list.loadMore}
            emptyText='还没有消息。金点子有了答复、报名有了结果，都会记在这里。'
            renderItem={(m) => (
              <View className={`message ${m.read ? '' : 'message--unread'}`} id={`message-${m.id}`} onClick={() => void open(m)}>
                <Text className='message-title'>{m.read ? '' : '【新】'}{m.title}</Text>
                <Text className='message-body'>{m.body}</Text>
                <Text className='message-when'>{when(m.createdAt)}{m.pushed ? ' · 已发到微信' : ''}</Text>
              </View>
            )}
          />
          <Card title='微信通知'>
            <StatusText>消息总会记在这里。想在微信里也收到提醒，点下面的按钮，在弹出的窗口里选“允许”。</StatusText>
            <BigButton id='messages-ask-again' kind='secondary' onClick={() => void askAgain(TEMPLATE_KEYS.slice(0, 3))}>
              开启微信通知
            </BigButton>
            <BigButton id='messages-read-all' kind='plain' onClick={() => void readAll()}>
              全部标为已读
            </BigButton>
            {note && <StatusText tone='ok'>{note}</StatusText>}
          </Card>
        </>
      )}
    </PageShell>
  );
}
