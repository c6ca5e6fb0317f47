import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import type { PlaceView } from '@contract/place-model';
import { BigButton, Card, FormField, LoadFailed, PageShell, StatusText, TextBox } from '../../ui';
import { useMemberGate } from '../../features/session/use-member-gate';
import { GateNotice } from '../../features/session/GateNotice';
import { usePlaces, useSavePlace } from '../../features/places/use-places';
import '../../features/places/places.scss';

interface Draft {
  placeId?: string;
  name: string;
  address: string;
  latitude: string;
  longitude: string;
}

const EMPTY: Draft = { name: '', address: '', latitude: '', longitude: '' };
const draftOf = (p: PlaceView): Draft => ({ placeId: p.id, name: p.name, address: p.address, latitude: String(p.latitude), longitude: String(p.longitude) });
/** A number as typed, or NaN for the schema to refuse in words ("请填写纬度" for an empty box). */
const numberOf = (s: string): number | undefined => (s.trim() === '' ? undefined : Number(s.trim()));

/**
 * 常用地点 (staff): each place entered once — name, address, map position — and then chosen by
 * secretaries and team leaders when they post a 小讲堂 or an activity. Tap a place to correct it.
 */
export default function PlacesPage() {
  const me = useMemberGate();
  const ready = me.status === 'registered';
  const list = usePlaces(String(ready));
  const save = useSavePlace();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [saved, setSaved] = useState<string | null>(null);
  const set = (key: keyof Draft) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const errors = save.fields ?? {};

  const submit = async () => {
    setSaved(null);
    const input = {
      ...(draft.placeId ? { placeId: draft.placeId } : {}),
      name: draft.name.trim(), address: draft.address.trim(),
      latitude: numberOf(draft.latitude) as number, longitude: numberOf(draft.longitude) as number,
    };
    const r = await save.run(input);
    if (!r) return;
    setSaved(`已保存“${r.name}”，发布小讲堂和志愿活动时可以直接选。`);
    setDraft(EMPTY);
    void list.reload();
  };

  return (
    <PageShell title='常用地点' back>
      <GateNotice me={me} />
      <Text className='where-intro'>这里录入一次，书记和队长安排小讲堂、发布活动时点一下就能选；老同志能看到地址，在地图上看怎么走。</Text>
      {list.state.status === 'error' && <LoadFailed error={list.state.error ?? ''} onRetry={() => void list.reload()} />}
      <View id='places-list'>
        {list.places.map((p) => (
          <Card key={p.id} title={p.name} subtitle={p.address} onClick={() => setDraft(draftOf(p))} />
        ))}
        {list.state.status === 'ready' && list.places.length === 0 && <StatusText>还没有常用地点，请在下面添加。</StatusText>}
      </View>

      <Text className='where-section' id='place-form-title'>{draft.placeId ? `修改“${draft.name}”` : '添加一个地点'}</Text>
      <FormField label='地点名称' hint='大家平常怎么叫它，例如：城关社区村部院坝' error={errors.name}>
        <TextBox label='地点名称' value={draft.name} onChange={set('name')} maxlength={20} />
      </FormField>
      <FormField label='详细地址' hint='写到门牌号，老同志会照着找' error={errors.address}>
        <TextBox label='详细地址' value={draft.address} onChange={set('address')} maxlength={60} />
      </FormField>
      <FormField label='纬度' hint='在手机地图上长按这个地方，能看到经纬度，例如 28.45' error={errors.latitude}>
        <TextBox label='纬度' value={draft.latitude} onChange={set('latitude')} type='digit' maxlength={12} />
      </FormField>
      <FormField label='经度' hint='例如 109.47' error={errors.longitude}>
        <TextBox label='经度' value={draft.longitude} onChange={set('longitude')} type='digit' maxlength={12} />
      </FormField>
      {save.error && <StatusText tone='error'>{save.error}</StatusText>}
      {saved && <StatusText tone='ok'>{saved}</StatusText>}
      <BigButton id='place-save' busy={save.busy} onClick={() => void submit()}>{draft.placeId ? '保存修改' : '添加地点'}</BigButton>
      {draft.placeId && (
        <BigButton kind='secondary' onClick={() => setDraft(EMPTY)}>不改了，添加新地点</BigButton>
      )}
    </PageShell>
  );
}
