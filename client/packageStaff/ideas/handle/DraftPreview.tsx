import { View, Text } from '@tarojs/components';
import { IDEA_OUTCOME_LABELS } from '@contract/ideas-words';
import { blanksMessage } from '@contract/answer-blanks';
import { BigButton, StatusText } from '../../../ui';
import { AnswerBlock } from '../../../features/ideas/AnswerBlock';
import { shortDateTime } from '../../../features/ideas/format';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';

/**
 * Before 办结: the saved draft — what 发布 publishes — in the very block the member's page shows, and
 * the 发布 button, held back while a template blank is left (the server refuses it too).
 */
export function DraftPreview({ idea, changed, edited }: StepProps & { edited: boolean }) {
  const resolve = useIdeaMove('ideas.resolve');
  const draft = idea.draft;
  if (!draft) return null;
  const blanks = blanksMessage(draft.answer);
  return (
    <View id='handle-draft-saved'>
      <StatusText tone='info' lead='草稿'>{`${IDEA_OUTCOME_LABELS[draft.outcome]}，${draft.byName}于${shortDateTime(draft.savedAt)}保存`}</StatusText>
      {edited && <StatusText tone='warn'>上面改过的内容还没保存：发布的是下面这份草稿。要发布改过的，请先点“保存草稿”。</StatusText>}
      <Text className='idea-section'>预览：{idea.authorName}将看到</Text>
      <View className='answer-preview' id='handle-preview'>
        <AnswerBlock title={idea.title} answer={draft.answer} outcome={draft.outcome} id='handle-preview-answer' readAloudId='handle-preview-read-aloud' />
      </View>
      {blanks && (
        <StatusText tone='warn' lead='还不能发布' id='handle-preview-blanks'>
          {blanks}
        </StatusText>
      )}
      {resolve.error && <StatusText tone='error'>{resolve.fields?.answer ?? resolve.error}</StatusText>}
      <BigButton id='handle-resolve' disabled={!!blanks} busy={resolve.busy} onClick={async () => changed(await resolve.run({ ideaId: idea.id }), '答复已发布，已办结')}>
        {blanks ? '填好括号里的内容后才能发布' : '发布答复（办结）'}
      </BigButton>
    </View>
  );
}
