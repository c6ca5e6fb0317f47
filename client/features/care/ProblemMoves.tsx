import { View } from '@tarojs/components';
import { useState } from 'react';
import type { ProblemView } from '@contract/care-model';
import { BigButton, FormField, StatusText, TextBox } from '../../ui';
import { useRun } from '../../api/use-run';

/**
 * Moving one problem on: 我来办 (正在办), then 已解决 with what was done — the member reads that line in
 * 消息, so it is required. Folded behind 办理这个问题; nothing to do on a solved one.
 */
export function ProblemMoves({ problem, onMoved }: { problem: ProblemView; onMoved: (next: ProblemView) => void }) {
  const move = useRun('care.moveProblem');
  const [note, setNote] = useState('');
  const [open, setOpen] = useState(false);
  if (problem.state === 'solved') return null;
  // Folded until asked for: a list of problems stays one screen of problems, not of forms.
  if (!open) {
    return (
      <BigButton kind='secondary' id={`care-handle-${problem.id}`} onClick={() => setOpen(true)}>
        办理这个问题
      </BigButton>
    );
  }
  const run = async (to: 'in_hand' | 'solved') => {
    const r = await move.run({ problemId: problem.id, to, ...(note.trim() ? { note: note.trim() } : {}) });
    if (!r) return;
    setNote('');
    setOpen(false);
    onMoved(r);
  };
  return (
    <View className='care-moves'>
      <FormField label='办理说明' hint='解决了就写明怎么解决的，老同志会看到' error={move.fields?.note}>
        <TextBox label='办理说明' value={note} onChange={setNote} multiline maxlength={300} />
      </FormField>
      {move.error && !move.fields?.note && <StatusText tone='error'>{move.error}</StatusText>}
      {problem.state === 'open' && (
        <BigButton kind='secondary' busy={move.busy} onClick={() => void run('in_hand')}>
          我来办（正在办）
        </BigButton>
      )}
      <BigButton id={`care-solve-${problem.id}`} busy={move.busy} onClick={() => void run('solved')}>
        已解决
      </BigButton>
    </View>
  );
}
