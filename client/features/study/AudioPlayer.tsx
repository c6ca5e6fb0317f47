import Taro from '@tarojs/taro';
import { View, Text } from '@tarojs/components';
import { useEffect, useRef, useState } from 'react';
import { BigButton } from '../../ui';

/**
 * The secretary's recording, when there is one. It also counts the seconds really listened (forward
 * progress while playing), which 学完了 reports; the server caps it by the time it saw.
 */
export function AudioPlayer({ url, seconds, onListened }: { url: string; seconds?: number; onListened: (s: number) => void }) {
  const ctx = useRef<Taro.InnerAudioContext | null>(null);
  const [playing, setPlaying] = useState(false);
  const listened = useRef(0);
  const last = useRef(0);

  useEffect(() => {
    const audio = Taro.createInnerAudioContext();
    audio.src = url;
    audio.onTimeUpdate(() => {
      const t = audio.currentTime;
      const step = t - last.current;
      if (step > 0 && step < 3) {
        listened.current += step;
        onListened(Math.floor(listened.current));
      }
      last.current = t;
    });
    audio.onEnded(() => setPlaying(false));
    audio.onError(() => setPlaying(false));
    ctx.current = audio;
    return () => audio.destroy();
  }, [url, onListened]);

  return (
    <View className='aloud'>
      <BigButton
        kind='secondary'
        onClick={() => {
          if (playing) ctx.current?.pause();
          else ctx.current?.play();
          setPlaying(!playing);
        }}
      >
        {playing ? '暂停朗读' : '朗读（播放书记的录音）'}
      </BigButton>
      {seconds ? <Text className='aloud-progress'>录音约 {Math.ceil(seconds / 60)} 分钟</Text> : null}
    </View>
  );
}
