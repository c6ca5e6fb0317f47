import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { VISIT_WAY_LABELS } from '@contract/care-words';
import type { EventOccasion, LedgerView } from '@contract/care-model';
import { BigButton, CallButton, Card, FormField, LoadFailed, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useCareLedger, useLedgerEntry } from '../../../features/care/use-care-desk';
import { useCareReport } from '../../../features/care/use-care';
import { monthDay, shortDateTime } from '../../../features/ideas/format';
import { ContactsCard } from '../../../features/care/ContactsCard';
import { ProblemList } from '../../../features/care/ProblemList';
import { ProblemMoves } from '../../../features/care/ProblemMoves';
import { LedgerKeeper } from './LedgerKeeper';
import { VisitForm } from './VisitForm';
import { HelpSection } from './HelpSection';
import { PhotoList } from '../../../ui/PhotoPicker';
import { MemberNote } from '../../../features/care/MemberNote';
import '../../../features/care/care.scss';

const REPORTS: Array<{ occasion: EventOccasion; label: string }> = [
  { occasion: 'hospital', label: '生病住院' },
  { occasion: 'family_event', label: '家庭重大变故' },
  { occasion: 'hardship', label: '生活困难' },
  { occasion: 'condolence', label: '去世' },
];

/**
 * 服务台账 (一人一策) of one person, for staff and the person's branch secretary: who they are and how to
 * reach them, the 1+1+1 contacts, visits due (登记走访) and done, problems and their progress, and the
 * dated record. Staff also keep the contacts and the health notes; every opening is logged server-side.
 */
export default function CareLedgerPage() {
  const me = useMemberGate();
  const id = useRouter().params.id ?? '';
  const ready = me.status === 'registered';
  const loaded = useCareLedger(ready, id);
  const [open, setOpen] = useState<string | null>(null);
  const [entry, setEntry] = useState('');
  const addEntry = useLedgerEntry();
  const report = useCareReport();
  const l = loaded.state.data;
  const staff = me.status === 'registered' && me.member.roles.includes('staff');
  const refresh = () => void loaded.reload();

  return (
    <PageShell title={l ? `${l.name}的服务台账` : '服务台账'} back>
      <GateNotice me={me} />
      {loaded.state.status === 'error' && loaded.state.error && <LoadFailed error={loaded.state.error} onRetry={refresh} />}
      {l && <Ledger l={l} />}
      {l && (
        <View id='care-ledger'>
          <Text className='care-section'>要去走访的</Text>
          {l.visits.filter((v) => v.status === 'due').length === 0 && <Text className='care-note'>现在没有要走访的。</Text>}
          {l.visits.filter((v) => v.status === 'due').map((v) => (
            <Card key={v.id} id={`care-visit-${v.id}`} title={v.occasionLabel} subtitle={`${monthDay(v.dueBy)}前走访${v.reportNote ? `。${v.reportedBy ?? ''}说：${v.reportNote}` : ''}`}>
              {v.overdue && <Text className='care-overdue'>已超期，请督办</Text>}
              {open === v.id ? (
                <VisitForm visit={v} onDone={() => { setOpen(null); refresh(); }} />
              ) : (
                <BigButton kind='secondary' id={`care-visit-open-${v.id}`} onClick={() => setOpen(v.id)}>登记走访</BigButton>
              )}
            </Card>
          ))}

          <Text className='care-section'>报告情况（四必访）</Text>
          {report.error && <StatusText tone='error'>{report.error}</StatusText>}
          <View className='options options--2'>
            {REPORTS.map((r) => (
              <BigButton key={r.occasion} kind='secondary' busy={report.busy} onClick={async () => {
                if (await report.run({ memberId: l.memberId, occasion: r.occasion })) refresh();
              }}>
                {r.label}
              </BigButton>
            ))}
          </View>

          <Text className='care-section'>问题</Text>
          <ProblemList problems={l.problems} empty='没有反映过问题。'>
            {(p) => <ProblemMoves problem={p} onMoved={refresh} />}
          </ProblemList>

          <Text className='care-section'>走访记录</Text>
          {l.visits.filter((v) => v.status === 'done').map((v) => (
            <View key={v.id} id={`care-done-${v.id}`}>
              <Text className='care-note'>{`${v.visitedOn ? monthDay(v.visitedOn) : ''} ${v.occasionLabel}（${v.way ? VISIT_WAY_LABELS[v.way] : ''}）${v.visitors ?? ''}：${v.found ?? ''}`}</Text>
              {v.photoUrls?.length ? <PhotoList urls={v.photoUrls} label='走访照片' /> : null}
            </View>
          ))}

          <Text className='care-section'>动态记录</Text>
          <FormField label='添加一条记录' hint='例如：儿子从外地回来照顾了' error={addEntry.fields?.text ?? addEntry.error}>
            <TextBox label='添加一条记录' value={entry} onChange={setEntry} multiline maxlength={300} />
          </FormField>
          <BigButton kind='secondary' id='care-entry-add' busy={addEntry.busy} disabled={!entry.trim()} onClick={async () => {
            if (await addEntry.run({ memberId: l.memberId, text: entry.trim() })) {
              setEntry('');
              refresh();
            }
          }}>
            记上
          </BigButton>
          {l.entries.map((e) => (
            <Text key={`${e.at}${e.text}`} className='care-note'>{`${shortDateTime(e.at)} ${e.byName}：${e.text}`}</Text>
          ))}

          {staff && (
            <>
              <Text className='care-section'>台账维护（工作人员）</Text>
              <LedgerKeeper ledger={l} onSaved={(next) => loaded.set(next)} />
              <HelpSection memberId={l.memberId} myName={me.status === 'registered' ? me.member.name : ''} />
            </>
          )}
        </View>
      )}
    </PageShell>
  );
}

/** Who the person is and how to reach them, and the 1+1+1. */
function Ledger({ l }: { l: LedgerView }) {
  const age = new Date().getFullYear() - l.birthYear;
  return (
    <>
      <Card title={l.name} subtitle={`${age}岁 · ${l.branchName}`}>
        <Text className='care-note'>{`${l.livingSituation}，${l.mobility}`}</Text>
        {l.address && <Text className='care-contact-name'>{`住址：${l.address}`}</Text>}
        {l.phone && <CallButton phone={l.phone} who={l.name} id='care-call-member' />}
        <CallButton phone={l.emergencyContact.phone} who={`${l.emergencyContact.relation}${l.emergencyContact.name}`} id='care-call-family' />
        {l.health && <Text className='care-note' id='care-health'>{`健康情况：${l.health}`}</Text>}
        {l.living && <Text className='care-note'>{`生活情况：${l.living}`}</Text>}
      </Card>
      <MemberNote note={l.note} voice={l.noteVoice} />
      <Card title='1+1+1 联系人'>
        <ContactsCard contacts={l.contacts} id='care-ledger-contacts' />
      </Card>
    </>
  );
}
