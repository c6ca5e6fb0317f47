import { Text, View } from '@tarojs/components';
import { CallButton } from '../../ui';
import type { HelpContacts } from './use-help';
import './help.scss';

/**
 * The call buttons of 找人帮忙: my branch secretary (at the branch's number) and 县委老干部局, each one
 * tap. A number not on file is said in words instead of a button that rings nobody.
 */
export function HelpCalls({ contacts, id }: { contacts: HelpContacts; id: string }) {
  const { branch, bureauPhone } = contacts;
  const branchWho = branch?.secretaryName ? `支部书记${branch.secretaryName}` : '党支部';
  return (
    <View id={id} className='help-calls'>
      {branch ? (
        <CallButton id={`${id}-branch`} phone={branch.phone} who={branchWho} />
      ) : (
        <Text className='help-note'>{`${contacts.branchName}还没有登记电话，可以先打老干部局的电话。`}</Text>
      )}
      {bureauPhone && <CallButton id={`${id}-bureau`} phone={bureauPhone} who='县委老干部局' />}
    </View>
  );
}
