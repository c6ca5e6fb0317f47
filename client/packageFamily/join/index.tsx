import { useState } from 'react';
import { FAMILY_RELATIONS, RELATION_LABELS, type FamilyRelation } from '@contract/family-words';
import { BigButton, Card, FormField, OptionGroup, PageShell, StatusText, TextBox } from '../../ui';
import { useRedeem } from '../../features/family/use-helper';
import { ROUTES } from '../../features/navigation/routes';
import { openPage } from '../../features/navigation/navigate';
import '../../features/family/family.scss';

const RELATIONS = FAMILY_RELATIONS.map((value) => ({ value, label: RELATION_LABELS[value] }));

/**
 * 我是家人，帮老人办事: anyone on WeChat, registered or not, types the elder's code, their own name and who
 * they are to the elder. The elder then agrees on their phone (or their branch secretary records it).
 */
export default function FamilyJoinPage() {
  const redeem = useRedeem();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [relation, setRelation] = useState<FamilyRelation | undefined>();
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState('');
  const [asked, setAsked] = useState<string | null>(null);

  const submit = async () => {
    if (!relation) {
      setFields({ relation: '请选择您是老人的什么人' });
      return;
    }
    setBusy(true);
    const res = await redeem({ code: code.trim(), name: name.trim(), relation });
    setBusy(false);
    if (res.ok) {
      setAsked(res.data.memberName);
      return;
    }
    setError(res.error.message);
    setFields(res.error.fields ?? {});
  };

  return (
    <PageShell title='我是家人' back>
      {asked ? (
        <Card title='申请已发出' tone='accent' id='family-asked'>
          <StatusText tone='ok'>{`已告诉${asked}。请老人在手机上打开“我的 → 家人帮办”点“同意”；老人没有手机的，请支部书记帮忙登记。`}</StatusText>
          <BigButton id='family-to-elders' onClick={() => openPage(ROUTES.familyElders)}>看我帮办的老人</BigButton>
        </Card>
      ) : (
        <Card title='替老人办事' subtitle='请老人在“我的 → 家人帮办”生成邀请码，告诉您那6位数字'>
          {error && <StatusText tone='error' id='family-join-error'>{error}</StatusText>}
          <FormField label='老人给的邀请码' error={fields.code}>
            <TextBox id='family-join-code' label='老人给的邀请码' type='number' maxlength={6} value={code} onChange={setCode} placeholder='6位数字' />
          </FormField>
          <FormField label='您的姓名' error={fields.name}>
            <TextBox id='family-join-name' label='您的姓名' value={name} onChange={setName} maxlength={20} />
          </FormField>
          <FormField label='您是老人的' error={fields.relation}>
            <OptionGroup id='family-join-relation' options={RELATIONS} value={relation} onChange={setRelation} columns={2} label='您是老人的' />
          </FormField>
          <BigButton id='family-join-submit' busy={busy} onClick={() => void submit()}>提交申请</BigButton>
        </Card>
      )}
      {!asked && <BigButton id='family-join-elders' kind='secondary' onClick={() => openPage(ROUTES.familyElders)}>我已经在帮老人办事</BigButton>}
    </PageShell>
  );
}
