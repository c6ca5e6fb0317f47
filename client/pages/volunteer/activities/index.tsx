import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { Card, OptionGroup, PagedList, PageShell } from '../../../ui';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { dateTimeText } from '../../../features/volunteers/format';
import { useActivityList } from '../../../features/volunteers/use-volunteering';
import { phaseText, seatsText } from '../../../features/volunteers/words';
import '../../../features/volunteers/volunteers.scss';

type When = 'upcoming' | 'past';
const WHEN: Array<{ value: When; label: string }> = [{ value: 'upcoming', label: '近期活动' }, { value: 'past', label: '已结束' }];

/** Activities of every team, the soonest first; tap one to see it and sign up. */
export default function ActivitiesPage() {
  const [when, setWhen] = useState<When>('upcoming');
  const list = useActivityList(when);
  return (
    <PageShell title='志愿活动' back>
      <OptionGroup options={WHEN} value={when} onChange={setWhen} columns={2} label='看哪些活动' />
      <View id='activity-list'>
        <PagedList
          state={list.state}
          keyOf={(a) => a.id}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText={when === 'upcoming' ? '近期还没有活动，过几天再来看看。' : '还没有结束的活动。'}
          renderItem={(a) => (
            <Card title={a.title} subtitle={`${dateTimeText(a.startAt)} · ${phaseText(a.phase)}`} onClick={() => openPage(`${ROUTES.volunteerActivity}?id=${a.id}`)}>
              <Text className='vol-meta'>{a.teamName}</Text>
              <Text className='vol-meta'>地点：{a.place}</Text>
              {a.phase === 'open' && <Text className='vol-meta'>{seatsText(a)}</Text>}
            </Card>
          )}
        />
      </View>
    </PageShell>
  );
}
