import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import { startTestCloud, dataOf, errorOf, type TestCloud } from '../../support/test-cloud';
import { idOf } from '../lessons/helpers';

const MEMBER = 'demo-member-1'; // 张桂兰, bureau branch
const STAFF = 'demo-staff-1';
const SEC = 'demo-secretary-bureau';
const OTHER_SEC = 'demo-secretary-education';

/** 其他情况 said aloud on 修改资料: a checked upload kept on the member, heard by staff and the branch secretary. */
describe('members: 其他情况 said aloud', () => {
  let cloud: TestCloud;
  let memberId: string;
  let voice: string;
  const memberDoc = async () => (await cloud.db.collection(COLLECTIONS.members).doc(memberId).get()).data[0] as Record<string, unknown>;
  beforeAll(async () => {
    cloud = await startTestCloud();
    await cloud.seed();
    memberId = await idOf(cloud, MEMBER);
    voice = await cloud.deps.files.put('member-voice/2026/membernotevoice1.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A \x00\x00\x00\x00'));
  });
  afterAll(() => cloud.close());

  it('a recording alone is a valid edit: stored on the member, played on the 服务台账 by staff and the branch secretary', async () => {
    const me = dataOf(await cloud.call(MEMBER, 'members.updateProfile', { noteVoice: { fileId: voice, seconds: 12 } }));
    expect(me.noteVoice).toEqual({ fileId: voice, seconds: 12 });
    expect(await memberDoc()).toMatchObject({ noteVoice: { fileId: voice, seconds: 12 } });
    expect((dataOf(await cloud.call(MEMBER, 'members.me', {})) as { member?: { noteVoice?: unknown } }).member?.noteVoice).toEqual({ fileId: voice, seconds: 12 });

    for (const reader of [STAFF, SEC]) {
      const ledger = dataOf(await cloud.call(reader, 'care.ledger', { memberId }));
      expect(ledger.noteVoice?.seconds).toBe(12);
      expect(ledger.noteVoice?.url).toMatch(/^https?:\/\//);
    }
    expect(errorOf(await cloud.call(OTHER_SEC, 'care.ledger', { memberId })).code).toBe('FORBIDDEN');
  });

  it('typed words beside it reach the ledger too; null removes the recording', async () => {
    dataOf(await cloud.call(MEMBER, 'members.updateProfile', { note: '腿脚不便，上楼要扶', noteVoice: { fileId: voice, seconds: 20 } }));
    const ledger = dataOf(await cloud.call(STAFF, 'care.ledger', { memberId }));
    expect(ledger).toMatchObject({ note: '腿脚不便，上楼要扶', noteVoice: { seconds: 20 } });
    const cleared = dataOf(await cloud.call(MEMBER, 'members.updateProfile', { noteVoice: null }));
    expect(cleared.noteVoice).toBeUndefined();
    expect(await memberDoc()).not.toHaveProperty('noteVoice');
    expect(dataOf(await cloud.call(STAFF, 'care.ledger', { memberId })).noteVoice).toBeUndefined();
  });

  it('refuses another purpose\'s file, one never uploaded, and a bad length; nothing changes', async () => {
    dataOf(await cloud.call(MEMBER, 'members.updateProfile', { noteVoice: { fileId: voice, seconds: 12 } }));
    const before = await memberDoc();
    const ideaVoice = await cloud.deps.files.put('idea-voice/2026/notamembervoice1.m4a', Buffer.from('\x00\x00\x00\x18ftypM4A '));
    const env = voice.slice(0, voice.indexOf('/member-voice/'));
    const cases: Array<[unknown, string]> = [
      [{ fileId: ideaVoice, seconds: 12 }, '录音不对，请重新上传'],
      [{ fileId: `${env}/member-voice/2026/nevernevernever1.m4a`, seconds: 12 }, '文件没有上传成功，请重新上传'],
      [{ fileId: voice, seconds: 0 }, '录音太短了，请再说一遍'],
      [{ fileId: voice, seconds: 181 }, '录音最长3分钟'],
    ];
    for (const [noteVoice, message] of cases) {
      const error = errorOf(await cloud.call(MEMBER, 'members.updateProfile', { note: '不该写进去', noteVoice }));
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(Object.values(error.fields ?? {})).toContain(message);
    }
    expect(await memberDoc()).toEqual(before);
  });
});
