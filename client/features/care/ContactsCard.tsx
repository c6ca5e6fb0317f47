import { Text, View } from '@tarojs/components';
import type { CareContactsView } from '@contract/care-model';
import { CallButton } from '../../ui';
import './care.scss';

/**
 * The "1+1+1" people, each one tap to ring: one at the bureau, one in the branch, one volunteer or
 * family member. Said plainly when someone is not yet named.
 */
export function ContactsCard({ contacts, id = 'care-contacts' }: { contacts: CareContactsView; id?: string }) {
  const rows = [
    { key: 'bureau', role: '老干部局联系人', person: contacts.bureau },
    { key: 'branch', role: '支部联系人', person: contacts.branch },
    { key: 'helper', role: contacts.helper ? `志愿者或家属（${contacts.helper.relation}）` : '志愿者或家属', person: contacts.helper },
  ];
  return (
    <View id={id}>
      {rows.map((r) => (
        <View key={r.key} className='care-contact'>
          <Text className='care-contact-role'>{r.role}</Text>
          {r.person ? (
            <>
              <Text className='care-contact-name'>{r.person.name}</Text>
              {r.person.phone && <CallButton phone={r.person.phone} who={r.person.name} id={`${id}-call-${r.key}`} />}
            </>
          ) : (
            <Text className='care-note'>还没有安排，老干部局会尽快为您安排。</Text>
          )}
        </View>
      ))}
    </View>
  );
}
