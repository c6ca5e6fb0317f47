import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { SKILL_LABELS, SKILLS } from '@contract/volunteer-words';
import type { Skill } from '@contract/volunteer-model';
import { BigButton, FormField, PageShell, StatusText, TextBox, LoadState } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useMySkills, useSaveSkills } from '../../../features/volunteers/use-volunteering';
import '../../../features/volunteers/volunteers.scss';
import '../../../ui/option-group.scss';

/** 我的特长: tap each skill you can offer (tap again to take it off), say a word more if you like, save. */
export default function MySkillsPage() {
  const me = useMemberGate();
  const current = useMySkills();
  const [skills, setSkills] = useState<Skill[]>([]);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState(false);
  const save = useSaveSkills();
  useEffect(() => {
    const t = current.state.data;
    if (t) {
      setSkills(t.skills);
      setNote(t.note ?? '');
    }
  }, [current.state.data]);
  const toggle = (s: Skill) => {
    setSaved(false);
    setSkills((now) => (now.includes(s) ? now.filter((x) => x !== s) : SKILLS.filter((x) => x === s || now.includes(x))));
  };
  return (
    <PageShell title='我的特长' back>
      <GateNotice me={me} />
      <Text className='vol-line'>您有哪方面的特长？登记后进入县里的银发人才库，有需要时工作人员会联系您。</Text>
      {/* Without the skills on file, saving would overwrite them with an empty list: load them first. */}
      <LoadState state={current.state} onRetry={() => void current.reload()} />
      <FormField label='我的特长' hint='可以选几项，再点一下取消' error={save.fields?.skills}>
        <View className='options options--2' role='group' aria-label='我的特长' id='skills-options'>
          {SKILLS.map((s) => {
            const on = skills.includes(s);
            return (
              <View key={s} className={`option ${on ? 'option--on' : ''}`} role='checkbox' aria-checked={on ? 'true' : 'false'} onClick={() => toggle(s)}>
                <Text className='option-mark'>{on ? '☑' : '☐'}</Text>
                <Text className='option-label'>{SKILL_LABELS[s]}</Text>
              </View>
            );
          })}
        </View>
      </FormField>
      <FormField label='特长说明' optional hint='例如：果树嫁接、调解邻里纠纷' error={save.fields?.note}>
        <TextBox label='特长说明' value={note} onChange={(v) => { setNote(v); setSaved(false); }} maxlength={100} />
      </FormField>
      {save.error && <StatusText tone='error'>{save.error}</StatusText>}
      {saved && <StatusText tone='ok' id='skills-saved'>{skills.length ? '已保存。谢谢您愿意出力！' : '已保存：您没有登记特长。'}</StatusText>}
      <BigButton
        id='skills-save'
        busy={save.busy}
        disabled={current.state.status !== 'ready'}
        onClick={async () => {
          const r = await save.run({ skills, ...(note.trim() ? { note: note.trim() } : {}) });
          if (r) setSaved(true);
        }}
      >
        保存
      </BigButton>
    </PageShell>
  );
}
