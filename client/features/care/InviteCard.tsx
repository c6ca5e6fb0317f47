import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { WelcomeView } from '@contract/care-welcome-model';
import { BigButton, StatusText } from '../../ui';
import { copyInvite } from './invite-link';

/**
 * The registration invitation: the code in large letters (read out at the 荣退 ceremony, or written on
 * the card), and a way to send it — WeChat's share card on a phone, the link copied on a PC.
 */
export function InviteCard({ w }: { w: WelcomeView }) {
  const [copied, setCopied] = useState<string | null>(null);
  if (w.registered) return <StatusText tone='ok' id='care-invite-used'>{`${w.name}同志已经用邀请登记了（${w.registeredOn ?? ''}）。`}</StatusText>;
  return (
    <View id='care-invite'>
      <Text className='care-note'>{`请${w.name}同志打开银铃e家，点“用邀请码登记”，输入：`}</Text>
      <Text className='care-invite-code' id='care-invite-code'>{w.inviteCode}</Text>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='care-share' openType='share' data-path={w.invitePath}>发给他（她）的微信</Button>
      ) : (
        <BigButton kind='secondary' id='care-invite-copy' onClick={async () => {
          try {
            await copyInvite(w.invitePath);
            setCopied('邀请链接已复制，可以粘贴到微信里发给他（她）。');
          } catch {
            setCopied('没能复制，请把上面的邀请码告诉他（她）。');
          }
        }}>
          复制邀请链接
        </BigButton>
      )}
      {copied && <StatusText tone='ok'>{copied}</StatusText>}
    </View>
  );
}
