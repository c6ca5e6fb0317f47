import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ANSWER_TEMPLATES } from '@contract/ideas-words';
import type { IdeaOutcome } from '@contract/ideas-model';
import { blanksMessage } from '@contract/answer-blanks';
import { BigButton, Fold, FormField, OptionGroup, StatusText, TextBox } from '../../../ui';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';
import { DraftPreview } from './DraftPreview';

// One choice per outcome, named as its answer template: choosing it sets the outcome and starts the answer.
const TEMPLATE_OPTIONS = ANSWER_TEMPLATES.map((t) => ({ value: t.key, label: t.title }));
const TEMPLATE_TEXTS = new Set(ANSWER_TEMPLATES.map((t) => t.text));

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
  // The chosen template is the one of the outcome (a saved draft shows its outcome chosen).
  const [template, setTemplate] = useState<string | undefined>(ANSWER_TEMPLATES.find((t) => t.outcome === idea.draft?.outcome)?.key);
  const edited = !!idea.draft && (answer !== idea.draft.answer || outcome !== idea.draft.outcome);
  // The saved draft's blanks are named under its preview; these are the ones in what is being typed.
  const typedBlanks = !idea.draft || answer !== idea.draft.answer ? blanksMessage(answer) : null;
  return (
    <View>
      {/* Folded: the answer is the move most visits come for; a progress note is one tap away. */}
      <Fold id='handle-progress' title='告知进展' summary='提出人能看到办到哪一步了'>
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

      <Text className='idea-section'>答复（先存草稿，再发布）</Text>
      <FormField label='办理结果' hint='选一个，答复里会填好模板' error={draft.fields?.outcome}>
        <OptionGroup
          label='办理结果'
          options={TEMPLATE_OPTIONS}
          value={template}
          onChange={(key) => {
            const t = ANSWER_TEMPLATES.find((x) => x.key === key);
            if (!t) return;
            setTemplate(key);
            setOutcome(t.outcome);
            // What staff typed themselves is never replaced; an empty box or another template's text is.
            if (!answer.trim() || TEMPLATE_TEXTS.has(answer)) setAnswer(t.text);
          }}
        />
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
