import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { SessionRosterRow } from '@contract/session-model';
import { BigButton, Card, FormField, StatusText, TextBox } from '../../../ui';
import { findBranchPeople } from '../../../features/members/use-members';
import { useSessionRun } from '../../../features/study/use-session-desk';

interface Person {
  id: string;
  name: string;
  birthYear: number;
}

/**
 * 加上没报名的人: someone of the branch is there without having signed up. Find them by name and add
 * them as 出席 — attendance, not a sign-up, so it works even when every seat was taken.
 */
export function WalkIn({ sessionId, onAdded }: { sessionId: string; onAdded: (row: SessionRosterRow) => void }) {
  const [open, setOpen] = useState(false);
  const [keyword, setKeyword] = useState('');
  const [people, setPeople] = useState<Person[]>();
  const [msg, setMsg] = useState<{ tone: 'ok' | 'error'; text: string }>();
  const [busy, setBusy] = useState<string>();
  const run = useSessionRun(sessionId);

  const search = async () => {
    setBusy('search');
    const res = await findBranchPeople(keyword.trim());
    setBusy(undefined);
    if (res.ok) setPeople(res.data.items);
    else setMsg({ tone: 'error', text: res.error.message });
  };
  const add = async (p: Person) => {
    setBusy(p.id);
    const res = await run.addWalkIn(p.id);
    setBusy(undefined);
    if (res.ok) {
      onAdded(res.data);
      setMsg({ tone: 'ok', text: `已加上${p.name}，记为出席。` });
    } else setMsg({ tone: 'error', text: res.error.message });
  };

  if (!open) {
    return (
      <BigButton kind='secondary' id='walkin-open' onClick={() => setOpen(true)}>
        加上没报名但来了的人
      </BigButton>
    );
  }
  return (
    <Card title='加上没报名但来了的人' subtitle='不占报名名额，座位满了也能加' id='walkin'>
      <FormField label='姓名' hint='可以只写一个字；不写就列出本支部的人'>
        <TextBox label='姓名' value={keyword} onChange={setKeyword} maxlength={20} />
      </FormField>
      <BigButton busy={busy === 'search'} busyText='正在找…' onClick={() => void search()} id='walkin-search'>
        找人
      </BigButton>
      {people && people.length === 0 && <Text className='ses-meta'>没有找到这个名字。</Text>}
      {people?.map((p) => (
        <View key={p.id} className='walkin-row'>
          <BigButton kind='secondary' busy={busy === p.id} busyText='正在加上…' onClick={() => void add(p)}>
            {`加上 ${p.name}（${p.birthYear}年生）`}
          </BigButton>
        </View>
      ))}
      {msg && <StatusText tone={msg.tone}>{msg.text}</StatusText>}
    </Card>
  );
}
