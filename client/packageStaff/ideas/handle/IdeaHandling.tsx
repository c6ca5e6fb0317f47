import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { chinaDay } from '@contract/day-words';
import { IDEA_CATEGORY_LABELS, IDEA_RATING_LABELS } from '@contract/ideas-words';
import type { IdeaStaffView, ToldAuthor } from '@contract/ideas-model';
import { Fold, StatusText, LoadFailed } from '../../../ui';
import { Timeline } from '../../../features/ideas/Timeline';
import { photoUrlsOf } from '../../../features/ideas/photos';
import { PhotoList } from '../../../ui/PhotoPicker';
import { VoicePlayer } from '../../../features/recording/VoicePlayer';
import { monthDay } from '../../../features/ideas/format';
import { getIdeaForStaff } from '../../../features/ideas/use-idea-staff';
import { Acceptance } from './Acceptance';
import { Answer } from './Answer';
import { Assignment } from './Assignment';
import { Notes } from './Notes';
import { Publication } from './Publication';
import type { StepProps } from './types';
import { toldLine } from './told';
import '../../../features/ideas/ideas.scss';

interface Props {
  ideaId: string;
  /** After each move, the idea as it now is (the desk's queue updates its row). */
  onChanged?: (idea: IdeaStaffView) => void;
  /** Where there is room (the desk's pane), the idea's own words start open. */
  roomy?: boolean;
}

/**
 * Handling one idea: who sent it, the next moves its state allows, every step, private notes. The phone's
 * 办理金点子 page and the desk's queue pane both show exactly this. The next move comes right under the
 * title: what the idea says, its history and the notes are folds a tap away (at 特大 on a 320 px phone the
 * page was five screens long with everything open before the move).
 */
export function IdeaHandling({ ideaId, onChanged, roomy = false }: Props) {
  const [idea, setIdea] = useState<IdeaStaffView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ message: string; told?: ToldAuthor } | null>(null);
  const load = async () => {
    const res = await getIdeaForStaff(ideaId);
    if (res.ok) setIdea(res.data);
    else setError(res.error.message);
  };
  useEffect(() => {
    setIdea(null);
    setDone(null);
    void load();
  }, [ideaId]);
  const changed = (next: IdeaStaffView | null, message: string) => {
    if (!next) return;
    // Moves answer without file URLs: keep the ones already loaded.
    setIdea((prev) => ({ ...next, photoUrls: next.photoUrls ?? prev?.photoUrls, voice: next.voice?.url ? next.voice : prev?.voice, ratingVoice: next.ratingVoice?.url ? next.ratingVoice : prev?.ratingVoice }));
    setDone({ message, told: next.told });
    onChanged?.(next);
  };

  if (error) {
    return (
      <LoadFailed
        error={error}
        onRetry={() => {
          setError(null);
          void load();
        }}
      />
    );
  }
  if (!idea) return <StatusText>正在加载，请稍候…</StatusText>;
  return (
    <View id='handle-idea'>
      {/* A plain head, not a card: at 特大 on 320 px a card's frame and padding cost the first screen its next move. */}
      <View className='handle-head'>
        <Text className='handle-title'>{idea.title}</Text>
        <Text className='idea-meta'>{`${idea.receiptNo} · ${IDEA_CATEGORY_LABELS[idea.category]}${idea.round > 1 ? ` · 第${idea.round}轮` : ''}`}</Text>
        <Text className='idea-status' id='handle-state'>
          当前：{idea.stateLabel}{idea.dueDate ? `，${monthDay(idea.dueDate)}前办` : ''}
          {idea.overdue && <Text className='overdue-tag'>，已超期，请督办</Text>}
        </Text>
      </View>
      {idea.held && <StatusText tone='warn'>{heldText(idea)}</StatusText>}
      {idea.voice?.url && (
        <View id='handle-voice'>
          <Text className='idea-meta'>语音留言：</Text>
          <VoicePlayer url={idea.voice.url} seconds={idea.voice.seconds} label='听语音留言' />
        </View>
      )}
      <Fold id='handle-said' title='建议原文' summary={saidSummary(idea)} open={roomy}>
        <Said idea={idea} />
      </Fold>
      {done && <StatusText tone='ok'>{done.message}</StatusText>}
      {done?.told && <Told told={done.told} idea={idea} />}
      <Actions idea={idea} changed={changed} />
      <Fold id='handle-timeline' title='办理过程' summary={timelineSummary(idea)}>
        <Timeline steps={idea.timeline} />
      </Fold>
      <Fold id='handle-notes-fold' title='内部备注' summary={idea.staffNotes.length ? `提出人看不到，${idea.staffNotes.length}条` : '提出人看不到，还没有'}>
        <Notes idea={idea} changed={changed} />
      </Fold>
    </View>
  );
}

/** Who sent it and what they wrote, with the place and the photos. */
function Said({ idea }: { idea: IdeaStaffView }) {
  return (
    <View id='handle-said-body'>
      <Text className='idea-meta'>
        提出人：{idea.authorName}（{idea.authorBranchName}）{idea.authorPhone ? ` 电话 ${idea.authorPhone}` : ''}
      </Text>
      {idea.proxyName && <Text className='idea-meta'>代录：{idea.proxyName}</Text>}
      {idea.familyBy && <Text className='idea-meta'>家人代提：{idea.familyBy}</Text>}
      {idea.supportCount > 0 && <Text className='idea-meta'>{idea.supportCount}位老同志也支持</Text>}
      {idea.content && <Text className='idea-text'>{idea.content}</Text>}
      {idea.place && <Text className='idea-meta'>地点：{idea.place}</Text>}
      {idea.photos.length > 0 && <Text className='idea-meta'>{`照片${idea.photos.length}张（只有您和提出人能看到，发布到展示栏前请看一看）：`}</Text>}
      <PhotoList urls={photoUrlsOf(idea)} />
    </View>
  );
}

/** A closed fold still says whose idea it is and how much there is to read. */
const saidSummary = (idea: IdeaStaffView) => {
  const words = idea.content ? `${[...idea.content].length}字` : '只有语音';
  const photos = idea.photos.length ? `，照片${idea.photos.length}张` : '';
  return `${idea.authorName}，${words}${photos}`;
};

/** The author's rating and what they said with it, in words or aloud: what a 重新交办 starts from. */
function RatingSaid({ idea }: { idea: IdeaStaffView }) {
  if (!idea.rating) return null;
  return (
    <View id='handle-rating'>
      <Text className='idea-meta'>{`提出人的评价：${IDEA_RATING_LABELS[idea.rating]}${idea.ratingComment ? `，意见：${idea.ratingComment}` : ''}`}</Text>
      {idea.ratingVoice?.url && <VoicePlayer url={idea.ratingVoice.url} seconds={idea.ratingVoice.seconds} label='听提出人说的意见' />}
    </View>
  );
}

/** Why staff must look before anything is public: nothing typed (a recording only), or content safety. */
const heldText = (idea: IdeaStaffView) =>
  idea.voice && !idea.content
    ? '这是一段语音留言，请先听一听；受理后才算审核通过。'
    : '内容安全检查未通过，请人工审核；受理后才算审核通过。';

/** The author sees these steps: the closed fold says so, and how far it goes. */
const timelineSummary = (idea: IdeaStaffView) => {
  const last = idea.timeline[idea.timeline.length - 1];
  return last ? `提出人能看到，共${idea.timeline.length}步，最近${monthDay(chinaDay(last.at))}` : '还没有办理记录';
};

/** Whether the author heard of the last move, as the server reported it. */
function Told({ told, idea }: { told: ToldAuthor; idea: IdeaStaffView }) {
  const line = toldLine(told, idea);
  return (
    <StatusText tone={line.tone} lead={line.tone === 'warn' ? '请注意' : '通知'} id='handle-told'>
      {line.text}
    </StatusText>
  );
}

/** The next moves the idea's state allows, one step component each. */
function Actions({ idea, changed }: StepProps) {
  const s = idea.state;
  return (
    <View className='idea-actions' id='handle-actions'>
      {/* The author's rating is what the next move (重新交办, or 公示) starts from, so it heads the moves. */}
      <RatingSaid idea={idea} />
      {s === 'submitted' && <Acceptance idea={idea} changed={changed} />}
      {(s === 'accepted' || (s === 'rated' && idea.rating === 'unsatisfied')) && <Assignment idea={idea} changed={changed} />}
      {(s === 'assigned' || s === 'in_progress') && <Answer idea={idea} changed={changed} />}
      {(s === 'resolved' || s === 'rated') && <Publication idea={idea} changed={changed} />}
    </View>
  );
}
