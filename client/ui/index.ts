/** The elder-first kit. Pages build from these, not from raw Taro components where a kit piece fits. */
export { BigButton } from './BigButton';
export { CallButton } from './CallButton';
export { Card } from './Card';
export { CheckInCode } from './CheckInCode';
export { FormField } from './FormField';
export { LoadFailed, LoadState } from './LoadFailed';
export { OptionGroup, type Option } from './OptionGroup';
export { CheckGroup } from './CheckGroup';
export { Fold } from './Fold';
export { PagedList } from './PagedList';
export { PickerButton } from './PickerButton';
export { PageShell } from './PageShell';
export { ReadAloudButton } from './ReadAloudButton';
export { StatusText } from './StatusText';
export { TextBox } from './TextBox';
export type { PagedState } from '../api/use-paged';
