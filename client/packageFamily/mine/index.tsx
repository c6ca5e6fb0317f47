import { Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, Card, LoadFailed, PageShell, PagedList, StatusText } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { useFamilyActs, useFamilyMoves, useMyHelpers, type FamilyLink } from '../../features/family/use-family';
import { LinkRow } from '../../features/family/LinkRow';
import { askToBeTold } from '../../features/messages/ask';
import { shortDateTime } from '../../features/ideas/format';
import '../../features/family/family.scss';

/**
 * 家人帮办 for the member: make a code for the daughter or son who will help, agree (or not) when they ask,
 * see who helps and end it at any time, and read everything they did (家人代办记录).
 */
export default function FamilyMinePage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const [round, setRound] = useState(0);
  const helpers = useMyHelpers(ready, String(round));
  const acts = useFamilyActs(ready, String(round));
  const moves = useFamilyMoves();
  const [code, setCode] = useState<{ code: string; expiresAt: string } | null>(null);
  const [said, setSaid] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState('');
  const items = helpers.state.data?.items ?? [];
  const asking = items.filter((l) => l.status === 'pending');
  const helping = items.filter((l) => l.status === 'active');

  const act = async (key: string, run: () => Promise<{ ok: boolean; error?: { message: string } }>, done: string) => {
    setBusy(key);
    const res = await run();
    setBusy('');
    setSaid(res.ok ? { tone: 'ok', text: done } : { tone: 'error', text: res.error?.message ?? '' });
    if (res.ok) setRound((n) => n + 1);
  };

  const invite = async () => {
    // News of the family member's ask and of what they do comes in 消息, and by WeChat where allowed.
    void askToBeTold(['familyHelper']);
    setBusy('invite');
    const res = await moves.invite();
    setBusy('');
    if (res.ok) setCode(res.data);
    else setSaid({ tone: 'error', text: res.error.message });
  };

  const row = (link: FamilyLink, children: JSX.Element) => (
    <LinkRow key={link.id} link={link} title={link.helperLabel}>{children}</LinkRow>
  );

  return (
    <PageShell title='家人帮办' back>
      <GateNotice me={me} />
      <Text className='family-note'>子女或亲属可以在他们自己的手机上替您报名志愿活动和小讲堂、提金点子、提交求助，看您的消息和办理进度。他们不能改您的资料，也看不到钱款。每一件都会记下来给您看，您随时可以结束。</Text>
      {said && <StatusText tone={said.tone} id='family-said'>{said.text}</StatusText>}
      {helpers.state.status === 'error' && <LoadFailed error={helpers.state.error ?? ''} onRetry={() => void helpers.reload()} />}

      {asking.length > 0 && (
        <Card title='家人想帮您办事' tone='accent' id='family-asking'>
          {asking.map((l) => row(l, (
            <>
              <Text className='family-row-text'>{`您的${l.helperLabel}申请帮您办事。是您本人的家人，就点“同意”。`}</Text>
              <BigButton id={`family-accept-${l.id}`} busy={busy === `a${l.id}`} onClick={() => void act(`a${l.id}`, () => moves.confirm(l.id, true), `已同意，${l.helperLabel}可以帮您办事了`)}>同意</BigButton>
              <BigButton id={`family-decline-${l.id}`} kind='secondary' busy={busy === `d${l.id}`} onClick={() => void act(`d${l.id}`, () => moves.confirm(l.id, false), '已回绝')}>不同意</BigButton>
            </>
          )))}
        </Card>
      )}

      <Card title='请家人来帮忙' subtitle='点下面的按钮，把出现的6位数字告诉家人' id='family-invite'>
        {code && (
          <>
            <Text className='family-code' id='family-code'>{code.code}</Text>
            <Text className='family-note'>{`请家人在微信里打开银铃e家，点“我是家人，帮老人办事”，填这6位数字。${shortDateTime(code.expiresAt)}前有效，只能用一次。`}</Text>
          </>
        )}
        <BigButton id='family-make-code' kind={code ? 'secondary' : 'primary'} busy={busy === 'invite'} onClick={() => void invite()}>
          {code ? '再生成一个邀请码' : '生成邀请码'}
        </BigButton>
      </Card>

      <Card title='帮我办事的家人' id='family-helpers'>
        {helping.length === 0 && <Text className='family-note'>现在没有家人帮您办事。</Text>}
        {helping.map((l) => row(l, (
          <BigButton id={`family-end-${l.id}`} kind='secondary' busy={busy === `e${l.id}`} onClick={() => void act(`e${l.id}`, () => moves.end(l.id), `已结束，${l.helperLabel}不能再替您办事了`)}>
            {`结束${l.helperLabel}的帮办`}
          </BigButton>
        )))}
      </Card>

      <Card title='家人代办记录' subtitle='家人替您办的每一件事' id='family-acts'>
        <PagedList
          state={acts.state}
          keyOf={(a) => a.id}
          onMore={() => void acts.loadMore()}
          onRetry={() => void acts.reload()}
          emptyText='家人还没有替您办过事。'
          renderItem={(a) => <Text className='family-row family-row-text family-act'>{a.sentence}</Text>}
        />
      </Card>
    </PageShell>
  );
}
