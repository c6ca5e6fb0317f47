import { View, Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  ANSWER_TEMPLATES,
  DEPARTMENTS,
  IDEA_CATEGORY_LABELS,
  IDEA_OUTCOME_LABELS,
  IDEA_OUTCOMES,
  type IdeaOutcome,
  type IdeaStaffView,
} from '@contract/ideas-model';
import { callApi } from '../../../api/call-api';
import { BigButton, Card, FormField, OptionGroup, PageShell, StatusText, TextBox } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { Timeline } from '../../../features/ideas/Timeline';
import { photoUrlsOf } from '../../../features/ideas/photos';
import { PhotoList, PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { monthDay, shortDateTime } from '../../../features/ideas/format';
import { useRun } from '../../../features/ideas/use-run';
import '../../../features/ideas/ideas.scss';

const DEPT_OPTIONS = DEPARTMENTS.map((d) => ({ value: d as string, label: d }));
const DAY_OPTIONS = [5, 10, 15, 20].map((n) => ({ value: String(n), label: `${n}个工作日` }));
const OUTCOME_OPTIONS = IDEA_OUTCOMES.map((value) => ({ value, label: IDEA_OUTCOME_LABELS[value] }));
const TEMPLATE_OPTIONS = ANSWER_TEMPLATES.map((t) => ({ value: t.key, label: t.title }));

/** Handling one idea: who sent it, every step, private notes, and the next moves its state allows. */
export default function HandleIdeaPage() {
  const me = useMemberGate();
  const id = useRouter().params.id ?? '';
  const [idea, setIdea] = useState<IdeaStaffView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const load = async () => {
    const res = await callApi('ideas.detail', { ideaId: id });
    if (res.ok) setIdea(res.data);
    else setError(res.error.message);
  };
  useEffect(() => {
    if (me.status === 'registered') void load();
  }, [id, me.status]);
  const changed = (next: IdeaStaffView | null, message: string) => {
    if (!next) return;
    // Moves answer without photo URLs: keep the ones already loaded.
    setIdea((prev) => ({ ...next, photoUrls: next.photoUrls ?? prev?.photoUrls }));
    setDone(message);
  };

  return (
    <PageShell title='办理金点子' back>
      <GateNotice me={me} />
      {error && <StatusText tone='error'>{error}</StatusText>}
      {!idea && !error && <StatusText>正在加载，请稍候…</StatusText>}
      {idea && (
        <View id='handle-idea'>
          <Card title={idea.title} subtitle={`${idea.receiptNo} · ${IDEA_CATEGORY_LABELS[idea.category]} · 第${idea.round}轮`}>
            <Text className='idea-status' id='handle-state'>当前：{idea.stateLabel}{idea.dueDate ? `，${monthDay(idea.dueDate)}前办` : ''}</Text>
            {idea.overdue && <Text className='overdue-tag'>已超期，请督办</Text>}
            <Text className='idea-meta'>
              提出人：{idea.authorName}（{idea.authorBranchName}）{idea.authorPhone ? ` 电话 ${idea.authorPhone}` : ''}
            </Text>
            {idea.proxyName && <Text className='idea-meta'>代录：{idea.proxyName}</Text>}
            {idea.supportCount > 0 && <Text className='idea-meta'>{idea.supportCount}位老同志也支持</Text>}
          </Card>
          {idea.held && <StatusText tone='warn'>内容安全检查未通过，请人工审核；受理后才算审核通过。</StatusText>}
          <Text className='idea-text'>{idea.content}</Text>
          {idea.place && <Text className='idea-meta'>地点：{idea.place}</Text>}
          {idea.photos.length > 0 && <Text className='idea-meta'>{`照片${idea.photos.length}张（只有您和提出人能看到，发布到展示栏前请看一看）：`}</Text>}
          <PhotoList urls={photoUrlsOf(idea)} />
          {done && <StatusText tone='ok'>{done}</StatusText>}
          <Actions idea={idea} changed={changed} />
          <Text className='idea-section'>办理过程（提出人能看到）</Text>
          <Timeline steps={idea.timeline} />
          <Notes idea={idea} changed={changed} />
        </View>
      )}
    </PageShell>
  );
}

type Changed = (next: IdeaStaffView | null, message: string) => void;

function Actions({ idea, changed }: { idea: IdeaStaffView; changed: Changed }) {
  const accept = useRun('ideas.accept');
  const notAccept = useRun('ideas.notAccept');
  const assign = useRun('ideas.assign');
  const reopen = useRun('ideas.reopen');
  const progress = useRun('ideas.progress');
  const draft = useRun('ideas.saveDraft');
  const resolve = useRun('ideas.resolve');
  const publish = useRun('ideas.publish');
  const [reason, setReason] = useState('');
  const [department, setDepartment] = useState<string | undefined>(idea.department);
  const [days, setDays] = useState<string>('10');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<IdeaOutcome | undefined>(idea.draft?.outcome);
  const [answer, setAnswer] = useState(idea.draft?.answer ?? '');
  const [template, setTemplate] = useState<string | undefined>();
  const [suggestion, setSuggestion] = useState(idea.title);
  const [doneText, setDoneText] = useState('');
  // 照片 on the board: the author's photos as 整改前 (only if staff choose), and 整改后 photos staff add.
  const [showBefore, setShowBefore] = useState<'yes' | 'no'>('no');
  const [after, setAfter] = useState<PickedPhoto[]>([]);

  const s = idea.state;
  return (
    <View className='idea-actions' id='handle-actions'>
      {s === 'submitted' && (
        <View>
          {accept.error && <StatusText tone='error'>{accept.error}</StatusText>}
          <BigButton id='handle-accept' busy={accept.busy} onClick={async () => changed(await accept.run({ ideaId: idea.id }), '已受理，已通知提出人')}>
            受理
          </BigButton>
          <FormField label='不予受理的原因' hint='提出人会看到这段话，请写清楚' error={notAccept.fields?.reason ?? notAccept.error}>
            <TextBox label='不予受理的原因' value={reason} onChange={setReason} multiline maxlength={200} />
          </FormField>
          <BigButton kind='danger' busy={notAccept.busy} onClick={async () => changed(await notAccept.run({ ideaId: idea.id, reason }), '已答复不予受理')}>
            不予受理
          </BigButton>
        </View>
      )}

      {(s === 'accepted' || (s === 'rated' && idea.rating === 'unsatisfied')) && (
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
      )}

      {(s === 'assigned' || s === 'in_progress') && (
        <View>
          <Text className='idea-section'>办理进展（提出人能看到）</Text>
          <FormField label='进展' error={progress.fields?.note ?? progress.error}>
            <TextBox label='进展' value={note} onChange={setNote} multiline maxlength={200} />
          </FormField>
          <BigButton
            kind='secondary'
            busy={progress.busy}
            onClick={async () => {
              const next = await progress.run({ ideaId: idea.id, note });
              if (next) setNote('');
              changed(next, '进展已告知提出人');
            }}
          >
            告知进展
          </BigButton>

          <Text className='idea-section'>答复（先存草稿，再发布）</Text>
          <FormField label='从模板开始' optional>
            <OptionGroup
              label='答复模板'
              options={TEMPLATE_OPTIONS}
              value={template}
              onChange={(key) => {
                const t = ANSWER_TEMPLATES.find((x) => x.key === key);
                setTemplate(key);
                if (t) {
                  setOutcome(t.outcome);
                  setAnswer(t.text);
                }
              }}
              columns={2}
            />
          </FormField>
          <FormField label='办理结果' error={draft.fields?.outcome}>
            <OptionGroup label='办理结果' options={OUTCOME_OPTIONS} value={outcome} onChange={setOutcome} columns={2} />
          </FormField>
          <FormField label='答复内容' error={draft.fields?.answer}>
            <TextBox label='答复内容' value={answer} onChange={setAnswer} multiline maxlength={1500} />
          </FormField>
          {draft.error && <StatusText tone='error'>{draft.error}</StatusText>}
          <BigButton
            id='handle-draft'
            kind='secondary'
            disabled={!outcome}
            busy={draft.busy}
            onClick={async () => {
              if (outcome) changed(await draft.run({ ideaId: idea.id, outcome, answer }), '草稿已保存（提出人还看不到）');
            }}
          >
            保存草稿
          </BigButton>
          {idea.draft && (
            <View id='handle-draft-saved'>
              <StatusText tone='info' lead='草稿'>{`${IDEA_OUTCOME_LABELS[idea.draft.outcome]}，${idea.draft.byName}于${shortDateTime(idea.draft.savedAt)}保存`}</StatusText>
              {resolve.error && <StatusText tone='error'>{resolve.error}</StatusText>}
              <BigButton id='handle-resolve' busy={resolve.busy} onClick={async () => changed(await resolve.run({ ideaId: idea.id }), '答复已发布，已通知提出人评价')}>
                发布答复（办结）
              </BigButton>
            </View>
          )}
        </View>
      )}

      {(s === 'resolved' || s === 'rated') && (
        <View>
          {idea.answer && (
            <View className='answer-box'>
              <Text className='idea-text'>{`已答复（${idea.outcome ? IDEA_OUTCOME_LABELS[idea.outcome] : ''}）：${idea.answer}`}</Text>
            </View>
          )}
          {idea.rating && <Text className='idea-meta'>提出人评价：{idea.rating === 'satisfied' ? '满意' : idea.rating === 'basically_satisfied' ? '基本满意' : '不满意'}</Text>}
          <Text className='idea-section'>{idea.published ? '已在成果栏公示（可修改）' : '在“您建议，我提升”成果栏公示'}</Text>
          <FormField label='建议内容摘要' error={publish.fields?.suggestion}>
            <TextBox label='建议内容摘要' value={suggestion} onChange={setSuggestion} multiline maxlength={100} />
          </FormField>
          <FormField label='落实情况' error={publish.fields?.done}>
            <TextBox label='落实情况' value={doneText} onChange={setDoneText} multiline maxlength={300} />
          </FormField>
          {idea.photos.length > 0 && (
            <FormField label='提出人的照片' hint='公示出来，作为“整改前”的样子' error={publish.fields?.beforePhotos}>
              <OptionGroup<'yes' | 'no'> label='提出人的照片' options={[{ value: 'no', label: '不公示' }, { value: 'yes', label: '公示' }]} value={showBefore} onChange={setShowBefore} columns={2} />
            </FormField>
          )}
          <FormField label='整改后的照片' optional error={publish.fields?.afterPhotos}>
            <PhotoPicker id='publish-after-photos' purpose='idea' label='整改后照片' value={after} onChange={setAfter} max={3} />
          </FormField>
          {publish.error && <StatusText tone='error'>{publish.error}</StatusText>}
          <BigButton
            kind='secondary'
            busy={publish.busy}
            onClick={async () =>
              changed(
                await publish.run({
                  ideaId: idea.id,
                  suggestion,
                  done: doneText,
                  ...(showBefore === 'yes' && idea.photos.length ? { beforePhotos: idea.photos } : {}),
                  ...(after.length ? { afterPhotos: after.map((p) => p.fileID) } : {}),
                }),
                '已公示',
              )
            }
          >
            公示
          </BigButton>
        </View>
      )}
    </View>
  );
}

function Notes({ idea, changed }: { idea: IdeaStaffView; changed: Changed }) {
  const add = useRun('ideas.addNote');
  const [text, setText] = useState('');
  return (
    <View id='handle-notes'>
      <Text className='idea-section'>内部备注（提出人看不到）</Text>
      {idea.staffNotes.map((n, i) => (
        <Text key={i} className='idea-meta'>{`${shortDateTime(n.at)} ${n.byName}：${n.text}`}</Text>
      ))}
      <FormField label='添加备注' error={add.fields?.text ?? add.error}>
        <TextBox label='添加备注' value={text} onChange={setText} multiline maxlength={300} />
      </FormField>
      <BigButton
        kind='secondary'
        busy={add.busy}
        onClick={async () => {
          const next = await add.run({ ideaId: idea.id, text });
          if (next) setText('');
          changed(next, '备注已保存');
        }}
      >
        保存备注
      </BigButton>
    </View>
  );
}
