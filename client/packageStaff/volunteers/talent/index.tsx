import { Text } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { SKILL_LABELS, SKILLS } from '@contract/volunteer-words';
import type { Skill } from '@contract/volunteer-model';
import { BigButton, Card, FormField, OptionGroup, PagedList, PageShell } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useTalent } from '../../../features/volunteers/use-volunteer-desk';
import '../../../features/volunteers/volunteers.scss';

const SKILL_OPTIONS = SKILLS.map((value) => ({ value, label: SKILL_LABELS[value] }));

/** 银发人才库: when a need arises, staff pick a skill and see who offered it, with their branch and note. */
export default function TalentPoolPage() {
  const me = useMemberGate();
  const [skill, setSkill] = useState<Skill | undefined>();
  const list = useTalent(skill);
  return (
    <PageShell title='银发人才库' back>
      <GateNotice me={me} />
      <FormField label='需要哪方面的特长？' hint='点一项，下面列出登记了这项特长的老同志'>
        <OptionGroup label='特长' options={SKILL_OPTIONS} value={skill} onChange={setSkill} columns={2} id='talent-skills' />
      </FormField>
      {skill ? (
        <>
          <Text className='vol-line' id='talent-heading'>{`有“${SKILL_LABELS[skill]}”特长的老同志`}</Text>
          <PagedList
            state={list.state}
            keyOf={(t) => t.memberId}
            onRetry={() => void list.reload()}
            onMore={() => void list.loadMore()}
            emptyText='还没有老同志登记这项特长。'
            renderItem={(t) => (
              <Card title={t.name} subtitle={t.branchName}>
                <Text className='vol-meta'>{`特长：${t.skills.map((s) => SKILL_LABELS[s]).join('、')}`}</Text>
                {t.note && <Text className='vol-meta'>{`说明：${t.note}`}</Text>}
                {t.phone ? (
                  <BigButton inline kind='secondary' onClick={() => void Taro.makePhoneCall({ phoneNumber: t.phone ?? '' }).catch(() => undefined)}>
                    {`打电话 ${t.phone}`}
                  </BigButton>
                ) : (
                  <Text className='vol-meta'>没有登记电话，请通过所在支部联系。</Text>
                )}
              </Card>
            )}
          />
        </>
      ) : (
        <Text className='vol-meta'>老同志在“我的志愿 → 我的特长”里登记自己的特长。</Text>
      )}
    </PageShell>
  );
}
