import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { FIELD_LABELS, TEAM_KIND_LABELS, TEAM_KINDS, VOLUNTEER_FIELDS } from '@contract/volunteer-words';
import type { TeamKind, VolunteerField } from '@contract/volunteer-model';
import { BigButton, FormField, OptionGroup, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useCreateTeam } from '../../../features/volunteers/use-volunteer-desk';
import { ROUTES } from '../../../features/navigation/routes';
import { replacePage } from '../../../features/navigation/navigate';
import '../../../features/volunteers/volunteers.scss';
import '../shared/staff-volunteers.scss';

const KIND_OPTIONS = TEAM_KINDS.map((value) => ({ value, label: TEAM_KIND_LABELS[value] }));

/** Staff create a team; the next page appoints its leader. Fields are several: each is a tap to turn on or off. */
export default function NewTeamPage() {
  const me = useMemberGate();
  const [name, setName] = useState('');
  const [kind, setKind] = useState<TeamKind>('service');
  const [fields, setFields] = useState<VolunteerField[]>([]);
  const [township, setTownship] = useState('');
  const [description, setDescription] = useState('');
  const create = useCreateTeam();
  const errors = create.fields ?? {};
  const toggle = (f: VolunteerField) => setFields((now) => (now.includes(f) ? now.filter((x) => x !== f) : VOLUNTEER_FIELDS.filter((x) => x === f || now.includes(x))));

  const submit = async () => {
    const team = await create.run({ name: name.trim(), kind, fields, township: township.trim(), description: description.trim() });
    if (team) replacePage(`${ROUTES.volunteerLeader}?teamId=${team.id}&created=1`);
  };

  return (
    <PageShell title='新建服务队' back>
      <GateNotice me={me} />
      <FormField label='队名' hint='例如：银铃耀酉水·城关科技下乡服务队' error={errors.name}>
        <TextBox label='队名' value={name} onChange={setName} maxlength={30} />
      </FormField>
      <FormField label='类型' error={errors.kind}>
        <OptionGroup label='类型' options={KIND_OPTIONS} value={kind} onChange={setKind} columns={2} />
      </FormField>
      <FormField label='服务领域' hint='可以选几项，再点一下取消' error={errors.fields}>
        <View className='options options--2' role='group' aria-label='服务领域'>
          {VOLUNTEER_FIELDS.map((f) => {
            const on = fields.includes(f);
            return (
              <View key={f} className={`option ${on ? 'option--on' : ''}`} role='checkbox' aria-checked={on ? 'true' : 'false'} onClick={() => toggle(f)}>
                <Text className='option-mark'>{on ? '☑' : '☐'}</Text>
                <Text className='option-label'>{FIELD_LABELS[f]}</Text>
              </View>
            );
          })}
        </View>
      </FormField>
      <FormField label='所在乡镇或单位' error={errors.township}>
        <TextBox label='所在乡镇或单位' value={township} onChange={setTownship} maxlength={20} />
      </FormField>
      <FormField label='简介' hint='这个队做什么、在哪里活动' error={errors.description}>
        <TextBox label='简介' value={description} onChange={setDescription} multiline maxlength={300} />
      </FormField>
      {create.error && <StatusText tone='error'>{create.error}</StatusText>}
      <Text className='vol-meta'>建好后，下一页接着任命队长。</Text>
      <BigButton id='team-create' busy={create.busy} onClick={() => void submit()}>建立服务队</BigButton>
    </PageShell>
  );
}
