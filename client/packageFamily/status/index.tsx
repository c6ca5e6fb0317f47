import { Text, View } from '@tarojs/components';
import { FAMILY_MARK } from '@contract/family-words';
import { Card, PageShell, PagedList } from '../../ui';
import { ActingBanner } from '../../features/family/ActingBanner';
import { ActingRefused } from '../../features/family/ActingRefused';
import { useActingFor } from '../../features/family/use-acting-for';
import { useActingCare, useActingIdeas } from '../../features/family/use-acting';
import { ProblemList } from '../../features/care/ProblemList';
import '../../features/family/family.scss';

/**
 * The elder's 金点子 and 求助 with how far each has got, read as the elder through the link; those a helper
 * sent say 家人代提 and by whom.
 */
export default function FamilyStatusPage() {
  const { linkId, memberName } = useActingFor();
  const ideas = useActingIdeas(linkId, '');
  const care = useActingCare(linkId, '');
  const refused = care.state.status === 'error' ? care.state.error : undefined;

  return (
    <PageShell title='老人的金点子和求助' back>
      {refused ? (
        <ActingRefused message={refused} onRetry={() => { void care.reload(); void ideas.reload(); }} />
      ) : (
        <>
          <ActingBanner memberName={memberName} />
          <Card title={`${memberName}的金点子`} id='family-status-ideas'>
            <PagedList
              state={ideas.state}
              keyOf={(i) => i.id}
              onMore={() => void ideas.loadMore()}
              onRetry={() => void ideas.reload()}
              emptyText='还没有提过金点子。'
              renderItem={(i) => (
                <View className='family-row' id={`family-status-idea-${i.id}`}>
                  <Text className='family-row-title'>{i.title || '语音金点子'}</Text>
                  <Text className='family-row-text'>{`${i.stateLabel}：${i.statusText}`}</Text>
                  {i.familyBy && <Text className='family-row-text family-mark'>{`${FAMILY_MARK}（${i.familyBy}）`}</Text>}
                </View>
              )}
            />
          </Card>
          <Card title={`${memberName}的求助`} id='family-status-care'>
            {care.state.status === 'ready' && (
              <ProblemList problems={care.state.data?.problems ?? []} empty='还没有求助过。'>
                {(p) => (p.steps[0]?.byName.startsWith(FAMILY_MARK) ? <Text className='family-row-text family-mark'>{p.steps[0].byName}</Text> : null)}
              </ProblemList>
            )}
          </Card>
        </>
      )}
    </PageShell>
  );
}
