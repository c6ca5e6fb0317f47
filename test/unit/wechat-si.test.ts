/**
 * weapp 朗读 over WeChat's 同声传译 plug-in: the chunk reader's order, prefetch, speed, failure and stop.
 * WeChat itself is not here: `requirePlugin` answers a fake plug-in (mp3 "files" named after the text)
 * and Taro's InnerAudioContext is a small fake that records what it was told to play.
 */
interface FakeAudio {
  src: string;
  playbackRate: number;
  obeyMuteSwitch: boolean;
  played: string[];
  ended?: () => void;
  errored?: () => void;
  play(): void;
  pause(): void;
  stop(): void;
  onEnded(f: () => void): void;
  onError(f: () => void): void;
}
const audios: FakeAudio[] = [];
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    createInnerAudioContext: () => {
      const a: FakeAudio = {
        src: '', playbackRate: 1, obeyMuteSwitch: true, played: [],
        play() { this.played.push(this.src); },
        pause: () => undefined,
        stop: () => undefined,
        onEnded(f) { this.ended = f; },
        onError(f) { this.errored = f; },
      };
      audios.push(a);
      return a;
    },
  },
}));

type Tts = { content: string; success: (r: { retcode: number; filename: string }) => void; fail: (e: object) => void };
const asked: string[] = [];
let failOn: string | null = null;
const plugin = {
  textToSpeech(o: Tts) {
    asked.push(o.content);
    setTimeout(() => (o.content === failOn ? o.fail({ retcode: -1 }) : o.success({ retcode: 0, filename: `https://tts/${o.content}.mp3` })), 1);
  },
};
const tick = () => new Promise((r) => setTimeout(r, 5));

const load = (withPlugin: boolean) => {
  (globalThis as { requirePlugin?: unknown }).requirePlugin = withPlugin ? (name: string) => (name === 'WechatSI' ? plugin : undefined) : undefined;
  let mod: typeof import('../../client/ui/wechat-si') | undefined;
  jest.isolateModules(() => {
    mod = jest.requireActual<typeof import('../../client/ui/wechat-si')>('../../client/ui/wechat-si');
  });
  return mod as typeof import('../../client/ui/wechat-si');
};

beforeEach(() => {
  audios.length = 0;
  asked.length = 0;
  failOn = null;
});

describe('WechatSI read-aloud', () => {
  it('is unavailable where the plug-in cannot be loaded', () => {
    expect(load(false).wechatSI()).toBeNull();
    (globalThis as { requirePlugin?: unknown }).requirePlugin = () => {
      throw new Error('plugin not declared');
    };
    let mod: typeof import('../../client/ui/wechat-si') | undefined;
    jest.isolateModules(() => {
      mod = jest.requireActual<typeof import('../../client/ui/wechat-si')>('../../client/ui/wechat-si');
    });
    expect(mod?.wechatSI()).toBeNull();
  });

  it('reads the chunks in order, the next one fetched while one plays, at the chosen speed', async () => {
    const { wechatSI, createChunkReader } = load(true);
    const reader = createChunkReader(wechatSI() as NonNullable<ReturnType<typeof wechatSI>>);
    const heard: number[] = [];
    let ended = false;
    reader.start(['第一段。', '第二段。', '第三段。'], 1.1, { onChunk: (i) => heard.push(i), onEnd: () => (ended = true), onFail: () => undefined });
    await tick();
    const audio = audios[0];
    expect(audio.obeyMuteSwitch).toBe(false);
    expect(audio.played).toEqual(['https://tts/第一段。.mp3']);
    expect(audio.playbackRate).toBeCloseTo(1.29, 2);
    expect(asked).toEqual(['第一段。', '第二段。']); // prefetch
    audio.ended?.();
    await tick();
    audio.ended?.();
    await tick();
    expect(audio.played).toEqual(['https://tts/第一段。.mp3', 'https://tts/第二段。.mp3', 'https://tts/第三段。.mp3']);
    expect(asked).toEqual(['第一段。', '第二段。', '第三段。']); // each chunk synthesised once
    expect(ended).toBe(false);
    audio.ended?.();
    await tick();
    expect(ended).toBe(true);
    expect(heard).toEqual([0, 1, 2]);
  });

  it('a chunk that cannot be synthesised is reported; a stop drops answers still on their way', async () => {
    const { wechatSI, createChunkReader } = load(true);
    const reader = createChunkReader(wechatSI() as NonNullable<ReturnType<typeof wechatSI>>);
    failOn = '断网了。';
    let failed = false;
    reader.start(['断网了。'], 0.85, { onChunk: () => undefined, onEnd: () => undefined, onFail: () => (failed = true) });
    await tick();
    expect(failed).toBe(true);
    expect(audios[0].played).toEqual([]);

    reader.start(['停下。'], 0.85, { onChunk: () => undefined, onEnd: () => undefined, onFail: () => undefined });
    reader.stop();
    await tick();
    expect(audios[0].played).toEqual([]);
  });
});
