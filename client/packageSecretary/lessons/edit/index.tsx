import { useRouter } from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useEffect, useState } from 'react';
import type { Audience, LessonCategory, LessonInput } from '@contract/lesson-model';
import { CATEGORY_OPTIONS } from '@contract/lesson-words';
import { BigButton, FormField, OptionGroup, PageShell, StatusText, TextBox } from '../../../ui';
import { DraftNotice, draftIntentStore, useDraft } from '../../../features/drafts';
import { useMemberGate } from '../../../features/session/use-member-gate';
import { GateNotice } from '../../../features/session/GateNotice';
import { bodyToText, parseBodyText } from '@contract/lesson-body';
import { goBack, replacePage } from '../../../features/navigation/navigate';
import { ROUTES } from '../../../features/navigation/routes';
import { PhotoPicker, type PickedPhoto } from '../../../ui/PhotoPicker';
import { AudioField, type LessonAudio } from '../../../features/study/AudioField';
import { VideoField, type LessonVideo } from '../../../features/study/VideoField';
import { MinutesField, chosenMinutes, contentOf } from './MinutesField';
import { estimateMinutes } from '@contract/reading-time';
import { getLesson } from '../../../features/study/use-lessons';
import { useLessonMoves, useLessonSave } from '../../../features/study/use-lesson-desk';
import '../../../features/study/study.scss';

interface Draft {
  title: string;
  summary: string;
  category?: LessonCategory;
  series: string;
  body: string;
  minutes: string;
  /** The writer changed the minutes; otherwise they follow the estimate from the content. */
  minutesByHand?: boolean;
  audience: Audience;
  /** 照片与音频: uploaded files (fileID + something to show). Body images follow the text. */
  cover: PickedPhoto[];
  images: PickedPhoto[];
  audio: LessonAudio | null;
  /** Optional; absent in drafts kept before videos existed. */
  video?: LessonVideo | null;
}

const EMPTY: Draft = { title: '', summary: '', series: '', body: '', minutes: '', audience: 'branch', cover: [], images: [], audio: null };

/**
 * Write or edit a lesson. The body is one big text area: a blank line starts a new paragraph and a
 * line beginning with “#” is a small heading — it becomes structured blocks, never HTML.
 */
export default function EditLessonPage() {
  const me = useMemberGate();
  const { params } = useRouter();
  const lessonId = params.id ? String(params.id) : undefined;
  const member = me.status === 'registered' ? me.member : undefined;
  const isStaff = !!member?.roles.includes('staff');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [msg, setMsg] = useState<{ ok: boolean; text: string }>();
  const [busy, setBusy] = useState<'save' | 'publish'>();
  const [returnReason, setReturnReason] = useState<string>();
  const keep = `lesson-edit.${lessonId ?? 'new'}`; // kept on the phone as typed, restored after a restart
  const save = useLessonSave(draftIntentStore(keep));
  const moves = useLessonMoves();
  const kept = useDraft({ key: keep, value: draft, restore: setDraft, reset: setDraft, ready: !!member && (!lessonId || draft !== EMPTY) });
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  useEffect(() => {
    if (!member || !lessonId) return;
    void getLesson(lessonId).then((res) => {
      if (!res.ok) return setMsg({ ok: false, text: res.error.message });
      const l = res.data;
      setReturnReason(l.returnReason);
      const images = l.body.filter((b) => b.type === 'image').length;
      const text = bodyToText(l.body as LessonInput['body']);
      const estimate = estimateMinutes(contentOf({ title: l.title, summary: l.summary, body: text, images, audioSeconds: l.audioSeconds }));
      setDraft({
        title: l.title, summary: l.summary, category: l.category, series: l.series ?? '',
        body: text, minutes: String(l.estimatedMinutes), minutesByHand: l.estimatedMinutes !== estimate, audience: l.audience,
        cover: l.coverFileId ? [{ fileID: l.coverFileId, url: l.coverUrl ?? '' }] : [],
        images: l.body.flatMap((b) => (b.type === 'image' ? [{ fileID: b.fileId, url: b.url ?? '' }] : [])),
        audio: l.audioFileId ? { fileID: l.audioFileId, seconds: l.audioSeconds ?? null } : null,
        video: l.videoFileId ? { fileID: l.videoFileId, url: l.videoUrl ?? '' } : null,
      });
    });
  }, [member, lessonId]);

  const minutesSource = { title: draft.title, summary: draft.summary, body: draft.body, images: draft.images.length, audioSeconds: draft.audio?.seconds };

  const submit = async (publish: boolean) => {
    const body = [...parseBodyText(draft.body), ...draft.images.map((p) => ({ type: 'image' as const, fileId: p.fileID }))];
    const local: Record<string, string> = {};
    if (!draft.title.trim()) local.title = '请填写课程标题';
    if (!draft.summary.trim()) local.summary = '请用一两句话写写这一课讲什么';
    if (!draft.category) local.category = '请选择课程类别';
    if (!body.some((b) => b.type !== 'image')) local.body = '请写上正文';
    if (draft.audio && !draft.audio.seconds) local.audio = '请填上录音大约几分钟';
    const minutes = chosenMinutes(minutesSource, draft.minutes, !!draft.minutesByHand);
    if (!Number.isInteger(minutes) || minutes < 1) local.minutes = '请填写大约要学几分钟，例如 5';
    if (Object.keys(local).length) {
      setErrors(local);
      setMsg({ ok: false, text: '还有几处没填好，请看红字提示。' });
      return;
    }
    const input = {
      ...(lessonId ? { lessonId } : {}),
      lesson: {
        title: draft.title.trim(), summary: draft.summary.trim(), category: draft.category as LessonCategory,
        ...(draft.series.trim() ? { series: draft.series.trim() } : {}),
        body, estimatedMinutes: minutes, audience: isStaff ? draft.audience : ('branch' as const),
        ...(draft.cover[0] ? { coverFileId: draft.cover[0].fileID } : {}),
        ...(draft.audio?.seconds ? { audioFileId: draft.audio.fileID, audioSeconds: draft.audio.seconds } : {}),
        ...(draft.video ? { videoFileId: draft.video.fileID } : {}),
        ...(isStaff && draft.audience === 'branch' && member ? { branchId: member.branchId } : {}),
      },
    };
    setBusy(publish ? 'publish' : 'save');
    setErrors({});
    kept.flush();
    const saved = await save(input);
    if (!saved.ok) {
      setBusy(undefined);
      const fields = Object.fromEntries(Object.entries(saved.error.fields ?? {}).map(([k, v]) => [k.replace(/^lesson\./, '').replace(/^estimatedMinutes$/, 'minutes').replace(/^body.*/, 'body').replace(/^coverFileId$/, 'cover').replace(/^audio(FileId|Seconds)$/, 'audio').replace(/^videoFileId$/, 'video'), v]));
      setErrors(fields);
      setMsg({ ok: false, text: saved.error.message });
      return;
    }
    kept.done();
    if (!publish) {
      setBusy(undefined);
      setMsg({ ok: true, text: '草稿已保存。老同志还看不到，写好后点“保存并发布”。' });
      replacePage(`${ROUTES.secretaryLessonEdit}?id=${saved.data.id}`);
      return;
    }
    const published = await moves.move('lessons.publish', saved.data.id);
    setBusy(undefined);
    if (!published.ok) return setMsg({ ok: false, text: published.error.message });
    if (published.data.status === 'held') {
      setMsg({ ok: false, text: '内容需要人工审核，审核前不会发布。可以回到列表改回草稿再修改。' });
      return;
    }
    // Back to the list (it reloads on show), so 返回 never leads into the finished form.
    goBack();
  };

  return (
    <PageShell title={lessonId ? '修改课程' : '写一课'} back>
      {!member && <GateNotice me={me} />}
      <DraftNotice draft={kept} />
      {returnReason && <Text className='return-reason'>工作人员退回的原因：{returnReason}</Text>}
      <FormField label='课程标题' error={errors.title}>
        <TextBox label='课程标题' value={draft.title} onChange={(v) => set({ title: v })} placeholder='例如：学习身边的榜样' maxlength={40} />
      </FormField>
      <FormField label='课程类别' error={errors.category}>
        <OptionGroup<LessonCategory> label='课程类别' options={CATEGORY_OPTIONS} value={draft.category} onChange={(v) => set({ category: v })} />
      </FormField>
      <FormField label='内容简介' hint='一两句话，老同志在列表里先看到它' error={errors.summary}>
        <TextBox label='内容简介' multiline value={draft.summary} onChange={(v) => set({ summary: v })} maxlength={200} />
      </FormField>
      <FormField label='正文' hint='空一行是新的一段；一行开头写“#”是小标题' error={errors.body}>
        <TextBox label='正文' multiline value={draft.body} onChange={(v) => set({ body: v })} maxlength={20000} placeholder={'# 一、小标题\n\n第一段正文……'} />
      </FormField>
      <FormField label='正文里的图片' optional hint='图片排在正文后面，最多6张' error={errors.images}>
        <PhotoPicker id='lesson-images' purpose='lessonImage' label='图片' value={draft.images} onChange={(v) => set({ images: v })} max={6} />
      </FormField>
      <FormField label='封面图片' optional hint='在课程列表和课程最上面显示' error={errors.cover}>
        <PhotoPicker id='lesson-cover-picker' purpose='lessonCover' label='封面图片' value={draft.cover} onChange={(v) => set({ cover: v })} max={1} />
      </FormField>
      <FormField label='录音' optional hint='有录音时，老同志点“朗读”就听您的录音（mp3、m4a，20MB以内）' error={errors.audio}>
        <AudioField value={draft.audio} onChange={(v) => set({ audio: v })} />
      </FormField>
      <FormField label='视频' optional hint='一段 mp4 视频，50MB以内（手机拍的大约3到5分钟）。下面“大约要学几分钟”请把看视频的时间算上' error={errors.video}>
        <VideoField value={draft.video ?? null} onChange={(v) => set({ video: v })} />
      </FormField>
      <MinutesField source={minutesSource} value={draft.minutes} byHand={!!draft.minutesByHand} onChange={(v, byHand) => set({ minutes: v, minutesByHand: byHand })} error={errors.minutes} />
      <FormField label='所属专题' optional hint='例如：党史学习教育 2024' error={errors.series}>
        <TextBox label='所属专题' value={draft.series} onChange={(v) => set({ series: v })} maxlength={30} />
      </FormField>
      {isStaff && (
        <FormField label='发给谁看' error={errors.audience}>
          <OptionGroup<Audience>
            label='发给谁看'
            options={[{ value: 'county', label: '全县老同志' }, { value: 'branch', label: `只发给${member?.branchName ?? '本支部'}` }]}
            value={draft.audience}
            onChange={(v) => set({ audience: v })}
          />
        </FormField>
      )}
      <View>
        <BigButton id='lesson-publish' busy={busy === 'publish'} disabled={!!busy} busyText='正在发布…' onClick={() => void submit(true)}>
          保存并发布
        </BigButton>
        <View style={{ height: '0.6rem' }} />
        <BigButton kind='secondary' id='lesson-save' busy={busy === 'save'} disabled={!!busy} busyText='正在保存…' onClick={() => void submit(false)}>
          只保存草稿
        </BigButton>
      </View>
      {msg && <StatusText tone={msg.ok ? 'ok' : 'error'}>{msg.text}</StatusText>}
    </PageShell>
  );
}
