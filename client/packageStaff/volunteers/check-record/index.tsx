import { Text } from '@tarojs/components';
import { useState } from 'react';
import type { OutputOf } from '@contract/registry';
import { BigButton, Card, FormField, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useCheckRecord } from '../../../features/volunteers/use-volunteer-desk';
import { hoursText } from '../../../features/volunteers/format';
import { dayText } from '../../../features/volunteers/record-image/draw';
import '../../../features/volunteers/volunteers.scss';

type Checked = OutputOf<'volunteers.checkRecord'>;

/**
 * 核对志愿服务证明: someone shows a 志愿服务记录证明 (paper, picture or phone); staff type its number and see
 * to whom and on which day it was issued and what it stated, to compare with what they are shown.
 */
export default function CheckRecordPage() {
  const me = useMemberGate();
  const [typed, setTyped] = useState('');
  const check = useCheckRecord();
  const [found, setFound] = useState<Checked | null>(null);
  return (
    <PageShell title='核对志愿服务证明' back>
      <GateNotice me={me} />
      <FormField label='证明编号' hint='照证明上“编号”一行抄写，例如 ZYFW-20261128-7K3Q9XMA' error={check.fields?.serial}>
        <TextBox label='证明编号' id='check-serial' value={typed} onChange={(v) => { setTyped(v); setFound(null); }} maxlength={30} />
      </FormField>
      <BigButton
        id='check-submit'
        busy={check.busy}
        busyText='正在查询…'
        onClick={async () => {
          setFound(null);
          const r = await check.run({ serial: typed });
          if (r) setFound(r);
        }}
      >
        查询
      </BigButton>
      {check.error && !check.fields?.serial && <StatusText tone='error'>{check.error}</StatusText>}
      {found && (
        <Card title={`${found.volunteerName}（${found.birthYear}年生）`} subtitle={found.branchName} tone='accent' id='check-found'>
          <StatusText tone='ok'>{`这个编号是${dayText(found.issuedAt)}出具的，内容如下：`}</StatusText>
          <Text className='vol-line'>{`参加志愿服务 ${found.count} 次，累计服务时长 ${hoursText(found.totalMinutes)}`}</Text>
          <Text className='vol-line'>{found.teams.length ? `所在服务队：${found.teams.join('、')}` : '所在服务队：没有'}</Text>
          <Text className='vol-meta'>{`编号：${found.serial}`}</Text>
          <Text className='vol-meta'>和对方出示的证明对一对：姓名、次数、时长都一样才是真的。</Text>
        </Card>
      )}
    </PageShell>
  );
}
