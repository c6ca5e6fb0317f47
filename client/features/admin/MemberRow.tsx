import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import type { MemberSummary } from '@contract/member-model';
import { BigButton } from '../../ui';
import { RoleBadges } from '../roles/RoleBadges';
import type { BranchesState } from '../profile/use-branches';
import { RoleEditor } from './RoleEditor';

interface Props {
  member: MemberSummary;
  branches: BranchesState;
  onRetryBranches: () => void;
  onChanged: (member: MemberSummary) => void;
}

/** One member in the admin list; "管理身份" opens the role editor right under it. */
export function MemberRow({ member, branches, onRetryBranches, onChanged }: Props) {
  const [open, setOpen] = useState(false);
  return (
    <View className={`mrow ${open ? 'mrow--open' : ''}`}>
      <View className='mrow-head'>
        <Text className='mrow-name'>{member.name}</Text>
        <Text className='mrow-meta'>
          {member.birthYear}年生 · {member.branchName}
        </Text>
      </View>
      <RoleBadges roles={member.roles} />
      <View className='mrow-action'>
        <BigButton kind='secondary' onClick={() => setOpen(!open)}>
          {open ? '收起' : '管理身份'}
        </BigButton>
      </View>
      {open && <RoleEditor member={member} branches={branches} onRetryBranches={onRetryBranches} onChanged={onChanged} />}
    </View>
  );
}
