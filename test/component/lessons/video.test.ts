import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { uploadedFileProblem } from '../../../cloudfunctions/contract/uploads';
import { newCloudPath, pickedProblem } from '../../../client/api/upload-rules';
import { tinyMp4 } from '../../support/mp4';
import { dataOf, errorOf, startTestCloud, type TestCloud } from '../../support/test-cloud';
import { lessonInput, publishLesson } from './helpers';

const SECRETARY = 'demo-secretary-bureau';
const MEMBER = 'demo-member-1';

/** 课程视频: a lesson takes a video only as a stored mp4 of this environment under lessons/video. */
describe('lesson video', () => {
  let cloud: TestCloud;
  let video: string;
  let audio: string;
  let cover: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    video = await cloud.deps.files.put('lessons/video/2026/videotestabcd0001.mp4', tinyMp4());
    audio = await cloud.deps.files.put('lessons/audio/2026/videotestabcd0002.m4a', tinyMp4('M4A '));
    cover = await cloud.deps.files.put('lessons/covers/2026/videotestabcd0003.png', Buffer.from('png'));
  });
  afterAll(() => cloud.close());

  const lessons = async () => (await cloud.snapshot())[COLLECTIONS.lessons] ?? [];

  it('the rule: only mp4 under lessons/video', () => {
    const env = 'yinling-test';
    expect(uploadedFileProblem(video, 'lessonVideo', env)).toBeNull();
    expect(uploadedFileProblem(audio, 'lessonVideo', env)).toBe('视频不对，请重新上传');
    expect(uploadedFileProblem(video.replace('.mp4', '.mov'), 'lessonVideo', env)).toBe('视频不对，请重新上传');
    expect(uploadedFileProblem(video, 'lessonAudio', env)).toBe('录音不对，请重新上传');
  });

  it('the phone refuses before uploading: not mp4, over 50MB, empty — in words', () => {
    expect(pickedProblem('video', 'clip.mp4', 50 * 1024 * 1024)).toBeNull();
    expect(pickedProblem('video', 'clip.mov', 1000)).toBe('这个文件不是视频，只能选 mp4 格式');
    expect(pickedProblem('video', 'clip.mp4', 50 * 1024 * 1024 + 1)).toBe('视频太大了，不能超过50MB');
    expect(pickedProblem('video', 'clip.mp4', 0)).toBe('没有读到视频，请重新选择');
    expect(newCloudPath('lessonVideo', 'wxfile://tmp_abc.MP4')).toMatch(/^lessons\/video\/\d{4}\/[a-z0-9]{20}\.mp4$/);
  });

  it('a lesson with a video round-trips: the reader gets a URL that serves the very bytes; editing can drop it', async () => {
    const lessonId = await publishLesson(cloud, SECRETARY, { title: '看视频学党史', coverFileId: cover, videoFileId: video });
    const read = dataOf(await cloud.call(MEMBER, 'lessons.get', { lessonId }));
    expect(read.videoFileId).toBe(video);
    const served = await fetch(read.videoUrl as string);
    expect(Buffer.from(await served.arrayBuffer()).equals(tinyMp4())).toBe(true);
    expect(read.coverUrl).toBeDefined(); // the player's poster
    const listed = dataOf(await cloud.call(MEMBER, 'lessons.list', {})).items.find((l) => l.id === lessonId);
    expect(listed).toMatchObject({ hasVideo: true, hasAudio: false });

    // A draft saved with a video, then saved again without one: the video is gone.
    const draft = dataOf(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ videoFileId: video }) }));
    expect(draft.videoFileId).toBe(video);
    dataOf(await cloud.call(SECRETARY, 'lessons.save', { lessonId: draft.id, lesson: lessonInput() }));
    const after = dataOf(await cloud.call(SECRETARY, 'lessons.get', { lessonId: draft.id }));
    expect(after.videoFileId).toBeUndefined();
    expect(after.videoUrl).toBeUndefined();
  });

  it('refuses a recording, a cover, another environment, a made-up name or a file never uploaded as the video — and changes nothing', async () => {
    const draft = dataOf(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title: '视频要改的草稿' }) }));
    const before = await lessons();
    const bad = [
      audio,
      cover,
      video.replace('yinling-test.', 'other-env.'),
      video.replace('videotestabcd0001', 'short'),
      video.replace('videotestabcd0001', 'videonotthere001'),
    ];
    for (const videoFileId of bad) {
      for (const input of [{ lesson: lessonInput({ videoFileId }) }, { lessonId: draft.id, lesson: lessonInput({ videoFileId }) }]) {
        const err = errorOf(await cloud.call(SECRETARY, 'lessons.save', input));
        expect({ videoFileId, code: err.code, field: err.fields?.videoFileId }).toEqual({
          videoFileId,
          code: 'VALIDATION_FAILED',
          field: expect.stringMatching(/^(视频不对，请重新上传|文件没有上传成功，请重新上传)$/),
        });
      }
    }
    expect(await lessons()).toEqual(before);
  });
});
