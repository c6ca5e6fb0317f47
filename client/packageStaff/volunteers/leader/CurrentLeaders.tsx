import { Text, View } from '@tarojs/components';
import { BigButton, Card, FormField, StatusText, TextBox } from '../../../ui';

export interface Removal {
  memberId: string;
  name: string;
  reason: string;
}

interface Props {
  leaderIds: readonly string[];
  leaderNames: readonly string[];
  removal: Removal | null;
  onStart: (removal: Removal) => void;
  onReason: (reason: string) => void;
  onCancel: () => void;
  /** Remove without a successor. */
  onRemove: () => void;
  busy: boolean;
  error?: string;
  reasonError?: string;
}

/**
 * The team's leaders, each with 免去队长职务. Choosing one opens (in the page, no pop-up) the reason box and
 * two ways on: remove only, or find the successor below (the search's buttons then read 由…接替…).
 */
export function CurrentLeaders(p: Props) {
  if (p.leaderIds.length === 0) return <StatusText tone='info' id='leader-none'>这个队现在没有队长，由工作人员代管。</StatusText>;
  return (
    <View id='leader-current-list'>
      {p.leaderIds.map((id, i) => {
        const name = p.leaderNames[i] ?? '';
        const open = p.removal?.memberId === id;
        return (
          <Card key={id} title={`队长：${name}`} tone={open ? 'accent' : 'plain'}>
            {!open && (
              <BigButton kind='secondary' inline id={`leader-remove-${i}`} onClick={() => p.onStart({ memberId: id, name, reason: '' })}>
                {`免去${name}的队长职务`}
              </BigButton>
            )}
            {open && p.removal && (
              <View>
                <FormField label='免去的原因' hint='会记入工作记录，例如：年事已高，本人请辞' error={p.reasonError}>
                  <TextBox label='免去的原因' id='leader-reason' value={p.removal.reason} onChange={p.onReason} maxlength={100} />
                </FormField>
                <Text className='vol-line'>{`要让别人接替${name}，请在下面查找接任的人；只免去不接替，请点：`}</Text>
                {p.error && <StatusText tone='error'>{p.error}</StatusText>}
                <BigButton kind='danger' id='leader-remove-only' busy={p.busy} busyText='正在办理…' disabled={!p.removal.reason.trim()} onClick={p.onRemove}>
                  {`只免去${name}，暂不接替`}
                </BigButton>
                <BigButton kind='secondary' onClick={p.onCancel}>不免去了</BigButton>
              </View>
            )}
          </Card>
        );
      })}
    </View>
  );
}
