import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, FormField, LoadFailed, PagedList, PageShell, StatusText, TextBox } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { useBranchLinks, useFamilyDesk } from '../../features/family/use-family-desk';
import { useBranchPeople } from '../../features/members/use-members';
import { LinkRow } from '../../features/family/LinkRow';
import { todayInChina } from '../../features/ideas/format';
import '../../features/family/family.scss';

/**
 * 家人帮办 for a branch secretary, for members of their own branch without a phone: make the code for the
 * family member, record the member's spoken consent with the day it was given, and end a link on request.
 */
export default function SecretaryFamilyPage() {
  const me = useMemberGate();
  const [round, setRound] = useState(0);
  const links = useBranchLinks(String(round));
  const desk = useFamilyDesk();
  const [keyword, setKeyword] = useState('');
  const people = useBranchPeople(keyword);
  const [spokenOn, setSpokenOn] = useState(todayInChina());
  const [busy, setBusy] = useState('');
  const [said, setSaid] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const items = links.state.data?.items ?? [];

  const act = async (key: string, run: () => Promise<{ ok: true } | { ok: false; error: { message: string } }>, done: string) => {
    setBusy(key);
    const res = await run();
    setBusy('');
    setSaid(res.ok ? { tone: 'ok', text: done } : { tone: 'error', text: res.error.message });
    if (res.ok) setRound((n) => n + 1);
  };

  return (
    <PageShell title='家人帮办' back>
      <GateNotice me={me} />
      {said && <StatusText tone={said.tone} id='family-desk-said'>{said.text}</StatusText>}
      {links.state.status === 'error' && <LoadFailed error={links.state.error ?? ''} onRetry={() => void links.reload()} />}
      <Card title='等老人同意的申请' subtitle='老人没有手机的，当面或电话问过老人，登记老人口头同意的日期'>
        <FormField label='老人同意的日期' hint='例如 2026-12-01'>
          <TextBox id='family-spoken-on' label='老人同意的日期' value={spokenOn} onChange={setSpokenOn} maxlength={10} />
        </FormField>
        {items.filter((l) => l.status === 'pending').length === 0 && <Text className='family-note'>没有等待同意的申请。</Text>}
        {items.filter((l) => l.status === 'pending').map((l) => (
          <LinkRow key={l.id} link={l} title={`${l.memberName}的${l.helperLabel}`}>
            <BigButton id={`family-consent-${l.id}`} busy={busy === `c${l.id}`} onClick={() => void act(`c${l.id}`, () => desk.recordConsent(l.id, spokenOn), `已登记${l.memberName}的口头同意`)}>登记老人已口头同意</BigButton>
            <BigButton id={`family-desk-end-${l.id}`} kind='secondary' busy={busy === `e${l.id}`} onClick={() => void act(`e${l.id}`, () => desk.end(l.id), '已结束这项申请')}>不同意，结束申请</BigButton>
          </LinkRow>
        ))}
      </Card>
      <Card title='正在帮办的家人'>
        {items.filter((l) => l.status === 'active').length === 0 && <Text className='family-note'>本支部现在没有家人帮办。</Text>}
        {items.filter((l) => l.status === 'active').map((l) => (
          <LinkRow key={l.id} link={l} title={`${l.memberName}的${l.helperLabel}`}>
            <BigButton id={`family-desk-end-${l.id}`} kind='secondary' busy={busy === `e${l.id}`} onClick={() => void act(`e${l.id}`, () => desk.end(l.id), `已结束，${l.helperLabel}不能再替${l.memberName}办事了`)}>结束帮办</BigButton>
          </LinkRow>
        ))}
      </Card>
      <Card title='替没有手机的老人生成邀请码' subtitle='把6位数字告诉老人的家人，30分钟内有效'>
        <FormField label='老人姓名'>
          <TextBox id='family-desk-search' label='老人姓名' value={keyword} onChange={setKeyword} placeholder='输入姓名里的一个字' />
        </FormField>
        <PagedList
          state={people.state}
          keyOf={(m) => m.id}
          onRetry={() => void people.reload()}
          onMore={() => void people.loadMore()}
          emptyText='本支部没有找到这个名字。'
          renderItem={(m) => (
            <Card title={m.name} subtitle={`${m.birthYear}年生，点这里生成邀请码`} onClick={() => void (async () => {
              const res = await desk.inviteFor(m.id);
              setSaid(res.ok ? { tone: 'ok', text: `${m.name}的邀请码：${res.data.code}（30分钟内有效）` } : { tone: 'error', text: res.error.message });
            })()} />
          )}
        />
      </Card>
    </PageShell>
  );
}
