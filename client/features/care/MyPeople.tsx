import { Text, View } from '@tarojs/components';
import type { MyPersonView } from '@contract/care-model';
import { Card, CallButton } from '../../ui';
import { monthDay } from '../ideas/format';

const AS_LABELS: Record<MyPersonView['as'], string> = { bureau: '您是局机关联系人', branch: '您是支部联系人', helper: '您是结对志愿者' };

/**
 * 我联系的老同志: for whoever the 1+1+1 names — the people they look after, what is due for each (overdue
 * said plainly) and what they have asked for, with one tap to ring them or their family.
 */
export function MyPeople({ people }: { people: MyPersonView[] }) {
  if (people.length === 0) return null;
  return (
    <View id='care-my-people'>
      <Text className='care-section'>我联系的老同志</Text>
      {people.map((p) => (
        <Card key={p.memberId} id={`care-person-${p.memberId}`} title={p.name} subtitle={`${p.branchName}。${AS_LABELS[p.as]}`}>
          {p.address && <Text className='care-note'>{`住址：${p.address}`}</Text>}
          {p.due.map((v) => (
            <Text key={v.id} className={v.overdue ? 'care-overdue' : 'care-note'}>{`${v.occasionLabel}：${monthDay(v.dueBy)}前${v.overdue ? '，已超期' : ''}`}</Text>
          ))}
          {p.openProblems.map((x) => <Text key={x.id} className='care-note'>{`求助（${x.stateLabel}）：${x.text}`}</Text>)}
          {p.due.length === 0 && p.openProblems.length === 0 && <Text className='care-note'>现在没有要办的事。</Text>}
          {p.phone && <CallButton phone={p.phone} who={p.name} />}
          <CallButton phone={p.emergencyContact.phone} who={`${p.name}的${p.emergencyContact.relation}${p.emergencyContact.name}`} />
        </Card>
      ))}
    </View>
  );
}
