import { uploadedFileProblem } from '../../../cloudfunctions/contract/uploads';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { anIdea, MEMBER, OTHER_MEMBER, STAFF } from '../ideas/helpers';
import { lessonInput, publishLesson } from '../lessons/helpers';

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** Functions take a fileID only if it is a stored file of this environment under its purpose's prefix. */
describe('uploaded fileIDs: checked by the functions, shown by temporary URLs', () => {
  let cloud: TestCloud;
  let photo: string;
  let cover: string;
  let bodyImage: string;
  let audio: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    photo = await cloud.deps.files.put('ideas/2026/photoabcdef000001.png', PNG);

    cover = await cloud.deps.files.put('lessons/covers/2026/coverabcdef00001.png', PNG);
    bodyImage = await cloud.deps.files.put('lessons/images/2026/imageabcdef00001.png', PNG);
    audio = await cloud.deps.files.put('lessons/audio/2026/audioabcdef00001.mp3', Buffer.from('ID3 audio'));
  });
  afterAll(() => cloud.close());

  it('the rule itself: environment, prefix, year folder, random name, extension of the kind', () => {
    const env = 'yinling-test';
    expect(uploadedFileProblem(photo, 'idea', env)).toBeNull();
    expect(uploadedFileProblem(photo, 'lessonCover', env)).toBe('照片不对，请重新上传');
    expect(uploadedFileProblem(photo.replace('yinling-test.', 'other-env.'), 'idea', env)).not.toBeNull();
    expect(uploadedFileProblem('https://evil.example/x.png', 'idea', env)).not.toBeNull();
    expect(uploadedFileProblem(photo.replace('.png', '.svg'), 'idea', env)).not.toBeNull();
    expect(uploadedFileProblem(photo.replace('2026/', '2026/../'), 'idea', env)).not.toBeNull();
    expect(uploadedFileProblem(audio, 'lessonAudio', env)).toBeNull();
    expect(uploadedFileProblem(audio, 'idea', env)).toBe('照片不对，请重新上传');
    expect(uploadedFileProblem(cover, 'lessonAudio', env)).toBe('录音不对，请重新上传');
  });

  it('an idea keeps its stored photo; the author and staff get a temporary URL that serves it', async () => {
    const sent = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ photos: [photo] })));
    expect(sent.photos).toEqual([photo]);
    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: sent.id }));
    const staff = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: sent.id }));
    for (const view of [mine, staff]) {
      const url = view.photoUrls?.[photo];
      expect(url).toBeDefined();
      const served = await fetch(url as string);
      expect(Buffer.from(await served.arrayBuffer()).equals(PNG)).toBe(true);
    }
    // Private: another member gets nothing of it.
    expect(errorOf(await cloud.call(OTHER_MEMBER, 'ideas.get', { ideaId: sent.id })).code).toBe('NOT_FOUND');
  });

  it('staff publish photos on the board only as stored ideas/ files; the board shows them by temporary URLs', async () => {
    const { id } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '广场路灯需要维修', photos: [photo] })));
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: id }));
    dataOf(await cloud.call(STAFF, 'ideas.assign', { ideaId: id, department: '县住建局', workdays: 10 }));
    dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId: id, outcome: 'adopted', answer: '已经安排维修，本周内修好全部路灯。' }));
    dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId: id }));
    const after = await cloud.deps.files.put('ideas/2026/afterabcdef000001.png', PNG);
    const base = { ideaId: id, suggestion: '广场路灯维修', done: '已修好全部路灯' };
    const refused = errorOf(await cloud.call(STAFF, 'ideas.publish', { ...base, afterPhotos: [cover] }));
    expect(refused.code).toBe('VALIDATION_FAILED');
    expect(dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: id })).published).toBe(false);
    dataOf(await cloud.call(STAFF, 'ideas.publish', { ...base, beforePhotos: [photo], afterPhotos: [after] }));
    const board = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.board', {}));
    const item = board.items.find((i) => i.id === id);
    expect(item).toMatchObject({ beforePhotos: [photo], afterPhotos: [after] });
    expect(Object.keys(item?.photoUrls ?? {}).sort()).toEqual([after, photo].sort());
  });

  it('an idea refuses fileIDs of another environment, another purpose or never uploaded — and stores nothing', async () => {
    const before = (await cloud.snapshot()).ideas ?? [];
    for (const bad of [photo.replace('yinling-test.', 'other-env.'), cover, photo.replace('photoabcdef000001', 'neveruploaded0001')]) {
      const err = errorOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ photos: [bad] })));
      expect(err).toMatchObject({ code: 'VALIDATION_FAILED', fields: { photos: expect.stringMatching(/请重新上传/) } });
    }
    expect((await cloud.snapshot()).ideas ?? []).toEqual(before);
  });

  it('a lesson takes its cover, body images and recording, and the reader gets URLs for each', async () => {
    const lessonId = await publishLesson(cloud, 'demo-secretary-bureau', {
      coverFileId: cover,
      audioFileId: audio,
      audioSeconds: 120,
      body: [{ type: 'paragraph', text: '第一段正文，讲讲老干部的故事。' }, { type: 'image', fileId: bodyImage, caption: '村部院坝' }],
    });
    const read = dataOf(await cloud.call(MEMBER, 'lessons.get', { lessonId }));
    expect(read.coverUrl).toEqual(expect.stringContaining('lessons/covers/2026/coverabcdef00001.png'));
    expect(read.audioUrl).toEqual(expect.stringContaining('lessons/audio/2026/audioabcdef00001.mp3'));
    expect(read.body[1]).toMatchObject({ type: 'image', url: expect.stringContaining('imageabcdef00001') });
    const list = dataOf(await cloud.call(MEMBER, 'lessons.list', {}));
    expect(list.items.find((l) => l.id === lessonId)?.coverUrl).toBeDefined();
  });

  it('a lesson refuses a photo of an idea as its cover, an image as its recording, and a made-up body image', async () => {
    const save = (over: Parameters<typeof lessonInput>[0]) => cloud.call('demo-secretary-bureau', 'lessons.save', { lesson: lessonInput(over) });
    expect(errorOf(await save({ coverFileId: photo })).fields).toHaveProperty('coverFileId');
    expect(errorOf(await save({ audioFileId: cover, audioSeconds: 60 })).fields).toHaveProperty('audioFileId');
    expect(errorOf(await save({ body: [{ type: 'image', fileId: bodyImage.replace('imageabcdef00001', 'imagenotthere001') }] })).fields).toHaveProperty('body');
  });
});
