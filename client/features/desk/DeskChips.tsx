/**
 * One choice among a few, as a row of desk chips (即将 / 已结束 / 全部): a radio group a mouse or the Tab key
 * reaches, the chosen one filled. Used only from the desk's `.h5.tsx` views.
 */
export function DeskChips<K extends string>({ label, options, value, onChange, idPrefix }: {
  label: string;
  options: ReadonlyArray<{ key: K; label: string }>;
  value: K;
  onChange: (key: K) => void;
  /** Each chip's id is `${idPrefix}-${key}`. */
  idPrefix: string;
}) {
  return (
    <div className='desk-filter' role='radiogroup' aria-label={label}>
      {options.map((o) => (
        <button
          key={o.key}
          type='button'
          role='radio'
          aria-checked={value === o.key}
          id={`${idPrefix}-${o.key}`}
          className={`desk-chip ${value === o.key ? 'desk-chip--on' : ''}`}
          onClick={() => onChange(o.key)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}
