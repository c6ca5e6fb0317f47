import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { IDEA_CATEGORIES, IDEA_CATEGORY_LABELS, ideaLengthProblems } from '@contract/ideas-words';
import type { IdeaCategory, IdeaView, SimilarIdea } from '@contract/ideas-model';
import { BigButton, Card, FormField, OptionGroup, PageShell, StatusText } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage, replacePage } from '../../../features/navigation/navigate';
import { similarIdeas, useSubmitIdea, useSupportIdea } from '../../../features/ideas/use-ideas';
import { CallBureau, ReceiptNo, receiptHint } from '../../../features/ideas/Receipt';
import { PhotoList } from '../../../ui/PhotoPicker';
import { VoicePlayer } from '../../../features/recording/VoicePlayer';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import '../../../features/ideas/ideas.scss';
import { askToBeTold } from '../../../features/messages/ask';
import { WriteStep, type Written } from './WriteStep';

interface IdeaDraft {
  step: Step;
  category?: IdeaCategory;
  title: string;
  content: string;
  place: string;
}
const DRAFT_KEY = 'idea-submit';
const SEND_INTENT = draftIntentStore(DRAFT_KEY);

const CATEGORY_OPTIONS = IDEA_CATEGORIES.map((value) => ({ value, label: IDEA_CATEGORY_LABELS[value] }));
type Step = 1 | 2 | 3;

const EMPTY: Written = { title: '', content: '', place: '', photos: [], voice: null };

/**
 * 提金点子 in three steps, large type: 1 pick a category, 2 say it or write it, 3 check (with similar open
 * ideas to support instead) and send. The send reuses its requestId on retry, so a shaky network never
 * makes two ideas.
 */
export default function SubmitIdeaPage() {
  const me = useMemberGate();
  const [step, setStep] = useState<Step>(1);
  const [category, setCategory] = useState<IdeaCategory | undefined>();
  const [written, setWritten] = useState<Written>(EMPTY);
  const set = <K extends keyof Written>(key: K) => (v: Written[K]) => setWritten((w) => ({ ...w, [key]: v }));
  const { title, content, place, photos, voice } = written;
  const [local, setLocal] = useState<Record<string, string>>({});
  const [similar, setSimilar] = useState<SimilarIdea[]>([]);
  const [supported, setSupported] = useState<Record<string, boolean>>({});
  const [done, setDone] = useState<IdeaView | null>(null);
  const send = useSubmitIdea(SEND_INTENT);
  const support = useSupportIdea();
  // Kept on the phone as it is typed (photos and a recording are not: they are made again if the page is reopened).
  const draft = useDraft<IdeaDraft>({
    key: DRAFT_KEY,
    value: { step, category, title, content, place },
    isEmpty: (d) => !d.category && !d.title.trim() && !d.content.trim() && !d.place.trim(),
    restore: (d) => {
      setCategory(d.category);
      setWritten({ ...EMPTY, title: d.title, content: d.content, place: d.place });
      // Back at step 2 at most: 下一步 checks the text again and looks for similar ideas.
      setStep(d.category ? (Math.min(d.step, 2) as Step) : 1);
    },
    reset: () => {
      setCategory(undefined);
      setWritten(EMPTY);
      setStep(1);
    },
  });

  const toStep3 = async () => {
    // A recording carries the idea by itself: the typed lengths then do not apply.
    const errors = voice ? {} : ideaLengthProblems(title, content);
    setLocal(errors);
    if (Object.keys(errors).length > 0 || !category) return;
    setStep(3);
    const res = title.trim() ? await similarIdeas(category, title.trim()) : null;
    setSimilar(res?.ok ? res.data.items : []);
  };

  const fields = { ...local, ...(send.fields ?? {}) };
  // The server found a field to fix: go back to the step where it is written.
  useEffect(() => {
    if (send.fields && (send.fields.title || send.fields.content || send.fields.place || send.fields.photos || send.fields.voice)) setStep(2);
  }, [send.fields]);

  if (done) {
    return (
      <PageShell title='提交成功' back>
        <Card tone='accent' title='您的金点子已经收到'>
          <Text className='idea-meta'>{receiptHint(done.bureauPhone)}</Text>
          <ReceiptNo id='idea-receipt' value={done.receiptNo} />
          <Text className='idea-status'>{done.statusText}</Text>
        </Card>
        <CallBureau phone={done.bureauPhone} />
        <BigButton id='idea-open-mine' onClick={() => replacePage(`${ROUTES.ideasMine}?id=${done.id}`)}>
          查看办理进度
        </BigButton>
      </PageShell>
    );
  }

  return (
    <PageShell title='提金点子' back>
      {me.status !== 'registered' && <GateNotice me={me} />}
      <DraftNotice draft={draft} />
      <Text className='idea-steps' id='idea-step'>第{step}步，共3步：{step === 1 ? '选择类别' : step === 2 ? '写下您的建议' : '看一看，再提交'}</Text>

      {step === 1 && (
        <View>
          <FormField label='您的建议是关于哪方面的？'>
            <OptionGroup label='类别' options={CATEGORY_OPTIONS} value={category} onChange={setCategory} columns={2} />
          </FormField>
          <BigButton id='idea-next-1' disabled={!category} onClick={() => setStep(2)}>
            {category ? '下一步' : '请先选择类别'}
          </BigButton>
        </View>
      )}

      {step === 2 && <WriteStep value={written} set={set} fields={fields} onNext={toStep3} onBack={() => setStep(1)} />}

      {step === 3 && category && (
        <View>
          {similar.length > 0 && (
            <View id='idea-similar'>
              <Text className='idea-section'>是否与这些建议相同？</Text>
              <Text className='idea-meta'>如果相同，点“我也支持”就可以，不用再提一次。</Text>
              {similar.map((s) => (
                <Card key={s.id} title={s.title} subtitle={`${s.stateLabel} · ${s.supportCount}人支持`}>
                  {supported[s.id] ? (
                    <StatusText tone='ok'>已支持这条建议，谢谢您</StatusText>
                  ) : (
                    <BigButton
                      kind='secondary'
                      inline
                      busy={support.busy}
                      busyText='正在提交…'
                      onClick={async () => {
                        const r = await support.run({ ideaId: s.id });
                        if (r) setSupported((m) => ({ ...m, [s.id]: true }));
                      }}
                    >
                      我也支持
                    </BigButton>
                  )}
                </Card>
              ))}
              {support.error && <StatusText tone='error'>{support.error}</StatusText>}
            </View>
          )}
          <Text className='idea-section'>请核对您的建议</Text>
          <Card title={title.trim() || '语音金点子'} subtitle={IDEA_CATEGORY_LABELS[category]}>
            {voice && <VoicePlayer url={voice.previewUrl} seconds={voice.seconds} label='听一听您说的' />}
            {content.trim() && <Text className='idea-text'>{content.trim()}</Text>}
            {place.trim() && <Text className='idea-meta'>地点：{place.trim()}</Text>}
            {photos.length > 0 && <Text className='idea-meta'>{`照片${photos.length}张：`}</Text>}
            <PhotoList urls={photos.map((p) => p.url)} />
          </Card>
          <StatusText tone='info' id='idea-tell-me'>送出后，办理的每一步都会记在“我的 → 消息”里；微信问您要不要接收通知时，选“允许”就能在微信里收到。</StatusText>
          {send.error && <StatusText tone='error'>{send.error}</StatusText>}
          {send.error && !send.fields && <StatusText tone='info' id='idea-kept'>您写的内容已经保存在这部手机上，不会丢。</StatusText>}
          <View className='idea-actions'>
          <BigButton
            id='idea-send'
            busy={send.busy}
            onClick={async () => {
              // Asked at the tap (WeChat allows no other moment); the idea is sent meanwhile.
              void askToBeTold(['ideaProgress']);
              draft.flush();
              const r = await send.run({
                category,
                ...(title.trim() || !voice ? { title: title.trim() } : {}),
                ...(content.trim() || !voice ? { content: content.trim() } : {}),
                ...(voice ? { voice: { fileId: voice.fileId, seconds: voice.seconds } } : {}),
                ...(place.trim() ? { place: place.trim() } : {}),
                ...(photos.length ? { photos: photos.map((p) => p.fileID) } : {}),
              });
              if (r) {
                draft.done();
                setDone(r);
              }
            }}
          >
            {similar.length > 0 ? '不一样，提交我的建议' : '提交'}
          </BigButton>
          <BigButton kind='secondary' onClick={() => setStep(2)}>
            上一步：修改
          </BigButton>
          <BigButton kind='plain' onClick={() => openPage(ROUTES.ideasMine)}>
            看看我以前提的
          </BigButton>
          </View>
        </View>
      )}
    </PageShell>
  );
}
