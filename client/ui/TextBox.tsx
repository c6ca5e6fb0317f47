import { Input, Textarea } from '@tarojs/components';
import './text-box.scss';
import { idProp } from './id-prop';

interface Props {
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
  /** 'number' opens the digit keyboard (years, phone numbers; a landline's dash is optional). */
  type?: 'text' | 'number' | 'digit';
  maxlength?: number;
  multiline?: boolean;
  id?: string;
  /** Spoken name for screen readers (H5: set on the inner <input>); usually the field's label. */
  label?: string;
}

/** A large single-line input or a tall text area, bordered clearly enough to see where to tap. */
export function TextBox({ value, onChange, placeholder, type = 'text', maxlength = 140, multiline, id, label }: Props) {
  const nativeProps = label ? { 'aria-label': label } : undefined;
  if (multiline) {
    return (
      <Textarea
        {...idProp(id)}
        className='textbox textbox--area'
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        nativeProps={nativeProps}
        onInput={(e) => onChange(e.detail.value)}
      />
    );
  }
  return (
    <Input
      {...idProp(id)}
      className='textbox'
      value={value}
      type={type}
      placeholder={placeholder}
      placeholderClass='textbox-placeholder'
      maxlength={maxlength}
      nativeProps={nativeProps}
      onInput={(e) => onChange(e.detail.value)}
    />
  );
}
