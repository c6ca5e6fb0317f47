import { View, Text } from '@tarojs/components';
import { useEffect, useState, type MutableRefObject } from 'react';
import { durationWords } from '@contract/reading-time';
import './reading.scss';

interface Props {
  /** Seconds the page has counted the lesson on screen (what 学完了 sends). */
  readSeconds: MutableRefObject<number>;
  /** Seconds of the recording heard, when there is one. */
  listened: MutableRefObject<number>;
  /** From lessons.get: what the server's study-time rule wants (the same numbers it checks). */
  needRead: number;
  needListen?: number;
  /** Called once when the bar fills: an earlier "还需要再学…" is out of date from then on. */
  onEnough?: () => void;
}

/** How far along the reader is, 0…1: reading or listening, whichever is further. */
export const studyShare = (read: number, needRead: number, listened = 0, needListen?: number): number =>
  Math.min(1, Math.max(needRead > 0 ? read / needRead : 1, needListen ? listened / needListen : 0));

/**
 * A gentle bar above 学完了 that fills as the lesson is read (or its recording heard), with plain words:
 * "再读一会儿就记上了", then "读够了". So 学完了 is never a surprise; the server still checks its own clock.
 */
export function StudyProgress({ readSeconds, listened, needRead, needListen, onEnough }: Props) {
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, []);
  const share = studyShare(readSeconds.current, needRead, listened.current, needListen);
  const done = share >= 1;
  const percent = Math.round(share * 100);
  useEffect(() => {
    if (done) onEnough?.();
  }, [done]);
  const text = done
    ? '读够了，点下面的“学完了”，这一课就记上了。'
    : `再读一会儿就记上了：认真读满大约${durationWords(needRead)}${needListen ? '，或者听完大部分录音' : ''}。`;
  return (
    <View id='study-progress' className={`study-progress ${done ? 'study-progress--done' : ''}`}>
      <Text className='study-progress-text'>{text}</Text>
      <View className='study-progress-bar' role='progressbar' aria-label='学习进度' aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <View className='study-progress-fill' style={{ width: `${percent}%` }} />
      </View>
    </View>
  );
}
