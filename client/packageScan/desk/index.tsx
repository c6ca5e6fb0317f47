import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { groupDeskCode } from '@contract/desk-words';
import { BigButton, Card, FormField, PageShell, StatusText, TextBox } from '../../ui';
import { useDeskLink } from '../../features/desk/use-desk-link';
import { canScan, scanDeskQr } from '../../features/desk/scan-code';
import { dateTimeText } from '../../features/volunteers/format';
import '../../features/desk/desk-link.scss';

/**
 * 扫码登录电脑: scan the QR code on the desk's screen (or type its 8 characters), see when it was asked for,
 * confirm "在电脑上登录 银铃e家？"; and 退出所有电脑. The server refuses a plain member in words.
 */
export default function DeskLinkPage() {
  const link = useDeskLink();
  const [typed, setTyped] = useState('');
  const scan = async () => {
    const text = await scanDeskQr();
    if (text) await link.look(text);
  };
  return (
    <PageShell title='扫码登录电脑' back>
      {link.done === 'confirmed' && <StatusText id='desk-link-done' tone='ok'>电脑上已经登录，可以在电脑上办公了</StatusText>}
      {link.done === 'signedOut' && <StatusText id='desk-link-signed-out' tone='ok'>所有电脑都已退出登录</StatusText>}
      {link.error && <StatusText id='desk-link-error' tone='error'>{link.error}</StatusText>}
      {link.found ? (
        <Card title='在电脑上登录 银铃e家？' id='desk-link-confirm'>
          <View className='desk-link-facts'>
            <Text className='desk-link-fact'>{`登录码：${groupDeskCode(link.found.code)}`}</Text>
            <Text className='desk-link-fact'>{`电脑上打开的时间：${dateTimeText(link.found.requestedAt)}`}</Text>
            {link.found.device && <Text className='desk-link-fact' id='desk-link-device'>{`哪台电脑：${link.found.device}`}</Text>}
            {link.found.sourceIp && <Text className='desk-link-fact' id='desk-link-ip'>{`电脑的网络地址：${link.found.sourceIp}`}</Text>}
            <Text className='desk-link-fact'>{`请在 ${dateTimeText(link.found.expiresAt)} 前确认`}</Text>
            <Text className='desk-link-note'>只有您本人在电脑前时才确认。不是您打开的，请点“不登录”。</Text>
          </View>
          <BigButton id='desk-link-yes' onClick={link.confirm} disabled={link.busy}>确认登录</BigButton>
          <View className='desk-link-gap' />
          <BigButton id='desk-link-no' kind='secondary' onClick={link.cancel}>不登录</BigButton>
        </Card>
      ) : (
        <Card title='登录电脑' subtitle='电脑上打开银铃e家办公页，页面上有二维码和8位登录码'>
          {canScan && (
            <BigButton id='desk-link-scan' onClick={scan} disabled={link.busy}>扫一扫</BigButton>
          )}
          <FormField label={canScan ? '扫不了时，输入登录码' : '输入电脑上的登录码'} hint='8位字母和数字，大小写都可以'>
            <TextBox id='desk-link-code' value={typed} onChange={setTyped} maxlength={20} label='登录码' placeholder='例如 ABCD 2345' />
          </FormField>
          <BigButton id='desk-link-look' kind={canScan ? 'secondary' : 'primary'} onClick={() => link.look(typed)} disabled={link.busy}>
            下一步
          </BigButton>
        </Card>
      )}
      <Card title='退出所有电脑' subtitle='电脑忘了退出，或者不是您登录的：点这里，所有电脑上的登录都会失效'>
        <BigButton id='desk-link-sign-out-all' kind='secondary' onClick={link.signOutAll} disabled={link.busy}>退出所有电脑</BigButton>
      </Card>
    </PageShell>
  );
}
