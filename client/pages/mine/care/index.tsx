import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { VISIT_WAY_LABELS } from '@contract/care-words';
import type { EventOccasion } from '@contract/care-model';
import { BigButton, Card, FormField, LoadFailed, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useAskHelp, useCareReport, useMyCare, useMyPeople } from '../../../features/care/use-care';
import { askToBeTold } from '../../../features/messages/ask';
import { monthDay } from '../../../features/ideas/format';
import { ContactsCard } from '../../../features/care/ContactsCard';
import { ProblemList } from '../../../features/care/ProblemList';
import { MyPeople } from '../../../features/care/MyPeople';
import { VoiceNote, withHeard, type Voice } from '../../../features/recording/VoiceNote';
import { HelpCard } from '../../../features/help/HelpCard';
import '../../../features/care/care.scss';

/** What a member may tell the bureau in one tap: the 四必访 occasions that concern them. */
const TELL: Array<{ occasion: EventOccasion; label: string; said: (by: string) => string }> = [
  { occasion: 'hospital', label: '我生病住院了', said: (by) => `已告诉组织您住院了，${by}前会有人来看望您。` },
  { occasion: 'hardship', label: '生活上有困难', said: (by) => `已告诉组织您有困难，${by}前会有人上门了解情况。` },
  { occasion: 'family_event', label: '家里出了大事', said: (by) => `已告诉组织，${by}前会有人来看望您。` },
];

/**
 * 关爱服务 for the member: the three people to ring, 我要求助 in plain words, telling the bureau of a stay
 * in hospital or a hardship, and a gentle record of the help asked for and the visits received.
 */
export default function MyCarePage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const mine = useMyCare(ready);
  const people = useMyPeople(ready);
  const ask = useAskHelp();
  const tell = useCareReport();
  const [text, setText] = useState('');
  const [voice, setVoice] = useState<Voice | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const data = mine.state.data;

  return (
    <PageShell title='关爱服务' back>
      <GateNotice me={me} />
      {mine.state.status === 'error' && <LoadFailed error={mine.state.error ?? ''} onRetry={() => void mine.reload()} />}
      {said && <StatusText tone='ok' id='care-said'>{said}</StatusText>}
      {/* A 求助 or 告诉组织 that did not go through: the numbers to ring come first, not at the bottom. */}
      {(ask.error || tell.error) && <HelpCard id='care-help' subtitle='没有提交上？打个电话告诉组织' />}
      <Card title='我的联系人' subtitle='有事可以直接打电话'>
        {data ? <ContactsCard contacts={data.contacts} /> : <Text className='care-note'>正在读取…</Text>}
      </Card>

      <Card title='我要求助' subtitle='有什么需要组织帮忙的，写下来或者说出来，工作人员会联系您'>
        <FormField label='想请组织帮什么' error={ask.fields?.text ?? ask.error}>
          <TextBox label='想请组织帮什么' value={text} onChange={setText} multiline maxlength={300} placeholder='例如：家里的水管漏水了，不知道找谁修' />
        </FormField>
        <VoiceNote value={voice} onChange={setVoice} purpose='careVoice' id='care-voice' startText='不想打字？点这里说给组织听' sendText='提交求助'
          textLabel='想请组织帮什么' onText={(heard) => setText((typed) => withHeard(typed, heard, 300))} />
        <BigButton id='care-ask' busy={ask.busy} disabled={!text.trim() && !voice} onClick={async () => {
          // The answer comes back by 消息; where WeChat allows, also as a subscribe message.
          void askToBeTold(['careProgress']);
          const r = await ask.run({ ...(text.trim() ? { text: text.trim() } : {}), ...(voice ? { voice: { fileId: voice.fileId, seconds: voice.seconds } } : {}) });
          if (!r) return;
          setText('');
          setVoice(null);
          setSaid('已收到您的求助，工作人员会尽快联系您。办理的进展会发到“消息”里。');
          void mine.reload();
        }}>
          提交求助
        </BigButton>
      </Card>

      <Card title='告诉组织' subtitle='住院、有困难，点一下，组织会来看望您'>
        {tell.error && <StatusText tone='error'>{tell.error}</StatusText>}
        <View id='care-tell'>
          {TELL.map((t) => (
            <BigButton key={t.occasion} kind='secondary' busy={tell.busy} onClick={async () => {
              const r = await tell.run({ occasion: t.occasion });
              if (r) setSaid(t.said(monthDay(r.dueBy)));
            }}>
              {t.label}
            </BigButton>
          ))}
        </View>
      </Card>

      <MyPeople people={people.state.data?.people ?? []} />

      <Text className='care-section'>我的求助</Text>
      <ProblemList problems={data?.problems ?? []} empty='还没有求助过。' />

      <Text className='care-section'>来看望过我</Text>
      <View id='care-visits'>
        {(data?.visits ?? []).length === 0 && <Text className='care-note'>还没有走访记录。</Text>}
        {(data?.visits ?? []).map((v) => (
          <Text key={v.id} className='care-note'>
            {`${v.visitedOn ? monthDay(v.visitedOn) : ''} ${v.occasionLabel}${v.way ? `（${VISIT_WAY_LABELS[v.way]}）` : ''}${v.visitors ? `：${v.visitors}` : ''}`}
          </Text>
        ))}
      </View>

      {!ask.error && !tell.error && <HelpCard id='care-help' />}
    </PageShell>
  );
}
