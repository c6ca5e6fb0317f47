import { View, Text } from '@tarojs/components';
import type { ReactNode } from 'react';
import './form-field.scss';
import { idProp } from './id-prop';

interface Props {
  label: string;
  /** Field is optional: the label says so ("选填"), so readers know they may skip it. */
  optional?: boolean;
  hint?: string;
  /** The message for this field, from the server's `error.fields` or the client-side check. */
  error?: string;
  children: ReactNode;
  id?: string;
}

/** Label above its control, hint under the label, and the field's own error right under the control. */
export function FormField({ label, optional, hint, error, children, id }: Props) {
  return (
    <View {...idProp(id)} className={`field ${error ? 'field--error' : ''}`}>
      <View className='field-label'>
        <Text className='field-label-text'>{label}</Text>
        {optional && <Text className='field-optional'>（选填）</Text>}
      </View>
      {hint && <Text className='field-hint'>{hint}</Text>}
      <View className='field-control'>{children}</View>
      {error && (
        <View className='field-error' role='alert'>
          <Text className='field-error-lead'>请修改：</Text>
          <Text>{error}</Text>
        </View>
      )}
    </View>
  );
}
