import type { KeyboardEvent } from 'react';
import type { DeskFormProps, DeskInputProps } from './DeskFields';
import '../sessions-desk.scss';

/**
 * Enter in a one-line box sends the form; not while an input method is still composing (拼音 uses Enter), not
 * on buttons. Read in the capture phase: Taro's own input stops its keydown from bubbling.
 */
const submitsOn = (event: KeyboardEvent<HTMLDivElement>): boolean => {
  if (event.key !== 'Enter' || event.nativeEvent.isComposing) return false;
  const target = event.target as HTMLElement;
  return target.tagName === 'INPUT' && !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type);
};

/** H5: the form in two columns; a field marked `sesdesk-form-wide` spans both. */
export function DeskForm({ onSubmit, children }: DeskFormProps) {
  return (
    <div
      className='sesdesk-form'
      onKeyDownCapture={(event) => {
        if (!submitsOn(event)) return;
        event.preventDefault();
        onSubmit();
      }}
    >
      {children}
    </div>
  );
}

/** H5: the browser's date or time box: typed digit by digit, ↑/↓ step it, no wheel to spin. */
export function DeskInput({ type, value, onChange, label, id }: DeskInputProps) {
  return <input className='sesdesk-input' type={type} id={id} aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} />;
}
