import { View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, StatusText } from '../../ui';
import { useAskDelivery } from './use-lessons';

/**
 * 请送学上门 under a lesson not yet studied: for someone who cannot read or hear it alone. One tap, said
 * back in plain words; once planned (asked before, or their profile needs it) only the words show.
 */
export function AskDelivery({ lessonId, planned }: { lessonId: string; planned: boolean }) {
  const [done, setDone] = useState(planned);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const askDelivery = useAskDelivery();

  const ask = async () => {
    setBusy(true);
    const res = await askDelivery(lessonId);
    setBusy(false);
    if (res.ok) setDone(true);
    else setError(res.error.message);
  };

  return (
    <View className='ask-delivery' id='ask-delivery'>
      {done ? (
        <StatusText tone='ok' lead='已安排'>支部会安排人上门，给您讲这一课。</StatusText>
      ) : (
        <BigButton kind='plain' busy={busy} busyText='正在告诉书记…' onClick={() => void ask()}>
          自己学不方便？请支部送学上门
        </BigButton>
      )}
      {error && <StatusText tone='error'>{error}</StatusText>}
    </View>
  );
}
