import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FIELD_LABELS, VOLUNTEER_FIELDS } from '@contract/volunteer-words';
import type { VolunteerField } from '@contract/volunteer-model';
import { BigButton, Card, FormField, OptionGroup, PagedList, PageShell, TextBox } from '../../../ui';
import { ROUTES } from '../../../features/navigation/routes';
import { openPage } from '../../../features/navigation/navigate';
import { fieldsText, kindText } from '../../../features/volunteers/words';
import { useTeamDirectory } from '../../../features/volunteers/use-volunteering';
import '../../../features/volunteers/volunteers.scss';

type FieldChoice = VolunteerField | 'all';
const FIELD_OPTIONS = [{ value: 'all' as FieldChoice, label: '全部' }, ...VOLUNTEER_FIELDS.map((f) => ({ value: f as FieldChoice, label: FIELD_LABELS[f] }))];

/** The team directory: pick a field or type part of a name; ten teams a page. */
export default function TeamsPage() {
  const [field, setField] = useState<FieldChoice>('all');
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const list = useTeamDirectory(field, keyword);
  return (
    <PageShell title='找服务队' back>
      <Card>
        <FormField label='服务领域'>
          <OptionGroup options={FIELD_OPTIONS} value={field} onChange={setField} columns={2} label='服务领域' />
        </FormField>
        <FormField label='队名' optional hint='输入队名中的几个字，如“智囊”'>
          <TextBox value={typed} onChange={setTyped} label='队名' maxlength={20} />
        </FormField>
        <BigButton kind='secondary' onClick={() => setKeyword(typed.trim())}>查找</BigButton>
      </Card>
      <View id='team-list'>
        <PagedList
          state={list.state}
          keyOf={(t) => t.id}
          onRetry={() => void list.reload()}
          onMore={() => void list.loadMore()}
          emptyText='没有找到这样的服务队，可以换个领域或少写几个字再找。'
          renderItem={(t) => (
            <Card title={t.name} subtitle={`${kindText(t.kind)} · ${fieldsText(t.fields)}`} onClick={() => openPage(`${ROUTES.volunteerTeam}?id=${t.id}`)}>
              <Text className='vol-meta'>队长：{t.leaderNames.join('、') || '待定'} · {t.memberCount}名队员 · {t.township}</Text>
            </Card>
          )}
        />
      </View>
    </PageShell>
  );
}
