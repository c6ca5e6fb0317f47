import { View, Text } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { IDEA_OUTCOME_LABELS } from '@contract/ideas-words';
import type { CountyFigures } from '@contract/ideas-model';
import { useState } from 'react';
import { PhotoList } from '../../ui/PhotoPicker';
import { photoUrlsOf } from '../../features/ideas/photos';
import { BigButton, Card, PagedList, PageShell } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { Figures } from '../../features/ideas/Figures';
import { useIdeaBoard } from '../../features/ideas/use-ideas';
import '../../features/ideas/ideas.scss';

/** 金点子: send an idea, follow my ideas, and the 您建议，我提升 board with the county's figures. */
export default function IdeasPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const [figures, setFigures] = useState<CountyFigures | null>(null);
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1));
  const board = useIdeaBoard(`${ready}-${shown}`, setFigures);

  return (
    <PageShell title='金点子' tab='ideas'>
      {!ready && <GateNotice me={me} />}
      {ready && (
        <View>
          <Text className='idea-meta'>您反映，我整改；您建议，我提升。您的建议只有您本人和老干部局工作人员能看到。</Text>
          <View className='idea-actions'>
            <BigButton id='ideas-new' onClick={() => openPage(ROUTES.ideasSubmit)}>
              我要提金点子
            </BigButton>
            <BigButton id='ideas-mine' kind='secondary' onClick={() => openPage(ROUTES.ideasMine)}>
              我的金点子（看进度、评价）
            </BigButton>
            {me.member.roles.includes('staff') && (
              <BigButton id='ideas-staff' kind='secondary' onClick={() => openPage(ROUTES.staffIdeasQueue)}>
                工作人员：办理金点子
              </BigButton>
            )}
          </View>
          <Text className='idea-section'>您建议，我提升</Text>
          {figures && <Figures figures={figures} />}
          <Text className='idea-section'>已经落实的建议</Text>
          <PagedList
            state={board.state}
            keyOf={(b) => b.id}
            onRetry={board.reload}
            onMore={board.loadMore}
            emptyText='还没有公示的建议。'
            renderItem={(b) => (
              <Card title={b.title} subtitle={`${b.department} · ${IDEA_OUTCOME_LABELS[b.outcome]}`}>
                <Text className='idea-text'>建议：{b.suggestion}</Text>
                <Text className='idea-text'>落实：{b.done}</Text>
                {b.beforePhotos.length > 0 && <Text className='idea-meta'>整改前：</Text>}
                <PhotoList urls={photoUrlsOf({ photos: b.beforePhotos, photoUrls: b.photoUrls })} label='整改前照片' />
                {b.afterPhotos.length > 0 && <Text className='idea-meta'>整改后：</Text>}
                <PhotoList urls={photoUrlsOf({ photos: b.afterPhotos, photoUrls: b.photoUrls })} label='整改后照片' />
              </Card>
            )}
          />
        </View>
      )}
    </PageShell>
  );
}
