import { View } from '@tarojs/components';
import { useState } from 'react';
import type { LessonCategory } from '@contract/lesson-model';
import { BigButton, Card, OptionGroup, PagedList, PageShell, TextBox } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { LessonCard } from '../../features/study/LessonCard';
import { TAB_LABELS } from '../../features/study/labels';
import { useLessonList } from '../../features/study/use-lessons';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/study/study.scss';

type Tab = LessonCategory | 'all';
const TABS: Tab[] = ['all', 'micro', 'policy', 'exemplar', 'integrity'];
const PAGE_SIZE = 10;

/** 学习: lessons of my branch and the county, by category, newest first, with a title search. */
export default function StudyPage() {
  const me = useMemberGate();
  const [tab, setTab] = useState<Tab>('all');
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const ready = me.status === 'registered';

  const list = useLessonList(ready, tab, keyword, PAGE_SIZE);

  return (
    <PageShell title='学习' tab='study'>
      {!ready && <GateNotice me={me} />}
      <Card title='我的学习' subtitle='看看这个月学了哪些课' onClick={() => openPage(ROUTES.studyMine)} id='study-mine-entry' />
      <Card title='院坝小讲堂' subtitle='支部的线下学习：报名、到场签到' onClick={() => openPage(ROUTES.studySessions)} id='study-sessions-entry' />
      <View className='study-tabs' id='study-tabs'>
        <OptionGroup<Tab>
          label='课程类别'
          columns={2}
          options={TABS.map((t) => ({ value: t, label: TAB_LABELS[t] }))}
          value={tab}
          onChange={setTab}
        />
      </View>
      <View className='study-search'>
        <View className='study-search-box'>
          <TextBox label='按标题搜索' value={typed} onChange={setTyped} placeholder='输入课程标题里的字' maxlength={20} />
        </View>
        <BigButton kind='secondary' inline onClick={() => setKeyword(typed.trim())}>
          搜索
        </BigButton>
      </View>
      {keyword && (
        <BigButton
          kind='plain'
          onClick={() => {
            setTyped('');
            setKeyword('');
          }}
        >
          {`清除搜索“${keyword}”`}
        </BigButton>
      )}
      <View id='lesson-list'>
        <PagedList
          state={list.state}
          keyOf={(l) => l.id}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText={keyword ? '没有找到标题里有这些字的课程，换几个字再试试。' : '这一类还没有课程，看看别的类别吧。'}
          renderItem={(l) => <LessonCard lesson={l} studied={l.studied} onOpen={() => openPage(`${ROUTES.studyLesson}?id=${l.id}`)} />}
        />
      </View>
    </PageShell>
  );
}
