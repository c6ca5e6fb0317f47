import { View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, FormField, StatusText, TextBox } from '../../../ui';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';
import { askToBeTold } from '../../../features/messages/ask';

/** 受理 or 不予受理 (with the reason the author reads) for a newly sent idea. */
export function Acceptance({ idea, changed }: StepProps) {
  const accept = useIdeaMove('ideas.accept');
  const notAccept = useIdeaMove('ideas.notAccept');
  const [reason, setReason] = useState('');
  return (
    <View>
      {accept.error && <StatusText tone='error'>{accept.error}</StatusText>}
      <BigButton id='handle-accept' busy={accept.busy} onClick={async () => {
        // Staff who take on ideas are the ones 督办 reminds when one runs late.
        void askToBeTold(['overdueReminder']);
        changed(await accept.run({ ideaId: idea.id }), '已受理');
      }}>
        受理
      </BigButton>
      <FormField label='不予受理的原因' hint='提出人会看到这段话，请写清楚' error={notAccept.fields?.reason ?? notAccept.error}>
        <TextBox label='不予受理的原因' value={reason} onChange={setReason} multiline maxlength={200} />
      </FormField>
      <BigButton kind='danger' busy={notAccept.busy} onClick={async () => changed(await notAccept.run({ ideaId: idea.id, reason }), '已答复不予受理')}>
        不予受理
      </BigButton>
    </View>
  );
}
