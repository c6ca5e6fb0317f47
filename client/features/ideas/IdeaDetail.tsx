import { FAMILY_MARK } from '@contract/family-words';
import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { IDEA_CATEGORY_LABELS, IDEA_RATING_LABELS, IDEA_RATINGS } from '@contract/ideas-words';
import type { IdeaRating, IdeaView } from '@contract/ideas-model';
import { BigButton, Card, FormField, OptionGroup, StatusText, TextBox } from '../../ui';
import { PhotoList } from '../../ui/PhotoPicker';
import { VoicePlayer } from '../recording/VoicePlayer';
import { VoiceNote, withHeard, type Voice } from '../recording/VoiceNote';
import { AnswerBlock } from './AnswerBlock';
import { CallBureau } from './Receipt';
import { Timeline } from './Timeline';
import { photoUrlsOf } from './photos';
import { useRateIdea, useWithdrawIdea } from './use-ideas';
import './ideas.scss';

const RATING_OPTIONS = IDEA_RATINGS.map((value) => ({ value, label: IDEA_RATING_LABELS[value] }));

/** 我的金点子, one idea: where it stands, the answer, every step so far, and the rating buttons. */
export function IdeaDetail({ idea, onChange }: { idea: IdeaView; onChange: (next: IdeaView) => void }) {
  const [rating, setRating] = useState<IdeaRating | undefined>();
  const [comment, setComment] = useState('');
  const [said, setSaid] = useState<Voice | null>(null);
  const [confirmWithdraw, setConfirmWithdraw] = useState(false);
  const rate = useRateIdea();
  const withdraw = useWithdrawIdea();
  // Moves answer without file URLs: keep the ones already loaded.
  const update = (next: IdeaView) => onChange({ ...next, photoUrls: next.photoUrls ?? idea.photoUrls, voice: next.voice?.url ? next.voice : idea.voice });

  return (
    <View id='idea-detail'>
      <Card title={idea.title} subtitle={`编号 ${idea.receiptNo} · ${IDEA_CATEGORY_LABELS[idea.category]}`}>
        <Text className='idea-status' id='idea-status'>{idea.statusText}</Text>
        {idea.byProxy && <Text className='idea-meta'>由支部书记代为录入</Text>}
        {idea.familyBy && <Text className='idea-meta' id='idea-family'>{`${FAMILY_MARK}：${idea.familyBy}`}</Text>}
      </Card>

      {idea.notAcceptReason && <StatusText tone='warn' lead='不予受理的原因'>{idea.notAcceptReason}</StatusText>}

      {idea.answer && <AnswerBlock title={idea.title} answer={idea.answer} outcome={idea.outcome} />}

      {idea.canRate && (
        <View id='idea-rate'>
          <Text className='idea-section'>您对答复满意吗？</Text>
          <OptionGroup label='评价' options={RATING_OPTIONS} value={rating} onChange={setRating} />
          {rating === 'unsatisfied' && (
            <FormField label='您的意见' optional hint='说说哪里不满意，工作人员会再办理一次'>
              <TextBox label='您的意见' value={comment} onChange={setComment} multiline maxlength={200} />
            </FormField>
          )}
          {rating === 'unsatisfied' && (
            <VoiceNote value={said} onChange={setSaid} purpose='ideaVoice' id='idea-rate-voice' startText='不想打字？点这里说说哪里不满意' sendText='提交评价'
              textLabel='您的意见' onText={(heard) => setComment((typed) => withHeard(typed, heard, 200))} />
          )}
          {rate.error && <StatusText tone='error'>{rate.error}</StatusText>}
          <BigButton
            id='idea-rate-submit'
            disabled={!rating}
            busy={rate.busy}
            onClick={async () => {
              if (!rating) return;
              const spoken = rating === 'unsatisfied' && said ? { voice: { fileId: said.fileId, seconds: said.seconds } } : {};
              const next = await rate.run({ ideaId: idea.id, rating, ...(comment.trim() ? { comment } : {}), ...spoken });
              if (next) update(next);
            }}
          >
            {rating ? `提交评价：${IDEA_RATING_LABELS[rating]}` : '请先选择评价'}
          </BigButton>
        </View>
      )}

      <Text className='idea-section'>办理过程</Text>
      <Timeline steps={idea.timeline} />

      <Text className='idea-section'>我提的内容</Text>
      {idea.voice?.url && <VoicePlayer url={idea.voice.url} seconds={idea.voice.seconds} label='听一听您说的' />}
      {idea.content && <Text className='idea-text'>{idea.content}</Text>}
      {idea.place && <Text className='idea-meta'>地点：{idea.place}</Text>}
      <PhotoList urls={photoUrlsOf(idea)} />
      <CallBureau phone={idea.bureauPhone} />

      {idea.canWithdraw && (
        <View className='idea-actions'>
          {withdraw.error && <StatusText tone='error'>{withdraw.error}</StatusText>}
          {confirmWithdraw ? (
            <View>
              <StatusText tone='warn'>撤回后工作人员就不再办理这条建议。确定撤回吗？</StatusText>
              <BigButton
                kind='danger'
                busy={withdraw.busy}
                onClick={async () => {
                  const next = await withdraw.run({ ideaId: idea.id });
                  if (next) update(next);
                  setConfirmWithdraw(false);
                }}
              >
                确定撤回
              </BigButton>
              <BigButton kind='secondary' onClick={() => setConfirmWithdraw(false)}>
                不撤回了
              </BigButton>
            </View>
          ) : (
            <BigButton kind='secondary' onClick={() => setConfirmWithdraw(true)}>
              撤回这条建议
            </BigButton>
          )}
        </View>
      )}
    </View>
  );
}
