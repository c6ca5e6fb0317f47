import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ANSWER_TEMPLATES, IDEA_OUTCOME_LABELS, IDEA_OUTCOMES } from '@contract/ideas-words';
import type { IdeaOutcome } from '@contract/ideas-model';
import { blanksMessage } from '@contract/answer-blanks';
import { BigButton, Fold, FormField, OptionGroup, StatusText, TextBox } from '../../../ui';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';
import { DraftPreview } from './DraftPreview';

const OUTCOME_OPTIONS = IDEA_OUTCOMES.map((value) => ({ value, label: IDEA_OUTCOME_LABELS[value] }));
const TEMPLATE_OPTIONS = ANSWER_TEMPLATES.map((t) => ({ value: t.key, label: t.title }));

/**
 * While a department works on it: progress notes the author sees, then the answer, drafted before it
 * is published. A template's blanks ("（写明理由）") are pointed out as they are typed; the saved draft
 * is previewed exactly as the member will read it, and 发布 waits until no blank is left.
 */
export function Answer({ idea, changed }: StepProps) {
  const progress = useIdeaMove('ideas.progress');
  const draft = useIdeaMove('ideas.saveDraft');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<IdeaOutcome | undefined>(idea.draft?.outcome);
  const [answer, setAnswer] = useState(idea.draft?.answer ?? '');
  const [template, setTemplate] = useState<string | undefined>();
  const edited = !!idea.draft && (answer !== idea.draft.answer || outcome !== idea.draft.outcome);
  // The saved draft's blanks are named under its preview; these are the ones in what is being typed.
  const typedBlanks = !idea.draft || answer !== idea.draft.answer ? blanksMessage(answer) : null;
  return (
    <View>
      {/* Folded: the answer is the move most visits come for; a progress note is one tap away. */}
      <Fold id='handle-progress' title='办理进展（提出人能看到）' summary='告诉提出人办到哪一步了'>
        <FormField label='进展' error={progress.fields?.note ?? progress.error}>
          <TextBox label='进展' value={note} onChange={setNote} multiline maxlength={200} />
        </FormField>
        <BigButton
          kind='secondary'
          busy={progress.busy}
          onClick={async () => {
            const next = await progress.run({ ideaId: idea.id, note });
            if (next) setNote('');
            changed(next, '进展已写入办理过程');
          }}
        >
          告知进展
        </BigButton>
      </Fold>

      <Text className='idea-section'>答复（先存草稿，看过预览，再发布）</Text>
      <FormField label='从模板开始' optional>
        <OptionGroup
          label='答复模板'
          options={TEMPLATE_OPTIONS}
          value={template}
          onChange={(key) => {
            const t = ANSWER_TEMPLATES.find((x) => x.key === key);
            setTemplate(key);
            if (t) {
              setOutcome(t.outcome);
              setAnswer(t.text);
            }
          }}
          columns={2}
        />
      </FormField>
      <FormField label='办理结果' error={draft.fields?.outcome}>
        <OptionGroup label='办理结果' options={OUTCOME_OPTIONS} value={outcome} onChange={setOutcome} columns={2} />
      </FormField>
      <FormField label='答复内容' hint='括号里“写明……”的地方，要换成实际内容' error={draft.fields?.answer}>
        <TextBox label='答复内容' value={answer} onChange={setAnswer} multiline maxlength={1500} />
      </FormField>
      {typedBlanks && (
        <StatusText tone='warn' lead='还要填' id='handle-blanks'>
          {typedBlanks}
        </StatusText>
      )}
      {draft.error && <StatusText tone='error'>{draft.error}</StatusText>}
      <BigButton
        id='handle-draft'
        kind='secondary'
        disabled={!outcome}
        busy={draft.busy}
        onClick={async () => {
          if (outcome) changed(await draft.run({ ideaId: idea.id, outcome, answer }), '草稿已保存（提出人还看不到）');
        }}
      >
        保存草稿
      </BigButton>
      {idea.draft && <DraftPreview idea={idea} changed={changed} edited={edited} />}
    </View>
  );
}
