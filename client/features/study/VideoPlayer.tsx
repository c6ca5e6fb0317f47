import Taro from '@tarojs/taro';
import { View, Text, Video } from '@tarojs/components';
import { useState } from 'react';
import { BigButton, StatusText } from '../../ui';
import './video.scss';

const PLAYER_ID = 'lesson-video-player';

/**
 * The lesson's video, when the secretary added one. Never plays by itself; the cover is its poster; a
 * plain label and one big 播放视频 / 暂停视频 button besides the player's own small controls, and no
 * seeking by a stray swipe. Watching needs no separate rule: the page counts the seconds it is on
 * screen (full screen included — the page is not hidden), which is the reading time 学完了 reports.
 */
export function VideoPlayer({ url, poster }: { url: string; poster?: string }) {
  const [playing, setPlaying] = useState(false);
  const [failed, setFailed] = useState(false);

  const toggle = () => {
    try {
      const ctx = Taro.createVideoContext(PLAYER_ID);
      if (playing) ctx.pause();
      else ctx.play();
    } catch {
      setFailed(true);
    }
  };

  return (
    <View className='lesson-video' id='lesson-video'>
      <Text className='lesson-video-label'>这一课有视频</Text>
      <Video
        id={PLAYER_ID}
        className='lesson-video-player'
        src={url}
        poster={poster}
        controls
        autoplay={false}
        showCenterPlayBtn
        showFullscreenBtn
        enableProgressGesture={false}
        objectFit='contain'
        onPlay={() => {
          setPlaying(true);
          setFailed(false);
        }}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
        onError={() => {
          setPlaying(false);
          setFailed(true);
        }}
      />
      <BigButton kind='secondary' id='lesson-video-play' onClick={toggle}>
        {playing ? '暂停视频' : '播放视频'}
      </BigButton>
      {failed && <StatusText tone='warn'>视频暂时放不出来，请看看网络，过一会儿再点“播放视频”。</StatusText>}
    </View>
  );
}
