import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { BigButton, Card, FormField, PagedList, PageShell, StatusText, TextBox, LoadState } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { useAppointLeader, useRemoveLeader, useTeamOrNone } from '../../../features/volunteers/use-volunteer-desk';
import { useMembersFound } from '../../../features/members/use-members';
import { kindText } from '../../../features/volunteers/words';
import { PickTeam } from '../shared/PickTeam';
import { CurrentLeaders, type Removal } from './CurrentLeaders';
import '../../../features/volunteers/volunteers.scss';
import '../shared/staff-volunteers.scss';

/**
 * Staff appoint a leader: find the person by name (staff may search all members), check it is the right one,
 * tap once. They also remove a leader (with the reason), alone or with a successor found the same way.
 */
export default function AppointLeaderPage() {
  const me = useMemberGate();
  const params = useRouter().params;
  const [teamId, setTeamId] = useState(params.teamId ?? '');
  const team = useTeamOrNone(teamId);
  const [typed, setTyped] = useState('');
  const [keyword, setKeyword] = useState('');
  const people = useMembersFound(keyword ? { keyword } : {}, `${teamId}:${keyword}`);
  const appoint = useAppointLeader();
  const remove = useRemoveLeader();
  const [removal, setRemoval] = useState<Removal | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const t = team.state.data;

  const removeLeader = async (successor?: { id: string; name: string }) => {
    if (!removal || !t) return;
    const r = await remove.run({ teamId, memberId: removal.memberId, reason: removal.reason.trim(), ...(successor ? { replaceWith: successor.id } : {}) });
    if (!r) return;
    team.set({ ...t, ...r });
    setRemoval(null);
    setDone(successor ? `已由${successor.name}接替${removal.name}任“${r.name}”的队长。${removal.name}仍是队员，不再管理这个队。` : `已免去${removal.name}的队长职务。${removal.name}仍是队员，不再管理这个队。`);
  };

  if (!teamId) {
    return (
      <PageShell title='任免队长' back>
        <GateNotice me={me} />
        <PickTeam onPick={(picked) => setTeamId(picked.id)} />
      </PageShell>
    );
  }

  return (
    <PageShell title='任免队长' back>
      <GateNotice me={me} />
      {params.created === '1' && !done && <StatusText tone='ok' id='team-created'>服务队已建立。现在请任命队长。</StatusText>}
      <LoadState state={team.state} fallback={'没有找到这个服务队'} onRetry={() => void team.reload()} />
      {t && (
        <Card title={t.name} subtitle={kindText(t.kind)} tone='accent' id='leader-team'>
          <Text className='vol-line' id='leader-current'>{`现任队长：${t.leaderNames.join('、') || '还没有'}`}</Text>
          <Text className='vol-meta'>{`队员${t.memberCount}人`}</Text>
        </Card>
      )}
      {done && <StatusText tone='ok' id='leader-done'>{done}</StatusText>}
      {t && (
        <CurrentLeaders
          leaderIds={t.leaderIds}
          leaderNames={t.leaderNames}
          removal={removal}
          onStart={(r) => { remove.clear(); setDone(null); setRemoval(r); }}
          onReason={(reason) => setRemoval((r) => (r ? { ...r, reason } : r))}
          onCancel={() => setRemoval(null)}
          onRemove={() => void removeLeader()}
          busy={remove.busy}
          error={remove.fields?.reason ? undefined : remove.error}
          reasonError={remove.fields?.reason}
        />
      )}
      {appoint.error && <StatusText tone='error'>{appoint.error}</StatusText>}
      <FormField label={removal ? '接任的人的姓名' : '队长姓名'} hint='输入姓名（或其中一两个字），再点“查找”'>
        <TextBox label={removal ? '接任的人的姓名' : '队长姓名'} value={typed} onChange={setTyped} maxlength={20} />
      </FormField>
      <BigButton kind='secondary' id='leader-search' onClick={() => setKeyword(typed.trim())}>查找</BigButton>
      {keyword ? (
        <View id='leader-people'>
          <PagedList
            state={people.state}
            keyOf={(m) => m.id}
            onRetry={() => void people.reload()}
            onMore={() => void people.loadMore()}
            emptyText='没有找到这个名字。请确认他（她）已在小程序里登记。'
            renderItem={(m) => {
              const already = t?.leaderIds.includes(m.id) ?? false;
              return (
                <Card title={m.name} subtitle={`${m.birthYear}年生 · ${m.branchName}`}>
                  {already ? (
                    <StatusText tone='info'>已是这个队的队长</StatusText>
                  ) : removal ? (
                    <BigButton
                      inline
                      busy={remove.busy}
                      busyText='正在办理…'
                      disabled={!removal.reason.trim()}
                      onClick={() => void removeLeader({ id: m.id, name: m.name })}
                    >
                      {`由${m.name}接替${removal.name}`}
                    </BigButton>
                  ) : (
                    <BigButton
                      inline
                      busy={appoint.busy}
                      busyText='正在任命…'
                      onClick={async () => {
                        const r = await appoint.run({ teamId, memberId: m.id });
                        if (!r) return;
                        team.set({ ...(t as NonNullable<typeof t>), ...r });
                        setDone(`已任命${m.name}为“${r.name}”的队长，并已加入这个队。`);
                      }}
                    >
                      {`任命${m.name}为队长`}
                    </BigButton>
                  )}
                </Card>
              );
            }}
          />
        </View>
      ) : null}
    </PageShell>
  );
}
