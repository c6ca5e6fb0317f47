import { View, Text } from '@tarojs/components';
import { ROLE_LABELS, type Role } from '@contract/roles';
import './role-badges.scss';

/** Roles as bordered word badges ("支部书记"), never colour-only dots. */
export function RoleBadges({ roles, secretaryOfName }: { roles: readonly Role[]; secretaryOfName?: string }) {
  return (
    <View className='badges'>
      {roles.map((r) => (
        <Text key={r} className={`badge badge--${r}`}>
          {r === 'secretary' && secretaryOfName ? `${ROLE_LABELS[r]}·${secretaryOfName}` : ROLE_LABELS[r]}
        </Text>
      ))}
    </View>
  );
}
