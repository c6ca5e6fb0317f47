import { Text } from '@tarojs/components';
import './family.scss';

/** Says on every page of the helper's, while acting, for whom each tap is done. */
export function ActingBanner({ memberName }: { memberName: string }) {
  return (
    <Text className='family-acting' id='family-acting'>
      {`正在替 ${memberName} 办理`}
    </Text>
  );
}
