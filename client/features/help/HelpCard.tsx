import { Text } from '@tarojs/components';
import { BigButton, Card } from '../../ui';
import { useMe } from '../session/store';
import { ROUTES } from '../navigation/routes';
import { openPage } from '../navigation/navigate';
import { HelpCalls } from './HelpCalls';
import { useHelpContacts } from './use-help';
import './help.scss';

interface Props {
  id?: string;
  /** Why this card is here, in the reader's words ("报不上名？"); the plain 找人帮忙 subtitle otherwise. */
  subtitle?: string;
  /** The 使用帮助 button; left off on 使用帮助 itself. */
  guide?: boolean;
}

/**
 * 找人帮忙, for every page where a member may be stuck: ring my branch secretary or the bureau in one
 * tap, or open 使用帮助. Reads only the caller's own numbers, and nothing before the member is known.
 */
export function HelpCard({ id = 'help', subtitle = '不会用、办不成，打个电话问一问', guide = true }: Props) {
  const me = useMe();
  const memberId = me.status === 'registered' ? me.member.id : undefined;
  const help = useHelpContacts(memberId);
  const contacts = help.state.data;
  return (
    <Card title='找人帮忙' subtitle={subtitle} id={id}>
      {contacts && <HelpCalls contacts={contacts} id={`${id}-calls`} />}
      {!contacts && help.state.status === 'loading' && memberId && <Text className='help-note'>正在读取电话号码…</Text>}
      {!contacts && help.state.status === 'error' && help.state.error && (
        <Text className='help-note'>电话号码暂时没有读出来，请稍后再看。</Text>
      )}
      {guide && (
        <BigButton id={`${id}-guide`} kind='secondary' onClick={() => openPage(ROUTES.help)}>
          看使用帮助
        </BigButton>
      )}
    </Card>
  );
}
