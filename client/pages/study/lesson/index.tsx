import { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { View, Text, Image } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LessonDetail } from '@contract/lesson-model';
import { BigButton, PageShell, StatusText } from '../../../ui';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { AudioPlayer } from '../../../features/study/AudioPlayer';
import { VideoPlayer } from '../../../features/study/VideoPlayer';
import { categoryName, shortDate } from '../../../features/study/labels';
import { useReadingPlace } from '../../../features/drafts';
import { AskDelivery } from '../../../features/study/AskDelivery';
import { LessonReader } from '../../../features/study/LessonReader';
import { StudyProgress } from '../../../features/study/StudyProgress';
import { openLesson, useFinishLesson } from '../../../features/study/use-lessons';
import { firstLessonRead } from '../../../features/study/lesson-early';
import '../../../features/study/study.scss';

/**
 * One lesson in large type. Opening it tells the server when reading began; the page counts the
 * seconds it is really on screen; 学完了 sends that count, which the server checks against its own clock.
 */
export default function LessonPage() {
  const me = useMemberGate();
  const { params } = useRouter();
  const lessonId = String(params.id ?? '');
  const [lesson, setLesson] = useState<LessonDetail>();
  const [error, setError] = useState<string>();
  const [studied, setStudied] = useState(false);
  const [finishMsg, setFinishMsg] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState(false);
  const readSeconds = useRef(0);
  const listened = useRef(0);
  const visible = useRef(true);
  const finishLesson = useFinishLesson();
  const ready = me.status === 'registered';
  const place = useReadingPlace(lessonId, readSeconds); // survives a restart: scroll, 朗读 paragraph, time read

  const load = useCallback(async () => {
    setError(undefined);
    const res = await place.fetch(() => firstLessonRead(lessonId)); // no signal: the copy kept on the phone
    if (!res.ok) {
      setError(res.error.message);
      return;
    }
    setLesson(res.data);
    setStudied(res.data.mine.studied);
    await place.begin(res.data.status === 'published' && !res.data.mine.studied, () => openLesson(lessonId));
    place.restoreScroll();
  }, [lessonId]);

  // Asked at once, beside members.me rather than after it (a round trip less on a slow network), or taken from
  // the launch's own ask when the app opened here (lesson-early.ts): the server checks the caller on
  // lessons.get itself, and the gate still sends the unregistered elsewhere.
  useEffect(() => {
    if (lessonId) void load();
  }, [lessonId, load]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (visible.current) readSeconds.current += 1;
    }, 1000);
    return () => clearInterval(timer);
  }, []);
  useDidShow(() => {
    visible.current = true;
  });
  useDidHide(() => {
    visible.current = false;
  });

  const onListened = useCallback((s: number) => {
    listened.current = s;
  }, []);

  const finish = async () => {
    const input = { lessonId, readSeconds: readSeconds.current, ...(listened.current ? { listenedSeconds: listened.current } : {}) };
    setBusy(true);
    const res = await finishLesson(input);
    setBusy(false);
    if (res.ok) {
      place.studied();
      setStudied(true);
      setFinishMsg({ ok: true, text: `这一课已记入“我的学习”。本月已学 ${res.data.monthCount} 课，真不错！` });
    } else {
      setFinishMsg({ ok: false, text: res.error.fields?.readSeconds ?? res.error.message });
    }
  };

  return (
    <PageShell title={lesson?.title ?? '课程'} back>
      {!ready && <GateNotice me={me} />}
      {error && (
        <View>
          <StatusText tone='error'>{error}</StatusText>
          <BigButton kind='secondary' onClick={() => void load()}>
            再试一次
          </BigButton>
        </View>
      )}
      {!lesson && !error && ready && <StatusText tone='info'>正在打开课程，请稍候…</StatusText>}
      {lesson && place.fromCopy && <StatusText tone='warn' id='lesson-from-copy'>网络不太好，先给您看上次存在手机上的这一课，可以接着读。</StatusText>}
      {lesson && (
        <View id='lesson-detail'>
          {/* With a video the cover is its poster: not shown twice. */}
          {lesson.coverUrl && !lesson.videoUrl && <Image id='lesson-cover' className='lesson-img lesson-cover' src={lesson.coverUrl} mode='widthFix' aria-label='课程封面' />}
          <Text className='lesson-cat'>{categoryName(lesson.category)}</Text>
          <Text className='lesson-meta'>
            {lesson.series ? `${lesson.series}${lesson.seriesOrder ? ` 第${lesson.seriesOrder}课` : ''} · ` : ''}约{lesson.estimatedMinutes}分钟 ·{' '}
            {lesson.audience === 'county' ? '全县' : lesson.branchName}
            {lesson.publishedAt ? ` · ${shortDate(lesson.publishedAt)}发布` : ''}
          </Text>
          {lesson.status !== 'published' && <StatusText tone='warn'>{`这是预览：这一课现在的状态是“${statusWord(lesson.status)}”。`}</StatusText>}
          {lesson.videoUrl && <VideoPlayer url={lesson.videoUrl} poster={lesson.coverUrl} />}
          {lesson.audioUrl && <AudioPlayer url={lesson.audioUrl} seconds={lesson.audioSeconds} onListened={onListened} />}
          <LessonReader lesson={lesson} aloud={!lesson.audioUrl} from={place.chunk} onChunk={place.onChunk} />
          {lesson.status === 'published' && (
            <View className='lesson-finish'>
              {studied ? (
                <StatusText tone='ok' id='lesson-studied'>
                  {finishMsg?.ok ? finishMsg.text : '这一课您已经学过了，已记入“我的学习”。'}
                </StatusText>
              ) : (
                <View>
                  <StudyProgress
                    readSeconds={readSeconds}
                    listened={listened}
                    needRead={lesson.mine.requiredReadSeconds}
                    needListen={lesson.mine.requiredListenSeconds}
                    // The bar is full: a refusal that said "还需要再学…" no longer holds, so it goes.
                    onEnough={() => setFinishMsg((m) => (m && !m.ok && m.text.startsWith('还需要') ? undefined : m))}
                  />
                  <Text className='lesson-finish-hint'>认真读完（或听完、看完视频）以后，点下面的按钮，这一课就记入“我的学习”。</Text>
                  <BigButton id='lesson-finish' busy={busy} busyText='正在记录…' onClick={() => void finish()}>
                    学完了
                  </BigButton>
                  {finishMsg && !finishMsg.ok && (
                    <StatusText tone='warn' lead={finishMsg.text.startsWith('还需要') ? '还差一点' : '没有记上'} id='lesson-finish-msg'>
                      {finishMsg.text}
                    </StatusText>
                  )}
                  <AskDelivery lessonId={lesson.id} planned={!!lesson.mine.deliveryPlanned} />
                </View>
              )}
            </View>
          )}
        </View>
      )}
    </PageShell>
  );
}

const statusWord = (s: LessonDetail['status']) => ({ draft: '草稿', published: '已发布', withdrawn: '已撤回', held: '待人工审核' })[s];
