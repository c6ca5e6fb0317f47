import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, FormField, TextBox } from '../../../ui';
import { shortDateTime } from '../../../features/ideas/format';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';

/** Private staff notes on the idea; the author never sees them (the page's fold carries the heading). */
export function Notes({ idea, changed }: StepProps) {
  const add = useIdeaMove('ideas.addNote');
  const [text, setText] = useState('');
  return (
    <View id='handle-notes'>
      {idea.staffNotes.map((n, i) => (
        <Text key={i} className='idea-meta'>{`${shortDateTime(n.at)} ${n.byName}：${n.text}`}</Text>
      ))}
      <FormField label='添加备注' error={add.fields?.text ?? add.error}>
        <TextBox label='添加备注' value={text} onChange={setText} multiline maxlength={300} />
      </FormField>
      <BigButton
        kind='secondary'
        busy={add.busy}
        onClick={async () => {
          const next = await add.run({ ideaId: idea.id, text });
          if (next) setText('');
          changed(next, '备注已保存');
        }}
      >
        保存备注
      </BigButton>
    </View>
  );
}
