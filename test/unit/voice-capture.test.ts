import { fromRecognitionManager, type RecognitionManager } from '../../client/features/recording/wechat-recognition';
import { webSpeechListener, type SpeechRecognitionLike } from '../../client/features/recording/web-speech';
import { withHeard } from '../../client/features/recording/voice-take';

/** A stand-in for the WechatSI plug-in's manager: the test plays the plug-in's part by calling its handlers. */
const fakeManager = () => {
  const m: RecognitionManager & { started: unknown[]; stops: number } = {
    started: [], stops: 0, onStart: null, onStop: null, onError: null,
    start(options) { this.started.push(options); },
    stop() { this.stops += 1; },
  };
  return m;
};

describe('speech-to-text on weapp: the 同声传译 manager mapped to a recording and words', () => {
  it('a take brings the mp3 to upload and the words for the box', async () => {
    const m = fakeManager();
    const capture = fromRecognitionManager(m);
    expect(capture).toMatchObject({ listens: true, maxSeconds: 60 });
    const started = capture.start();
    expect(m.started).toEqual([{ duration: 60_000, lang: 'zh_CN' }]);
    m.onStart?.({});
    expect(await started).toBeNull();
    const stopped = capture.stop();
    m.onStop?.({ tempFilePath: 'http://tmp/abc.durationTime=12400.mp3', duration: 12_400, fileSize: 9000, result: ' 村口的路灯坏了。 ' });
    const heard = await stopped;
    expect(heard.text).toBe('村口的路灯坏了。');
    expect(heard.recording).toMatchObject({ seconds: 12, file: { name: 'http://tmp/abc.durationTime=12400.mp3', size: 9000 } });
  });

  it('nothing recognised: the recording stands alone, no words', async () => {
    const m = fakeManager();
    const capture = fromRecognitionManager(m);
    const started = capture.start();
    m.onStart?.({});
    await started;
    const stopped = capture.stop();
    m.onStop?.({ tempFilePath: 'http://tmp/x.mp3', duration: 3000, fileSize: 100, result: '' });
    expect(await stopped).toMatchObject({ text: null, recording: { seconds: 3 } });
  });

  it('errors give no words: before the start it is a message to show, after it an empty take', async () => {
    const m = fakeManager();
    const capture = fromRecognitionManager(m);
    const refused = capture.start();
    m.onError?.({ retcode: -30001, msg: 'record permission denied' });
    expect(await refused).toBe('没能开始录音，请允许小程序使用麦克风后再试');
    const again = capture.start();
    m.onStart?.({});
    await again;
    const stopped = capture.stop();
    m.onError?.({ retcode: -30004, msg: '没有识别到语音' });
    expect(await stopped).toEqual({ recording: null, text: null });
  });

  it('a take that stopped by itself at 60 s is kept until the form asks for it', async () => {
    const m = fakeManager();
    const capture = fromRecognitionManager(m);
    const started = capture.start();
    m.onStart?.({});
    await started;
    m.onStop?.({ tempFilePath: 'http://tmp/y.mp3', duration: 60_000, fileSize: 100, result: '说完了' });
    expect(await capture.stop()).toMatchObject({ text: '说完了', recording: { seconds: 60 } });
    expect(m.stops).toBe(0);
  });
});

/** A stand-in for the browser's SpeechRecognition: the test decides what it hears and how it ends. */
const fakeRecognition = (script: (r: SpeechRecognitionLike) => void) => {
  const made: SpeechRecognitionLike[] = [];
  class Fake implements SpeechRecognitionLike {
    lang = ''; continuous = false; interimResults = false;
    onresult: SpeechRecognitionLike['onresult'] = null;
    onerror: SpeechRecognitionLike['onerror'] = null;
    onend: SpeechRecognitionLike['onend'] = null;
    constructor() { made.push(this); }
    start() {}
    stop() { script(this); }
  }
  return { Fake, made };
};
const result = (transcript: string, isFinal = true) => Object.assign([{ transcript }], { isFinal });

describe('speech-to-text on H5: the Web Speech API', () => {
  it('listens in zh-CN and answers what it heard, in order', async () => {
    const { Fake, made } = fakeRecognition((r) => {
      r.onresult?.({ resultIndex: 0, results: [result('家里的水管'), result('漏水了')] });
      r.onend?.();
    });
    const listener = webSpeechListener(Fake);
    expect(made[0]).toMatchObject({ lang: 'zh-CN', continuous: true });
    expect(await listener.stop()).toBe('家里的水管漏水了');
  });

  it('an error (no network, no permission) or silence answers no words', async () => {
    const failing = fakeRecognition((r) => { r.onerror?.({ error: 'network' }); r.onend?.(); });
    expect(await webSpeechListener(failing.Fake).stop()).toBeNull();
    const silent = fakeRecognition((r) => r.onend?.());
    expect(await webSpeechListener(silent.Fake).stop()).toBeNull();
    class Throws { constructor() { throw new Error('not allowed'); } }
    expect(await webSpeechListener(Throws as unknown as new () => SpeechRecognitionLike).stop()).toBeNull();
  });

  it('a recogniser that never ends does not hold the form: stop answers after a wait', async () => {
    jest.useFakeTimers();
    const { Fake } = fakeRecognition((r) => r.onresult?.({ resultIndex: 0, results: [result('半句', false)] }));
    const stopped = webSpeechListener(Fake).stop();
    jest.advanceTimersByTime(3000);
    expect(await stopped).toBe('半句');
    jest.useRealTimers();
  });
});

describe('words heard join what is typed', () => {
  it('after the typed words, cut at the box length', () => {
    expect(withHeard('', '路灯坏了', 200)).toBe('路灯坏了');
    expect(withHeard('村口 ', '路灯坏了', 200)).toBe('村口路灯坏了');
    expect(withHeard('一二三', '四五六', 5)).toBe('一二三四五');
  });
});
