import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { charCount } from '@contract/graphemes';
import { IDEA_CATEGORIES, IDEA_CATEGORY_LABELS, IDEA_CONTENT_CHARS, IDEA_PLACE_MAX_CHARS, IDEA_TITLE_CHARS, ideaLengthProblems } from '@contract/ideas-words';
import type { IdeaCategory, IdeaView } from '@contract/ideas-model';
import { BigButton, Card, FormField, OptionGroup, PagedList, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useSubmitFor } from '../../../features/ideas/use-idea-staff';
import { useBranchPeople } from '../../../features/members/use-members';
import { CallBureau, ReceiptNo, receiptHint } from '../../../features/ideas/Receipt';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import '../../../features/ideas/ideas.scss';
import './proxy.scss';

const CATEGORY_OPTIONS = IDEA_CATEGORIES.map((value) => ({ value, label: IDEA_CATEGORY_LABELS[value] }));
type Person = { id: string; name: string; birthYear: number };
type Step = 1 | 2 | 3;

/**
 * 代录: a branch secretary writes down, in three large-type steps, the 金点子 of a member of their own
 * branch who cannot use the phone: 1 who, 2 which category, 3 what (then check and send). The idea is
 * the member's — they see it in 我的金点子 and get the answer — and it is recorded as typed in by the secretary.
 */
export default function ProxyIdeaPage() {
  const me = useMemberGate();
  const [step, setStep] = useState<Step>(1);
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const people = useBranchPeople(keyword);
  const [person, setPerson] = useState<Person | null>(null);
  const [category, setCategory] = useState<IdeaCategory | undefined>();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [place, setPlace] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<IdeaView | null>(null);
  const send = useSubmitFor(draftIntentStore('idea-proxy'));
  // Kept on the phone as typed: a dropped connection or a restart in a village loses nothing.
  const kept = useDraft({
    key: 'idea-proxy',
    value: { step, person, category, title, content, place },
    restore: (d) => {
      setPerson(d.person);
      setCategory(d.category);
      setTitle(d.title);
      setContent(d.content);
      setPlace(d.place);
      setStep(d.step);
    },
    reset: () => startOver(),
  });
  const fields = { ...local, ...(send.fields ?? {}) };
  const myName = me.status === 'registered' ? me.member.name : '';

  const startOver = () => {
    setDone(null);
    setPerson(null);
    setCategory(undefined);
    setTitle('');
    setContent('');
    setPlace('');
    setStep(1);
  };

  const submit = async () => {
    if (!person || !category) return;
    const errors = ideaLengthProblems(title, content);
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    kept.flush();
    const r = await send.run({
      memberId: person.id, category, title: title.trim(), content: content.trim(), ...(place.trim() ? { place: place.trim() } : {}),
    });
    if (r) {
      kept.done();
      setDone(r);
    }
  };

  if (done && person) {
    return (
      <PageShell title='代录成功' back>
        <Card tone='accent' title={`已替${person.name}提交`}>
          <Text className='idea-meta'>{receiptHint(done.bureauPhone, person.name)}</Text>
          <ReceiptNo id='proxy-receipt' value={done.receiptNo} />
          <Text className='idea-status'>{done.statusText}</Text>
          <Text className='proxy-note'>{`这条金点子记为“${myName}代录”。办理进度和答复会出现在${person.name}的“我的金点子”里，也请您转告。`}</Text>
        </Card>
        <CallBureau id='proxy-call' phone={done.bureauPhone} />
        <BigButton id='proxy-again' onClick={startOver}>再为一位老同志代录</BigButton>
      </PageShell>
    );
  }

  return (
    <PageShell title='代录金点子' back>
      <GateNotice me={me} />
      <DraftNotice draft={kept} />
      <Text className='proxy-note' id='proxy-rule'>
        为本支部不方便用手机的老同志代为提交金点子。提交后记为“代录”，写明是您录入的；金点子仍是老同志本人的。
      </Text>
      <Text className='idea-steps' id='proxy-step'>第{step}步，共3步：{step === 1 ? '选择老同志' : step === 2 ? '选择类别' : '写下他（她）的建议'}</Text>

      {step === 1 && (
        <View>
          <FormField label='为哪位老同志代录？' hint='可以输入姓名中的一两个字查找，也可以直接在下面点选'>
            <TextBox label='姓名' value={typed} onChange={setTyped} maxlength={20} />
          </FormField>
          <BigButton kind='secondary' id='proxy-search' onClick={() => setKeyword(typed.trim())}>查找</BigButton>
          <View id='proxy-people'>
            <PagedList
              state={people.state}
              keyOf={(m) => m.id}
              onRetry={() => void people.reload()}
              onMore={() => void people.loadMore()}
              emptyText='本支部没有找到这个名字。'
              renderItem={(m) => (
                <Card title={m.name} subtitle={`${m.birthYear}年生`} onClick={() => { setPerson(m); setStep(2); }} />
              )}
            />
          </View>
        </View>
      )}

      {step >= 2 && person && (
        <Card title={`提出人：${person.name}`} subtitle={`代录人：${myName}（记为代录）`} tone='quiet' id='proxy-who' />
      )}

      {step === 2 && (
        <View>
          <FormField label='建议是关于哪方面的？'>
            <OptionGroup label='类别' options={CATEGORY_OPTIONS} value={category} onChange={setCategory} columns={2} />
          </FormField>
          <View className='idea-actions'>
            <BigButton id='proxy-next-2' disabled={!category} onClick={() => setStep(3)}>{category ? '下一步' : '请先选择类别'}</BigButton>
            <BigButton kind='secondary' onClick={() => setStep(1)}>上一步：换一位老同志</BigButton>
          </View>
        </View>
      )}

      {step === 3 && person && category && (
        <View>
          <FormField label='标题' hint={`一句话说清楚，${IDEA_TITLE_CHARS.min}到${IDEA_TITLE_CHARS.max}个字`} error={fields.title}>
            <TextBox label='标题' value={title} onChange={setTitle} maxlength={IDEA_TITLE_CHARS.max} />
            <Text className='idea-count'>已写{charCount(title.trim())}个字</Text>
          </FormField>
          <FormField label='具体内容' hint={`照${person.name}说的记下：在哪里、有什么问题、建议怎么做（${IDEA_CONTENT_CHARS.min}到${IDEA_CONTENT_CHARS.max}个字）`} error={fields.content}>
            <TextBox label='具体内容' value={content} onChange={setContent} multiline maxlength={IDEA_CONTENT_CHARS.max} />
            <Text className='idea-count'>已写{charCount(content.trim())}个字</Text>
          </FormField>
          <FormField label='地点' optional error={fields.place}>
            <TextBox label='地点' value={place} onChange={setPlace} maxlength={IDEA_PLACE_MAX_CHARS} />
          </FormField>
          {send.error && <StatusText tone='error'>{send.error}</StatusText>}
          <View className='idea-actions'>
            <BigButton id='proxy-send' busy={send.busy} onClick={() => void submit()}>{`替${person.name}提交（记为代录）`}</BigButton>
            <BigButton kind='secondary' onClick={() => setStep(2)}>上一步：改类别</BigButton>
          </View>
        </View>
      )}
    </PageShell>
  );
}
