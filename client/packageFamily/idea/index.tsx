import { Text } from '@tarojs/components';
import { useState } from 'react';
import { IDEA_CATEGORIES, IDEA_CATEGORY_LABELS, IDEA_CONTENT_CHARS, IDEA_TITLE_CHARS, ideaLengthProblems } from '@contract/ideas-words';
import type { IdeaCategory, IdeaView } from '@contract/ideas-model';
import { BigButton, Card, FormField, OptionGroup, PageShell, StatusText, TextBox } from '../../ui';
import { VoiceNote, withHeard, type Voice } from '../../features/recording/VoiceNote';
import { ActingBanner } from '../../features/family/ActingBanner';
import { useActingFor } from '../../features/family/use-acting-for';
import { useActingRun } from '../../features/family/use-acting';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

const CATEGORY_OPTIONS = IDEA_CATEGORIES.map((value) => ({ value, label: IDEA_CATEGORY_LABELS[value] }));

/**
 * 替老人提金点子, on one page (the helper reads well; the elder's own form is the three-step one): a category,
 * the title and text or a recording. The server marks it 家人代提 for staff and the elder, records the act
 * and tells the elder in 消息.
 */
export default function FamilyIdeaPage() {
  const { linkId, memberName } = useActingFor();
  const send = useActingRun(linkId, 'ideas.submit');
  const [category, setCategory] = useState<IdeaCategory | undefined>();
  const [title, setTitle] = useState('');
  const [content, setContent] = useState('');
  const [voice, setVoice] = useState<Voice | null>(null);
  const [local, setLocal] = useState<Record<string, string>>({});
  const [done, setDone] = useState<IdeaView | null>(null);
  const fields = { ...local, ...(send.fields ?? {}) };

  const submit = async () => {
    // A recording carries the idea by itself, as on the elder's own form.
    const errors: Record<string, string> = voice ? {} : { ...ideaLengthProblems(title, content) };
    if (!category) errors.category = '请选择类别';
    setLocal(errors);
    if (Object.keys(errors).length > 0 || !category) return;
    const made = await send.run({
      category,
      ...(title.trim() || !voice ? { title: title.trim() } : {}),
      ...(content.trim() || !voice ? { content: content.trim() } : {}),
      ...(voice ? { voice: { fileId: voice.fileId, seconds: voice.seconds } } : {}),
    });
    if (made) setDone(made);
  };

  return (
    <PageShell title='替老人提金点子' back>
      <ActingBanner memberName={memberName} />
      {done ? (
        <Card title='金点子已经送出' tone='accent' id='family-idea-done'>
          <StatusText tone='ok' id='family-idea-said'>{`已替${memberName}提交「${done.title}」，标明家人代提。${memberName}会在消息里看到。`}</StatusText>
          <Text className='family-row-text'>{`受理编号 ${done.receiptNo}`}</Text>
          <Text className='family-row-text'>{done.statusText}</Text>
          <BigButton id='family-idea-status' onClick={() => openPage(`${ROUTES.familyStatus}?link=${linkId}`)}>{`看${memberName}的金点子和求助`}</BigButton>
          <BigButton id='family-idea-back' kind='secondary' onClick={() => openPage(`${ROUTES.familyAct}?link=${linkId}`)}>{`回到替${memberName}办事`}</BigButton>
        </Card>
      ) : (
        <Card title={`替${memberName}提金点子`} subtitle='写下老人的建议，或者让老人对着手机说'>
          {send.error && <StatusText tone='error' id='family-idea-error'>{send.error}</StatusText>}
          <FormField label='建议是关于哪方面的' error={fields.category}>
            <OptionGroup id='family-idea-category' label='类别' options={CATEGORY_OPTIONS} value={category} onChange={setCategory} columns={2} />
          </FormField>
          <VoiceNote value={voice} onChange={setVoice} purpose='ideaVoice' id='family-idea-voice' startText='点这里，让老人说出建议' sendText='提交'
            textLabel='具体内容' onText={(heard) => setContent((typed) => withHeard(typed, heard, IDEA_CONTENT_CHARS.max))} />
          <FormField label='标题' optional={!!voice} hint={`一句话说清楚，${IDEA_TITLE_CHARS.min}到${IDEA_TITLE_CHARS.max}个字`} error={fields.title}>
            <TextBox id='family-idea-title' label='标题' value={title} onChange={setTitle} maxlength={IDEA_TITLE_CHARS.max} />
          </FormField>
          <FormField label='具体内容' optional={!!voice} hint={`在哪里、有什么问题、建议怎么做（${IDEA_CONTENT_CHARS.min}到${IDEA_CONTENT_CHARS.max}个字）`} error={fields.content}>
            <TextBox id='family-idea-content' label='具体内容' value={content} onChange={setContent} multiline maxlength={IDEA_CONTENT_CHARS.max} />
          </FormField>
          <BigButton id='family-idea-send' busy={send.busy} onClick={() => void submit()}>{`替${memberName}提交`}</BigButton>
        </Card>
      )}
    </PageShell>
  );
}
