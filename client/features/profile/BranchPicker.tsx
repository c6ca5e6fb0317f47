import { View } from '@tarojs/components';
import { useMemo, useState } from 'react';
import { BigButton, OptionGroup, StatusText, TextBox } from '../../ui';
import type { BranchesState } from './use-branches';

interface Props {
  state: BranchesState;
  value: string;
  onChange: (branchId: string) => void;
  onRetry: () => void;
  /** Offer "全部支部" (value '') first — for filters, not for the form. */
  allowAll?: boolean;
}

/** Shown as big options. With many branches, a box above narrows the list by any part of the name. */
export function BranchPicker({ state, value, onChange, onRetry, allowAll }: Props) {
  const [filter, setFilter] = useState('');
  const options = useMemo(() => {
    if (state.status !== 'ready') return [];
    const words = filter.trim();
    const list = state.branches
      .filter((b) => !words || b.name.includes(words) || (b.township ?? '').includes(words) || b.id === value)
      .map((b) => ({ value: b.id, label: b.township ? `${b.name}（${b.township}）` : b.name }));
    return allowAll ? [{ value: '', label: '全部支部' }, ...list] : list;
  }, [state, filter, value, allowAll]);

  if (state.status === 'loading') return <StatusText lead=''>正在读取党支部名单…</StatusText>;
  if (state.status === 'error') {
    return (
      <View>
        <StatusText tone='error'>{state.message}</StatusText>
        <BigButton kind='secondary' onClick={onRetry}>
          再试一次
        </BigButton>
      </View>
    );
  }
  if (state.branches.length === 0) {
    return <StatusText tone='warn'>还没有设立党支部，请联系老干部局工作人员。</StatusText>;
  }
  return (
    <View>
      {state.branches.length > 8 && (
        <View style={{ marginBottom: '0.4rem' }}>
          <TextBox label='按名称查找支部' value={filter} onChange={setFilter} placeholder='输入支部名称里的字，可以快点找到' />
        </View>
      )}
      <OptionGroup label='党支部' options={options} value={value} onChange={onChange} />
      {options.length === 0 && <StatusText lead=''>没有名称里带这些字的支部，请换几个字试试。</StatusText>}
    </View>
  );
}
