import { useState } from 'react';
import { BigButton, Card, FormField, PageShell, StatusText, TextBox } from '../../ui';
import { VoiceNote, withHeard, type Voice } from '../../features/recording/VoiceNote';
import { ActingBanner } from '../../features/family/ActingBanner';
import { useActingFor } from '../../features/family/use-acting-for';
import { useActingRun } from '../../features/family/use-acting';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

/** The 求助 text's limit, as on the elder's own 我要求助. */
const HELP_MAX = 300;

/**
 * 替老人求助: what the elder needs the organisation's help with, written or said. Staff and the branch see it
 * at once marked 家人代提 (who sent it); the elder is told in 消息 and follows it like their own.
 */
export default function FamilyHelpPage() {
  const { linkId, memberName } = useActingFor();
  const ask = useActingRun(linkId, 'care.askHelp');
  const [text, setText] = useState('');
  const [voice, setVoice] = useState<Voice | null>(null);
  const [said, setSaid] = useState('');

  const submit = async () => {
    const made = await ask.run({ ...(text.trim() ? { text: text.trim() } : {}), ...(voice ? { voice: { fileId: voice.fileId, seconds: voice.seconds } } : {}) });
    if (!made) return;
    setText('');
    setVoice(null);
    setSaid(`已替${memberName}提交求助，标明家人代提。工作人员会尽快联系${memberName}，进展会发到${memberName}的消息里。`);
  };

  return (
    <PageShell title='替老人求助' back>
      <ActingBanner memberName={memberName} />
      {said && <StatusText tone='ok' id='family-help-said'>{said}</StatusText>}
      <Card title={`替${memberName}求助`} subtitle='老人有什么需要组织帮忙的，写下来或者让老人说出来'>
        <FormField label='想请组织帮什么' error={ask.fields?.text ?? ask.error}>
          <TextBox id='family-help-text' label='想请组织帮什么' value={text} onChange={setText} multiline maxlength={HELP_MAX} placeholder='例如：家里的水管漏水了，不知道找谁修' />
        </FormField>
        <VoiceNote value={voice} onChange={setVoice} purpose='careVoice' id='family-help-voice' startText='点这里，让老人说给组织听' sendText='提交求助'
          textLabel='想请组织帮什么' onText={(heard) => setText((typed) => withHeard(typed, heard, HELP_MAX))} />
        <BigButton id='family-help-send' busy={ask.busy} disabled={!text.trim() && !voice} onClick={() => void submit()}>{`替${memberName}提交求助`}</BigButton>
      </Card>
      <BigButton id='family-help-status' kind='secondary' onClick={() => openPage(`${ROUTES.familyStatus}?link=${linkId}`)}>{`看${memberName}的金点子和求助`}</BigButton>
    </PageShell>
  );
}
