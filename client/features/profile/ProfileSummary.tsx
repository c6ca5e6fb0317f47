import { View, Text } from '@tarojs/components';
import { LIVING_SITUATION_LABELS, MOBILITY_LABELS } from '@contract/member-words';
import type { MemberView } from '@contract/member-model';
import './profile-summary.scss';

/** The 一人一策 record as the member sees it: label on the left, answer on the right, all in words. */
export function ProfileSummary({ member }: { member: MemberView }) {
  const rows: [string, string][] = [
    ['姓名', member.name],
    ['出生年份', `${member.birthYear}年`],
    ['原工作单位', member.formerUnit],
    ['所在党支部', member.branchName],
    ['联系电话', member.phone || '没有填写'],
    ['居住情况', LIVING_SITUATION_LABELS[member.livingSituation]],
    ['行动情况', MOBILITY_LABELS[member.mobility]],
    ['送学上门', member.needsHomeDelivery ? '需要' : '不需要'],
    ['家庭住址', member.address ? `${member.address}${member.landmark ? `（${member.landmark}）` : ''}` : '没有填写'],
    ['紧急联系人', `${member.emergencyContact.name}（${member.emergencyContact.relation}）`],
    ['联系人电话', member.emergencyContact.phone],
    ['其他情况', member.note || '没有填写'],
  ];
  return (
    <View className='psum'>
      {rows.map(([label, value]) => (
        <View key={label} className='psum-row'>
          <Text className='psum-label'>{label}</Text>
          <Text className='psum-value'>{value}</Text>
        </View>
      ))}
    </View>
  );
}
