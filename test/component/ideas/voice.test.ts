import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { MEMBER, OTHER_MEMBER, STAFF, anIdea, ideaDoc } from './helpers';

/** 语音金点子: a recording alone is an idea; it waits for staff to listen, and only the author and staff hear it. */
describe('ideas: said aloud', () => {
  let cloud: TestCloud;
  let voice: string;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    voice = await cloud.deps.files.put('idea-voice/2026/ideavoicememo01.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00'));
  });
  afterAll(() => cloud.close());

  it('a recording alone is enough: titled as a recording, held for staff, heard by the author and staff only', async () => {
    const idea = dataOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', voice: { fileId: voice, seconds: 25 } }));
    expect(idea).toMatchObject({ title: '语音金点子（25秒）', content: '', state: 'submitted', statusText: '已提交，工作人员听过录音后受理' });
    expect(idea.voice?.seconds).toBe(25);
    expect(await ideaDoc(cloud, idea.id)).toMatchObject({ held: true, voice: { fileId: voice, seconds: 25 } });

    const mine = dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId: idea.id }));
    expect(mine.voice?.url).toMatch(/^https?:\/\//);
    const staff = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId: idea.id }));
    expect(staff).toMatchObject({ held: true, voice: { seconds: 25 } });
    expect(staff.voice?.url).toMatch(/^https?:\/\//);
    expect(errorOf(await cloud.call(OTHER_MEMBER, 'ideas.get', { ideaId: idea.id })).code).toBe('NOT_FOUND');
    // Held: nobody else finds it among the similar ideas until staff have listened and accepted it.
    const similar = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.similar', { category: 'livelihood', title: '语音金点子' }));
    expect(similar.items.map((i) => i.id)).not.toContain(idea.id);

    const accepted = dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId: idea.id }));
    expect(accepted.held).toBe(false);
    // Once listened to and accepted, the same search finds it: the refusal above was the hold, not the words.
    const after = dataOf(await cloud.call(OTHER_MEMBER, 'ideas.similar', { category: 'livelihood', title: '语音金点子' }));
    expect(after.items.map((i) => i.id)).toContain(idea.id);
  });

  it('a recording with typed words keeps both, and the words are checked as any idea\'s', async () => {
    const idea = dataOf(await cloud.call(MEMBER, 'ideas.submit', { ...anIdea({ title: '建议增设老年食堂' }), voice: { fileId: voice, seconds: 40 } }));
    expect(idea).toMatchObject({ title: '建议增设老年食堂', voice: { seconds: 40 } });
    expect((await ideaDoc(cloud, idea.id)).held).toBe(false);
    // With a recording, a few typed words are enough: the recording carries the rest.
    const short = dataOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', title: '路灯', voice: { fileId: voice, seconds: 9 } }));
    expect(short).toMatchObject({ title: '路灯', content: '' });
  });

  it('a rating may be said aloud: staff read the words and hear the recording; a later rating without one drops it', async () => {
    const { id: ideaId } = dataOf(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: '建议修缮老干部活动室' })));
    const answer = async () => {
      for (const [action, extra] of [
        ['ideas.assign', { department: '县住房和城乡建设局', workdays: 10 }],
        ['ideas.saveDraft', { outcome: 'adopted', answer: '感谢您的建议。已安排修缮。' }],
        ['ideas.resolve', {}],
      ] as const) dataOf(await cloud.call(STAFF, action, { ideaId, ...extra }));
    };
    dataOf(await cloud.call(STAFF, 'ideas.accept', { ideaId }));
    await answer();
    const careVoice = await cloud.deps.files.put('care/voice/2026/notaratingvoice1.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A '));
    expect(errorOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId, rating: 'unsatisfied', voice: { fileId: careVoice, seconds: 8 } })).fields?.voice).toBe('录音不对，请重新上传');
    dataOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId, rating: 'unsatisfied', comment: '还没修好', voice: { fileId: voice, seconds: 8 } }));
    const seen = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId }));
    expect(seen).toMatchObject({ rating: 'unsatisfied', ratingComment: '还没修好', ratingVoice: { seconds: 8 } });
    expect(seen.ratingVoice?.url).toMatch(/^https?:\/\//);
    // The author's own view never carries staff fields.
    expect(dataOf(await cloud.call(MEMBER, 'ideas.get', { ideaId }))).not.toHaveProperty('ratingVoice');

    dataOf(await cloud.call(STAFF, 'ideas.reopen', { ideaId, department: '县城市管理局', workdays: 5 }));
    dataOf(await cloud.call(STAFF, 'ideas.saveDraft', { ideaId, outcome: 'adopted', answer: '感谢您的建议。已修缮完毕。' }));
    dataOf(await cloud.call(STAFF, 'ideas.resolve', { ideaId }));
    dataOf(await cloud.call(MEMBER, 'ideas.rate', { ideaId, rating: 'satisfied' }));
    const again = dataOf(await cloud.call(STAFF, 'ideas.detail', { ideaId }));
    expect(again.rating).toBe('satisfied');
    expect(again).not.toHaveProperty('ratingVoice');
    expect(again).not.toHaveProperty('ratingComment');
  });

  it('without a recording the words are needed as before; a recording must be a stored file of its own kind', async () => {
    const none = errorOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood' }));
    expect(none.fields).toMatchObject({ title: '请填写标题', content: '请填写具体内容' });
    const tooShort = errorOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', title: '路灯', content: '太黑' }));
    expect(tooShort.fields).toMatchObject({ title: '标题至少4个字', content: '具体内容至少10个字' });

    const careVoice = await cloud.deps.files.put('care/voice/2026/notanideavoice01.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A '));
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', voice: { fileId: careVoice, seconds: 5 } })).fields?.voice).toBe('录音不对，请重新上传');
    const never = voice.replace('ideavoicememo01', 'nosuchrecording1');
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', voice: { fileId: never, seconds: 5 } })).fields?.voice).toBe('文件没有上传成功，请重新上传');
    expect(errorOf(await cloud.call(MEMBER, 'ideas.submit', { category: 'livelihood', voice: { fileId: voice, seconds: 600 } })).fields?.['voice.seconds']).toBe('录音最长3分钟');
  });
});
