import type { ReactNode } from 'react';

/**
 * The schedule form's desk parts (电脑上办公): a two-column form where Enter in a box submits, and the
 * browser's own date and time boxes, typed with the keyboard. Only the H5 build has a desk
 * (DeskFields.h5.tsx); this suffix-less file is what the mini-program build and the type checker see: the
 * form is its fields as they are, and there are no desk boxes.
 */
export interface DeskFormProps {
  onSubmit: () => void;
  children: ReactNode;
}

export function DeskForm({ children }: DeskFormProps) {
  return <>{children}</>;
}

export interface DeskInputProps {
  type: 'date' | 'time';
  /** 'YYYY-MM-DD' or 'HH:mm', the same strings the phone's pickers give. */
  value: string;
  onChange: (value: string) => void;
  label: string;
  id?: string;
}

export function DeskInput(_props: DeskInputProps) {
  return null;
}
