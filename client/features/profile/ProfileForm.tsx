import { View, Text } from '@tarojs/components';
import { LIVING_SITUATIONS, LIVING_SITUATION_LABELS, MOBILITY_LABELS, MOBILITY_LEVELS } from '@contract/member-words';
import { BigButton, FormField, OptionGroup, StatusText, TextBox } from '../../ui';
import { DraftNotice } from '../drafts';
import { VoiceNote, withHeard } from '../recording/VoiceNote';
import { BranchPicker } from './BranchPicker';
import { fieldDomId, type ProfileDraft } from './draft';
import { useBranches } from './use-branches';
import { useProfileForm, type ProfileFormOptions } from './use-profile-form';
import './profile-form.scss';

const LIVING = LIVING_SITUATIONS.map((v) => ({ value: v, label: LIVING_SITUATION_LABELS[v] }));
const MOBILITY = MOBILITY_LEVELS.map((v) => ({ value: v, label: MOBILITY_LABELS[v] }));
const DELIVERY = [
  { value: true, label: '需要' },
  { value: false, label: '不需要' },
] as const;

interface Props extends ProfileFormOptions {
  submitLabel: string;
}

/** The 一人一策 form, for registering and for 修改资料 alike. */
export function ProfileForm({ submitLabel, ...options }: Props) {
  const { draft, set, submit, busy, notice, errorOf, otherErrors, kept } = useProfileForm(options);
  const branches = useBranches();
  const text = (key: keyof ProfileDraft) => (draft[key] as string) ?? '';

  return (
    <View className='pform'>
      <DraftNotice draft={kept} />
      <Text className='pform-section'>一、基本情况</Text>
      <FormField id={fieldDomId('name')} label='姓名' error={errorOf('name')}>
        <TextBox label='姓名' value={text('name')} onChange={(v) => set('name', v)} placeholder='例如：张建国' maxlength={20} />
      </FormField>
      <FormField id={fieldDomId('birthYear')} label='出生年份' hint='填4位数字，例如 1950' error={errorOf('birthYear')}>
        <TextBox label='出生年份' value={text('birthYear')} onChange={(v) => set('birthYear', v)} type='number' placeholder='例如 1950' maxlength={4} />
      </FormField>
      <FormField id={fieldDomId('formerUnit')} label='原工作单位' error={errorOf('formerUnit')}>
        <TextBox label='原工作单位' value={text('formerUnit')} onChange={(v) => set('formerUnit', v)} placeholder='例如：县财政局' maxlength={40} />
      </FormField>
      <FormField id={fieldDomId('branchId')} label='所在党支部' hint='点一下您所在的支部' error={errorOf('branchId')}>
        <BranchPicker state={branches.state} value={draft.branchId} onChange={(v) => set('branchId', v)} onRetry={() => void branches.reload()} />
      </FormField>
      <FormField id={fieldDomId('phone')} label='联系电话' optional hint='手机号，或带区号的座机号' error={errorOf('phone')}>
        <TextBox label='联系电话' value={text('phone')} onChange={(v) => set('phone', v)} type='number' placeholder='例如：13800000000' maxlength={13} />
      </FormField>

      <Text className='pform-section'>二、生活情况</Text>
      <FormField id={fieldDomId('livingSituation')} label='居住情况' error={errorOf('livingSituation')}>
        <OptionGroup label='居住情况' options={LIVING} value={draft.livingSituation} onChange={(v) => set('livingSituation', v)} />
      </FormField>
      <FormField id={fieldDomId('mobility')} label='行动情况' error={errorOf('mobility')}>
        <OptionGroup label='行动情况' options={MOBILITY} value={draft.mobility} onChange={(v) => set('mobility', v)} />
      </FormField>
      <FormField
        id={fieldDomId('needsHomeDelivery')}
        label='是否需要送学上门'
        hint='行动不便时，支部可以把学习资料送到家里'
        error={errorOf('needsHomeDelivery')}
      >
        <OptionGroup
          label='是否需要送学上门'
          columns={2}
          options={DELIVERY}
          value={draft.needsHomeDelivery}
          onChange={(v) => set('needsHomeDelivery', v)}
        />
      </FormField>
      <FormField
        id={fieldDomId('address')}
        label='家庭住址'
        optional={!draft.needsHomeDelivery}
        hint={draft.needsHomeDelivery ? '送学上门要用：写到门牌号，只有上门的同志能看到' : '上门看望时用，只有上门的同志能看到'}
        error={errorOf('address')}
      >
        <TextBox label='家庭住址' value={text('address')} onChange={(v) => set('address', v)} placeholder='例如：城关镇人民路12号3栋201' maxlength={60} />
      </FormField>
      <FormField id={fieldDomId('landmark')} label='好找的标志' optional hint='附近好认的地方，方便找到您家' error={errorOf('landmark')}>
        <TextBox label='好找的标志' value={text('landmark')} onChange={(v) => set('landmark', v)} placeholder='例如：村口小卖部旁' maxlength={30} />
      </FormField>

      <Text className='pform-section'>三、紧急联系人</Text>
      <FormField id={fieldDomId('emergencyContact.name')} label='联系人姓名' error={errorOf('ecName')}>
        <TextBox label='联系人姓名' value={text('ecName')} onChange={(v) => set('ecName', v)} placeholder='例如：张小明' maxlength={20} />
      </FormField>
      <FormField id={fieldDomId('emergencyContact.phone')} label='联系人电话' error={errorOf('ecPhone')}>
        <TextBox label='联系人电话' value={text('ecPhone')} onChange={(v) => set('ecPhone', v)} type='number' placeholder='例如：13900000000' maxlength={13} />
      </FormField>
      <FormField id={fieldDomId('emergencyContact.relation')} label='与您的关系' error={errorOf('ecRelation')}>
        <TextBox label='与您的关系' value={text('ecRelation')} onChange={(v) => set('ecRelation', v)} placeholder='例如：儿子、女儿、老伴' maxlength={10} />
      </FormField>

      <Text className='pform-section'>四、其他</Text>
      <FormField id={fieldDomId('note')} label='其他需要说明的情况' optional hint='比如身体情况、特别的需要，最多200字' error={errorOf('note')}>
        <TextBox label='其他需要说明的情况' value={text('note')} onChange={(v) => set('note', v)} multiline maxlength={200} />
      </FormField>
      {/* 修改资料 only: a recording alone is enough; staff and the branch secretary hear it on the 服务台账. */}
      {options.submits.action === 'members.updateProfile' && (
        <FormField id={fieldDomId('noteVoice')} label='也可以说出来' optional hint='工作人员和支部书记能听到' error={errorOf('noteVoice')}>
          <VoiceNote
            value={draft.noteVoice ?? null}
            onChange={(v) => set('noteVoice', v)}
            purpose='memberVoice'
            id='pf-note-voice'
            startText='点一下开始说'
            sendText='保存修改'
            textLabel='其他需要说明的情况'
            onText={(heard) => set('note', withHeard(draft.note, heard, 200))}
          />
        </FormField>
      )}

      {notice && (
        <StatusText tone={notice.tone} lead={notice.lead} id='profile-notice'>
          {notice.text}
        </StatusText>
      )}
      {otherErrors.map((m) => (
        <StatusText key={m} tone='error' lead='请修改'>
          {m}
        </StatusText>
      ))}
      <View className='pform-submit'>
        <BigButton id='pform-submit' onClick={() => void submit()} busy={busy} busyText='正在提交，请稍候…'>
          {submitLabel}
        </BigButton>
      </View>
    </View>
  );
}
