import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { ROLES, ROLE_LABELS, type Role } from '@contract/roles';
import { BigButton, FormField, OptionGroup, TextBox } from '../../ui';
import { BranchPicker } from '../profile/BranchPicker';
import type { BranchesState } from '../profile/use-branches';

export interface MemberFilter {
  keyword: string;
  branchId: string;
  role: Role | '';
}

const ROLE_OPTIONS = [{ value: '' as const, label: '全部' }, ...ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r] }))];

interface Props {
  value: MemberFilter;
  onSearch: (next: MemberFilter) => void;
  branches: BranchesState;
  onRetryBranches: () => void;
}

/**
 * Search by name, then narrow by branch and role. The branch list opens in place only when asked
 * ("换一个支部"), so the page stays short. Changes apply when 查找 is tapped.
 */
export function MemberFilters({ value, onSearch, branches, onRetryBranches }: Props) {
  const [draft, setDraft] = useState<MemberFilter>(value);
  const [pickBranch, setPickBranch] = useState(false);
  const branchName =
    draft.branchId === '' ? '全部支部' : branches.status === 'ready' ? (branches.branches.find((b) => b.id === draft.branchId)?.name ?? '') : '';

  return (
    <View className='mfilter'>
      <FormField label='姓名' optional hint='输入姓名里的字'>
        <TextBox label='姓名' id='member-keyword' value={draft.keyword} onChange={(keyword) => setDraft({ ...draft, keyword })} placeholder='例如：张' maxlength={20} />
      </FormField>
      <FormField label='党支部'>
        {pickBranch ? (
          <BranchPicker
            allowAll
            state={branches}
            value={draft.branchId}
            onRetry={onRetryBranches}
            onChange={(branchId) => {
              setDraft({ ...draft, branchId });
              setPickBranch(false);
            }}
          />
        ) : (
          <View className='mfilter-branch'>
            <Text className='mfilter-branch-name'>{branchName}</Text>
            <BigButton kind='secondary' inline onClick={() => setPickBranch(true)}>
              换一个支部
            </BigButton>
          </View>
        )}
      </FormField>
      <FormField label='身份'>
        <OptionGroup label='身份' columns={2} options={ROLE_OPTIONS} value={draft.role} onChange={(role) => setDraft({ ...draft, role })} />
      </FormField>
      <BigButton id='member-search' onClick={() => onSearch({ ...draft, keyword: draft.keyword.trim() })}>
        查找
      </BigButton>
    </View>
  );
}
