import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { BigButton } from '../../ui';

/** A recording (a 求助 or a 金点子 said aloud), played with one big button (播放 / 停止). */
export function VoicePlayer({ url, seconds, label = '播放语音留言' }: { url: string; seconds: number; label?: string }) {
  const ctx = useRef<Taro.InnerAudioContext | null>(null);
  const [playing, setPlaying] = useState(false);
  useEffect(() => {
    const audio = Taro.createInnerAudioContext();
    audio.src = url;
    audio.onEnded(() => setPlaying(false));
    audio.onError(() => setPlaying(false));
    ctx.current = audio;
    return () => audio.destroy();
  }, [url]);
  return (
    <BigButton kind='secondary' onClick={() => {
      if (playing) ctx.current?.stop();
      else ctx.current?.play();
      setPlaying(!playing);
    }}>
      {playing ? '停止播放' : `${label}（${seconds}秒）`}
    </BigButton>
  );
}
