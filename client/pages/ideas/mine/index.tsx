import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import type { IdeaView } from '@contract/ideas-model';
import { BigButton, PagedList, PageShell, StatusText } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { IdeaCard } from '../../../features/ideas/IdeaCard';
import { IdeaDetail } from '../../../features/ideas/IdeaDetail';
import { getIdea, useMyIdeas } from '../../../features/ideas/use-ideas';

/**
 * 我的金点子: my ideas, newest first; with `?id=` (from the list, or a subscribe message) one idea
 * with its timeline, answer and rating buttons.
 */
export default function MyIdeasPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const id = useRouter().params.id;
  return (
    <PageShell title={id ? '金点子办理情况' : '我的金点子'} back>
      {!ready && <GateNotice me={me} />}
      {ready && (id ? <OneIdea id={id} /> : <MyList />)}
    </PageShell>
  );
}

function MyList() {
  const list = useMyIdeas();
  return (
    <View id='ideas-mine-list'>
      <PagedList
        state={list.state}
        keyOf={(i) => i.id}
        onRetry={list.reload}
        onMore={list.loadMore}
        emptyText='您还没有提过金点子。'
        renderItem={(i) => <IdeaCard idea={i} onOpen={() => openPage(`${ROUTES.ideasMine}?id=${i.id}`)} />}
      />
      <BigButton kind='secondary' onClick={() => openPage(ROUTES.ideasSubmit)}>
        再提一条金点子
      </BigButton>
    </View>
  );
}

function OneIdea({ id }: { id: string }) {
  const [idea, setIdea] = useState<IdeaView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = async () => {
    setError(null);
    const res = await getIdea(id);
    if (res.ok) setIdea(res.data);
    else setError(res.error.message);
  };
  useEffect(() => {
    void load();
  }, [id]);
  if (error)
    return (
      <View>
        <StatusText tone='error'>{error}</StatusText>
        <BigButton kind='secondary' onClick={load}>
          再试一次
        </BigButton>
      </View>
    );
  if (!idea) return <StatusText>正在加载，请稍候…</StatusText>;
  return <IdeaDetail idea={idea} onChange={setIdea} />;
}
