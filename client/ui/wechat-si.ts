import Taro from '@tarojs/taro';

/**
 * weapp read-aloud over WeChat's 同声传译 plug-in (WechatSI, declared in app.config `plugins` for the
 * weapp build only): `textToSpeech` turns a short text into an mp3 (a temporary URL), played with an
 * InnerAudioContext. Where the plug-in cannot be loaded (not declared, not authorised for this AppID,
 * an old WeChat), `wechatSI()` answers null and callers show their plain-words message instead.
 * Used by the kit's ReadAloudButton (ui/speech.ts) and the lesson page's chunked player.
 */
declare const requirePlugin: undefined | ((name: string) => unknown);

interface TtsAnswer {
  retcode: number;
  filename: string;
  expired_time?: number;
}

export interface WechatSIPlugin {
  textToSpeech(options: {
    lang: 'zh_CN';
    tts: true;
    content: string;
    success: (res: TtsAnswer) => void;
    fail: (err: { retcode?: number; msg?: string }) => void;
  }): void;
}

let loaded: WechatSIPlugin | null | undefined;

/** The plug-in, or null where it is not there. Loaded once. */
export const wechatSI = (): WechatSIPlugin | null => {
  if (loaded !== undefined) return loaded;
  try {
    const plugin = typeof requirePlugin === 'function' ? (requirePlugin('WechatSI') as WechatSIPlugin | undefined) : undefined;
    loaded = plugin && typeof plugin.textToSpeech === 'function' ? plugin : null;
  } catch {
    loaded = null;
  }
  return loaded;
};

/** One chunk (the plug-in takes up to 1000 bytes; our chunks are ≤120 characters) → an mp3 URL, or null. */
const toSpeech = (plugin: WechatSIPlugin, content: string): Promise<string | null> =>
  new Promise((resolve) => {
    try {
      plugin.textToSpeech({
        lang: 'zh_CN',
        tts: true,
        content,
        success: (res) => resolve(res.retcode === 0 && res.filename ? res.filename : null),
        fail: () => resolve(null),
      });
    } catch {
      resolve(null);
    }
  });

/** The plug-in speaks at one speed; our 慢/正常/快 (0.7/0.85/1.1, the H5 rates) become playback rates around 1. */
const playbackRate = (rate: number) => Math.min(2, Math.max(0.5, Math.round((rate / 0.85) * 100) / 100));

export interface ChunkHandlers {
  onChunk: (index: number) => void;
  onEnd: () => void;
  /** Synthesis or playback failed (usually no network): the reader is told, the page stays readable. */
  onFail: () => void;
}

/**
 * Reads chunks one after another: while one plays, the next is already being synthesised, so the gaps
 * stay short. `generation` drops answers from an earlier start (a speed change, a stop).
 */
export const createChunkReader = (plugin: WechatSIPlugin) => {
  let audio: Taro.InnerAudioContext | null = null;
  let queue: string[] = [];
  let index = 0;
  let rate = 0.85;
  let generation = 0;
  let handlers: ChunkHandlers | null = null;
  const files = new Map<number, Promise<string | null>>();

  const fileFor = (i: number) => {
    if (!files.has(i)) files.set(i, toSpeech(plugin, queue[i]));
    return files.get(i) as Promise<string | null>;
  };

  const playCurrent = async () => {
    const gen = generation;
    if (!handlers || !audio) return;
    if (index >= queue.length) {
      handlers.onEnd();
      return;
    }
    handlers.onChunk(index);
    const file = await fileFor(index);
    if (index + 1 < queue.length) void fileFor(index + 1);
    if (gen !== generation || !audio) return;
    if (!file) {
      handlers.onFail();
      return;
    }
    audio.src = file;
    audio.playbackRate = playbackRate(rate);
    audio.play();
  };

  const ensureAudio = () => {
    if (audio) return audio;
    audio = Taro.createInnerAudioContext();
    // Elders' phones are often on silent: read aloud anyway, as a recording would be.
    audio.obeyMuteSwitch = false;
    audio.onEnded(() => {
      index += 1;
      void playCurrent();
    });
    audio.onError(() => handlers?.onFail());
    return audio;
  };

  return {
    start(chunks: string[], r: number, next: ChunkHandlers) {
      generation += 1;
      ensureAudio().stop();
      if (queue.join('') !== chunks.join('')) files.clear();
      // A new start at the same text (speed change) keeps the place; a new text starts at the top.
      if (r === rate || index >= chunks.length || queue.join('') !== chunks.join('')) index = 0;
      queue = chunks;
      rate = r;
      handlers = next;
      void playCurrent();
    },
    pause() {
      audio?.pause();
    },
    resume() {
      audio?.play();
    },
    stop() {
      generation += 1;
      index = 0;
      audio?.stop();
    },
  };
};
