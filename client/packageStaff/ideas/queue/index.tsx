import { View, Text } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { DEPARTMENTS, IDEA_CATEGORIES, IDEA_CATEGORY_LABELS } from '@contract/ideas-words';
import type { IdeaCategory } from '@contract/ideas-model';
import { BigButton, Card, FormField, OptionGroup, PagedList, PageShell, StatusText } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { monthDay } from '../../../features/ideas/format';
import { useIdeaQueue } from '../../../features/ideas/use-idea-staff';
import '../../../features/ideas/ideas.scss';
import { QueueSearch } from './Search';
import { Tools } from './Tools';
import { STATE_OPTIONS, type StateFilter } from './filters';
import { DeskQueue } from './DeskQueue';
import { useDesk } from '../../../features/desk/use-desk';

const CATEGORY_OPTIONS: Array<{ value: IdeaCategory | 'any'; label: string }> = [
  { value: 'any', label: '全部类别' },
  ...IDEA_CATEGORIES.map((value) => ({ value, label: IDEA_CATEGORY_LABELS[value] })),
];
const DEPARTMENT_OPTIONS = [{ value: 'any', label: '全部部门' }, ...DEPARTMENTS.map((d) => ({ value: d as string, label: d }))];

/**
 * The staff queue: oldest first, filters, overdue marked, 查找; the ledger export and the 督办 check. At a
 * wide desk it is a table with the chosen idea's handling beside it (DeskQueue); on a phone, cards.
 */
export default function IdeasQueuePage() {
  const me = useMemberGate();
  const isStaff = me.status === 'registered' && me.member.roles.includes('staff');
  const { wide } = useDesk();
  return (
    <PageShell title='金点子办理' back>
      <GateNotice me={me} />
      {me.status === 'registered' && !isStaff && <StatusText tone='warn'>只有工作人员可以办理金点子。</StatusText>}
      {isStaff && (wide ? <DeskQueue /> : <PhoneQueue />)}
    </PageShell>
  );
}

/** The phone's queue: one card per idea, a tap opens 办理金点子. */
function PhoneQueue() {
  const params = useRouter().params;
  const [state, setState] = useState<StateFilter>('open');
  const [category, setCategory] = useState<IdeaCategory | 'any'>('any');
  const [department, setDepartment] = useState<string>('any');
  const [overdue, setOverdue] = useState(params.overdue === '1');
  const [heldOnly, setHeldOnly] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  // A search looks across every state and leaves the filters aside until it is cleared.
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1));

  const key = JSON.stringify({ state, category, department, overdue, heldOnly, shown, query });
  const filters = {
    state,
    ...(category !== 'any' ? { category } : {}),
    ...(department !== 'any' ? { department } : {}),
    ...(overdue ? { overdue: true as const } : {}),
    ...(heldOnly ? { held: true as const } : {}),
  };
  const list = useIdeaQueue(query ? { state: 'all', q: query } : filters, key);

  return (
        <View>
          <QueueSearch query={query} onSearch={setQuery} />
          {!query && (
            <View className='idea-actions'>
              <BigButton kind={overdue ? 'primary' : 'secondary'} id='queue-overdue' onClick={() => setOverdue((v) => !v)}>
                {overdue ? '● 只看超期的（点此取消）' : '○ 只看超期的'}
              </BigButton>
              <BigButton kind='secondary' id='queue-filters' onClick={() => setShowFilters((v) => !v)}>
                {showFilters ? '收起筛选' : '按状态、类别、部门筛选'}
              </BigButton>
            </View>
          )}
          {showFilters && !query && (
            <View id='queue-filter-panel'>
              <FormField label='状态'>
                <OptionGroup label='状态' options={STATE_OPTIONS} value={state} onChange={setState} columns={2} />
              </FormField>
              <FormField label='类别'>
                <OptionGroup label='类别' options={CATEGORY_OPTIONS} value={category} onChange={setCategory} columns={2} />
              </FormField>
              <FormField label='承办部门'>
                <OptionGroup label='承办部门' options={DEPARTMENT_OPTIONS} value={department} onChange={setDepartment} />
              </FormField>
              <FormField label='待审核'>
                <OptionGroup
                  label='待审核'
                  options={[{ value: false, label: '全部' }, { value: true, label: '只看内容待审核的' }]}
                  value={heldOnly}
                  onChange={setHeldOnly}
                  columns={2}
                />
              </FormField>
            </View>
          )}
          <PagedList
            state={list.state}
            keyOf={(r) => r.id}
            onRetry={list.reload}
            onMore={list.loadMore}
            emptyText={query ? '没有找到。请核对编号或名字，或少输几个字再找。' : '没有符合条件的金点子。'}
            renderItem={(r) => (
              <Card title={r.title} subtitle={`${r.receiptNo} · ${r.authorName} · ${IDEA_CATEGORY_LABELS[r.category]}`} onClick={() => openPage(`${ROUTES.staffIdeasHandle}?id=${r.id}`)}>
                <Text className='idea-meta'>
                  {r.stateLabel} · 已{r.ageDays}天{r.department ? ` · ${r.department}` : ''}
                  {r.dueDate ? ` · ${monthDay(r.dueDate)}前办` : ''}
                </Text>
                {r.overdue && <Text className='overdue-tag'>已超期，请督办</Text>}
                {r.held && <Text className='overdue-tag'>内容待审核（未公开）</Text>}
              </Card>
            )}
          />
          <Tools />
        </View>
  );
}
