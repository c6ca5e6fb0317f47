import { View } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, FormField, OptionGroup, StatusText, TextBox } from '../../ui';
import { callApi } from '../../api/call-api';

interface Found { id: string; name: string; branchName: string }

/**
 * 结对志愿者: a volunteer who uses the app themselves, found by name. Named by their record, they see this
 * person's visits and problems under 我联系的老同志; a family member without the app is typed in instead.
 */
export function VolunteerFinder({ value, exclude, onChange }: { value?: string; exclude: string; onChange: (m: Found | undefined) => void }) {
  const [name, setName] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = async () => {
    setError(null);
    const r = await callApi('members.list', { keyword: name.trim(), pageSize: 10 });
    if (!r.ok) return setError(r.error.message);
    setFound(r.data.items.filter((m) => m.id !== exclude));
  };
  return (
    <View id='care-volunteer-finder'>
      <FormField label='结对志愿者（用银铃e家的）' optional hint='按姓名找；选上后，他（她）能在“我联系的老同志”里看到走访任务'>
        <TextBox label='志愿者姓名' value={name} onChange={setName} maxlength={20} />
      </FormField>
      <BigButton kind='secondary' disabled={!name.trim()} onClick={() => void search()}>找这位志愿者</BigButton>
      {error && <StatusText tone='error'>{error}</StatusText>}
      {found && found.length === 0 && <StatusText tone='warn'>没有找到，请换个写法，或者在下面直接填姓名和电话。</StatusText>}
      {found && found.length > 0 && (
        <OptionGroup
          label='结对志愿者'
          options={[...found.map((m) => ({ value: m.id, label: `${m.name}（${m.branchName}）` })), { value: '', label: '不选，直接填' }]}
          value={value ?? ''}
          onChange={(id) => onChange(found.find((m) => m.id === id))}
        />
      )}
    </View>
  );
}
