import { View, Text } from '@tarojs/components';
import { useState } from 'react';
import { DEPARTMENTS } from '@contract/ideas-words';
import { BigButton, FormField, OptionGroup, StatusText } from '../../../ui';
import { useIdeaMove } from '../../../features/ideas/use-idea-staff';
import type { StepProps } from './types';

/** What a 交办 asks: the department and the deadline; the desk's 批量交办 asks the same. */
export const DEPT_OPTIONS = DEPARTMENTS.map((d) => ({ value: d as string, label: d }));
export const DAY_OPTIONS = [5, 10, 15, 20].map((n) => ({ value: String(n), label: `${n}个工作日` }));
export const DEFAULT_DAYS = '10';

/** 交办 to a department with a deadline; after a 不满意 rating the same form hands it on again (reopen). */
export function Assignment({ idea, changed }: StepProps) {
  const assign = useIdeaMove('ideas.assign');
  const reopen = useIdeaMove('ideas.reopen');
  const [department, setDepartment] = useState<string | undefined>(idea.department);
  const [days, setDays] = useState<string>(DEFAULT_DAYS);
  const s = idea.state;
  return (
    <View>
      <Text className='idea-section'>{s === 'accepted' ? '交办' : '提出人不满意：重新交办'}</Text>
      <FormField label='承办部门' error={(s === 'accepted' ? assign : reopen).fields?.department}>
        <OptionGroup label='承办部门' options={DEPT_OPTIONS} value={department} onChange={setDepartment} />
      </FormField>
      <FormField label='办理期限'>
        <OptionGroup label='办理期限' options={DAY_OPTIONS} value={days} onChange={setDays} columns={2} />
      </FormField>
      {(assign.error || reopen.error) && <StatusText tone='error'>{assign.error ?? reopen.error ?? ''}</StatusText>}
      <BigButton
        id='handle-assign'
        disabled={!department}
        busy={assign.busy || reopen.busy}
        onClick={async () => {
          if (!department) return;
          const input = { ideaId: idea.id, department, workdays: Number(days) };
          changed(s === 'accepted' ? await assign.run(input) : await reopen.run(input), `已交${department}办理`);
        }}
      >
        {department ? `交${department}办理` : '请先选择承办部门'}
      </BigButton>
    </View>
  );
}
