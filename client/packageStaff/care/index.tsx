import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { BigButton, Card, LoadFailed, PagedList, PageShell, StatusText } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { useCareFigures, useDueVisits, useOpenProblems } from '../../features/care/use-care-desk';
import { monthDay } from '../../features/ideas/format';
import { ProblemList } from '../../features/care/ProblemList';
import { ProblemMoves } from '../../features/care/ProblemMoves';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import { FiguresDetail } from '../../features/care/FiguresDetail';
import { useDesk } from '../../features/desk/use-desk';
import { LedgerDownloads } from './LedgerDownloads';
import { DueDesk } from './DueDesk';
import '../../features/care/care.scss';

/**
 * 关爱服务 for staff (the county) and branch secretaries (their branch): the year's figures in the bureau's
 * own words, the visits due (overdue first: 督办), and the problems not yet solved. Each person opens
 * their 服务台账. At a wide desk the figures and links are a column beside the work, the visits a table.
 */
export default function CareDeskPage() {
  const me = useMemberGate();
  const { wide } = useDesk();
  const ready = me.status === 'registered';
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1)); // back from a ledger: the lists are fresh
  const key = `${ready}|${shown}`;
  const figures = useCareFigures(ready, key);
  const due = useDueVisits(ready, key);
  const problems = useOpenProblems(ready, key);
  const f = figures.state.data;
  const staffOnly = me.status === 'registered' && me.member.roles.includes('staff');

  const dueCards = (
    <PagedList
      state={due.state}
      keyOf={(v) => v.id}
      onRetry={() => void due.reload()}
      onMore={() => void due.loadMore()}
      emptyText='现在没有要走访的。'
      renderItem={(v) => (
        <Card id={`care-due-${v.id}`} title={`${v.memberName} · ${v.occasionLabel}`} subtitle={`${v.branchName}，${monthDay(v.dueBy)}前走访${v.reportNote ? `。${v.reportedBy ?? ''}说：${v.reportNote}` : ''}`} onClick={() => openPage(`${ROUTES.careLedger}?id=${v.memberId}`)}>
          {v.overdue && <Text className='care-overdue'>已超期，请督办</Text>}
        </Card>
      )}
    />
  );

  return (
    <PageShell title='关爱服务' back>
      <GateNotice me={me} />
      {/* desk-split: the desk's side-by-side (desk-parts.scss, which DueDesk loads at a desk). */}
      <View className={wide ? 'desk-split' : undefined}>
        <View className={wide ? 'care-desk-side' : undefined}>
          <Card title={f ? `${f.year}年` : '今年'} subtitle='从走访和问题记录里算出来的'>
            {figures.state.status === 'error' && figures.state.error && <LoadFailed error={figures.state.error} onRetry={() => void figures.reload()} />}
            {f && <Text className='care-figures' id='care-figures'>{f.sentence}</Text>}
            {f && <Text className='care-note'>{`走访${f.visitsDone}次，收到问题${f.problemsRaised}个`}</Text>}
            {f && <FiguresDetail f={f} />}
          </Card>
          {staffOnly && f && (
            <Card title='下载台账'>
              <LedgerDownloads year={f.year} />
            </Card>
          )}
          <Card id='care-welcomes' title='荣退' subtitle='新退休同志的“九个一”和登记邀请' tone='accent' onClick={() => openPage(ROUTES.careWelcomes)} />
          {staffOnly && <Card id='care-settings-link' title='关爱服务设置' subtitle='三慰问四必访怎么走访，“九个一”有哪些' onClick={() => openPage(ROUTES.careSettings)} />}
          {staffOnly && <Card id='care-money' title='帮扶和慰问金' subtitle='慰问金审批、发放；帮扶台账和复核' tone='accent' onClick={() => openPage(ROUTES.careMoney)} />}
        </View>
        <View className={wide ? 'care-desk-main' : undefined}>
          <Text className='care-section'>要去走访的（三慰问四必访）</Text>
          {wide ? <DueDesk list={due} /> : dueCards}
          <Text className='care-section'>还没解决的问题</Text>
          {problems.state.status === 'error' && <StatusText tone='error'>{problems.state.error ?? ''}</StatusText>}
          <View id='care-problems'>
            <ProblemList problems={problems.state.items} empty='没有待解决的问题。'>
              {(p) => (
                <View>
                  <ProblemMoves problem={p} onMoved={(next) => problems.update((x) => x.id === next.id, next)} />
                  <BigButton kind='plain' onClick={() => openPage(`${ROUTES.careLedger}?id=${p.memberId}`)}>{`看${p.memberName}的服务台账`}</BigButton>
                </View>
              )}
            </ProblemList>
            {problems.state.hasMore && <BigButton kind='secondary' onClick={() => void problems.loadMore()}>再看10个</BigButton>}
          </View>
        </View>
      </View>
    </PageShell>
  );
}
