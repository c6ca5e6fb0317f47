import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WelcomeView } from '@contract/care-welcome-model';
import { BigButton, PickerButton, StatusText } from '../../ui';
import { useRun } from '../../api/use-run';
import { monthDay, todayInChina } from '../ideas/format';

/** One of the 九个一: ticked shows the day and who; not yet, a day (today by default) and 办好了. */
export function WelcomeItem({ w, index, onChanged }: { w: WelcomeView; index: number; onChanged: (next: WelcomeView) => void }) {
  const tick = useRun('care.tickWelcome');
  const [day, setDay] = useState(todayInChina());
  const item = w.items[index];
  return (
    <View className={`care-welcome-item${item.doneOn ? ' care-welcome-item--done' : ''}`} id={`care-welcome-item-${index}`}>
      <Text className='care-row-label'>{`${item.doneOn ? '✓ ' : ''}${item.label}`}</Text>
      {item.doneOn ? (
        <View>
          <Text className='care-note'>{`${monthDay(item.doneOn)}办好，${item.byName ?? ''}记的${item.note ? `。${item.note}` : ''}`}</Text>
          <BigButton kind='plain' busy={tick.busy} onClick={async () => {
            const r = await tick.run({ welcomeId: w.id, item: index, done: false });
            if (r) onChanged(r);
          }}>
            记错了，取消
          </BigButton>
        </View>
      ) : (
        <View className='care-welcome-tick'>
          <PickerButton mode='date' value={day} onChange={setDay} label={`${item.label}的完成日期`} common='recent-days' />
          <BigButton kind='secondary' busy={tick.busy} id={`care-welcome-tick-${index}`} onClick={async () => {
            const r = await tick.run({ welcomeId: w.id, item: index, done: true, doneOn: day });
            if (r) onChanged(r);
          }}>
            办好了
          </BigButton>
        </View>
      )}
      {tick.error && <StatusText tone='error'>{tick.fields?.doneOn ?? tick.error}</StatusText>}
    </View>
  );
}
