import { View } from '@tarojs/components';
import { useState } from 'react';
import type { TeamView } from '@contract/volunteer-model';
import { BigButton, Card, FormField, PagedList, TextBox } from '../../../ui';
import { kindText } from '../../../features/volunteers/words';
import { useTeamsFound } from '../../../features/volunteers/use-volunteer-desk';

/** Step 1 when no team was given: find the team by a part of its name. */
export function PickTeam({ onPick }: { onPick: (t: TeamView) => void }) {
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const teams = useTeamsFound(keyword);
  return (
    <View>
      <FormField label='哪个服务队？' hint='输入队名中的几个字，再点“查找”'>
        <TextBox label='队名' value={typed} onChange={setTyped} maxlength={20} />
      </FormField>
      <BigButton kind='secondary' onClick={() => setKeyword(typed.trim())}>查找服务队</BigButton>
      <View id='leader-teams'>
        <PagedList
          state={teams.state}
          keyOf={(t) => t.id}
          onRetry={() => void teams.reload()}
          onMore={() => void teams.loadMore()}
          emptyText='没有找到这个服务队，请换几个字再找。'
          renderItem={(t) => (
            <Card title={t.name} subtitle={`${kindText(t.kind)} · 队长：${t.leaderNames.join('、') || '还没有'}`} onClick={() => onPick(t)} />
          )}
        />
      </View>
    </View>
  );
}

