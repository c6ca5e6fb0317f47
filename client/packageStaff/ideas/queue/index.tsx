import { View, Text } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { DEPARTMENTS, IDEA_CATEGORIES, IDEA_CATEGORY_LABELS, IDEA_STATE_LABELS, type IdeaCategory, type IdeaQueueRow, type IdeaState } from '@contract/ideas-model';
import { callApi } from '../../../api/call-api';
import { BigButton, Card, FormField, OptionGroup, PagedList, PageShell, StatusText, TextBox, usePaged } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { monthDay, todayInChina } from '../../../features/ideas/format';
import { useRun } from '../../../features/ideas/use-run';
import '../../../features/ideas/ideas.scss';

type StateFilter = IdeaState | 'open' | 'all';
const STATE_OPTIONS: Array<{ value: StateFilter; label: string }> = [
  { value: 'open', label: '待办（全部未办结）' },
  { value: 'submitted', label: IDEA_STATE_LABELS.submitted },
  { value: 'accepted', label: IDEA_STATE_LABELS.accepted },
  { value: 'assigned', label: IDEA_STATE_LABELS.assigned },
  { value: 'in_progress', label: IDEA_STATE_LABELS.in_progress },
  { value: 'resolved', label: IDEA_STATE_LABELS.resolved },
  { value: 'rated', label: IDEA_STATE_LABELS.rated },
  { value: 'all', label: '全部' },
];
const CATEGORY_OPTIONS: Array<{ value: IdeaCategory | 'any'; label: string }> = [
  { value: 'any', label: '全部类别' },
  ...IDEA_CATEGORIES.map((value) => ({ value, label: IDEA_CATEGORY_LABELS[value] })),
];
const DEPARTMENT_OPTIONS = [{ value: 'any', label: '全部部门' }, ...DEPARTMENTS.map((d) => ({ value: d as string, label: d }))];

/** The staff queue: oldest first, filters, overdue marked; the ledger export and the 督办 check. */
export default function IdeasQueuePage() {
  const me = useMemberGate();
  const isStaff = me.status === 'registered' && me.member.roles.includes('staff');
  const params = useRouter().params;
  const [state, setState] = useState<StateFilter>('open');
  const [category, setCategory] = useState<IdeaCategory | 'any'>('any');
  const [department, setDepartment] = useState<string>('any');
  const [overdue, setOverdue] = useState(params.overdue === '1');
  const [heldOnly, setHeldOnly] = useState(false);
  const [showFilters, setShowFilters] = useState(false);
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1));

  const key = JSON.stringify({ isStaff, state, category, department, overdue, heldOnly, shown });
  const list = usePaged<IdeaQueueRow>(
    (page) =>
      callApi('ideas.queue', {
        page,
        pageSize: 10,
        state,
        ...(category !== 'any' ? { category } : {}),
        ...(department !== 'any' ? { department } : {}),
        ...(overdue ? { overdue: true as const } : {}),
        ...(heldOnly ? { held: true as const } : {}),
      }),
    key,
  );

  return (
    <PageShell title='金点子办理' back>
      <GateNotice me={me} />
      {me.status === 'registered' && !isStaff && <StatusText tone='warn'>只有工作人员可以办理金点子。</StatusText>}
      {isStaff && (
        <View>
          <View className='idea-actions'>
            <BigButton kind={overdue ? 'primary' : 'secondary'} id='queue-overdue' onClick={() => setOverdue((v) => !v)}>
              {overdue ? '● 只看超期的（点此取消）' : '○ 只看超期的'}
            </BigButton>
            <BigButton kind='secondary' id='queue-filters' onClick={() => setShowFilters((v) => !v)}>
              {showFilters ? '收起筛选' : '按状态、类别、部门筛选'}
            </BigButton>
          </View>
          {showFilters && (
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
            emptyText='没有符合条件的金点子。'
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
      )}
    </PageShell>
  );
}

/** 台账 export for a date range, and the 督办 check on demand. */
function Tools() {
  const today = todayInChina();
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [link, setLink] = useState<{ url: string; fileName: string; rows: number } | null>(null);
  const [jobNote, setJobNote] = useState<string | null>(null);
  const exporter = useRun('ideas.exportLedger');
  const job = useRun('jobs.runNow');
  return (
    <View id='queue-tools'>
      <Text className='idea-section'>导出台账</Text>
      <FormField label='开始日期' hint='格式：2026-01-01' error={exporter.fields?.from}>
        <TextBox label='开始日期' value={from} onChange={setFrom} maxlength={10} />
      </FormField>
      <FormField label='结束日期' error={exporter.fields?.to}>
        <TextBox label='结束日期' value={to} onChange={setTo} maxlength={10} />
      </FormField>
      {exporter.error && <StatusText tone='error'>{exporter.error}</StatusText>}
      <BigButton
        kind='secondary'
        busy={exporter.busy}
        busyText='正在生成…'
        onClick={async () => {
          const r = await exporter.run({ from: from.trim(), to: to.trim() });
          if (r) setLink(r);
        }}
      >
        生成台账（Excel）
      </BigButton>
      {link && (
        <View id='ledger-ready'>
          <StatusText tone='ok'>{`台账已生成，共${link.rows}条：${link.fileName}`}</StatusText>
          <BigButton
            kind='secondary'
            onClick={() => {
              Taro.downloadFile({ url: link.url })
                .then((f) => Taro.openDocument({ filePath: f.tempFilePath, fileType: 'xlsx', showMenu: true }))
                .catch(() => Taro.setClipboardData({ data: link.url }));
            }}
          >
            打开台账
          </BigButton>
        </View>
      )}
      <Text className='idea-section'>督办检查</Text>
      <Text className='idea-meta'>系统每小时自动检查一次超期的金点子并提醒工作人员；也可以现在检查。</Text>
      {job.error && <StatusText tone='error'>{job.error}</StatusText>}
      {jobNote && <StatusText tone='ok'>{jobNote}</StatusText>}
      <BigButton
        kind='secondary'
        busy={job.busy}
        busyText='正在检查…'
        onClick={async () => {
          const r = await job.run({});
          if (!r) return;
          const overdue = r.flagged > 0 ? `新发现${r.flagged}条超期，已提醒${r.reminded}位工作人员` : '没有新的超期金点子';
          // The same run also makes one batch of 送学上门 tasks; say so only when it did something or has more to do.
          const delivery = r.deliveryTasks > 0 || r.deliveryMore
            ? `；新建送学上门任务${r.deliveryTasks}个${r.deliveryMore ? '，还有没排完的，稍后自动继续' : ''}`
            : '';
          setJobNote(overdue + delivery);
        }}
      >
        现在检查超期
      </BigButton>
    </View>
  );
}
