import { View, Text } from '@tarojs/components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BigButton, StatusText } from '../../ui';
import { speechChunks } from '@contract/lesson-body';
import { createSpeechPlayer } from './speech-player';
import './study.scss';

const SPEEDS = [
  { rate: 0.7, label: '慢' },
  { rate: 0.85, label: '正常' },
  { rate: 1.1, label: '快' },
];

type State = 'idle' | 'playing' | 'paused';

/** 朗读 for lessons without a recording: text-to-speech in chunks, with 暂停 / 继续 and three speeds. */
interface Props {
  text: string;
  /** Start the first reading at this chunk (the place kept from an earlier visit). */
  from?: number;
  /** Told each chunk as it starts, so the place can be kept. */
  onChunk?: (i: number) => void;
}

export function ReadAloudPlayer({ text, from = 0, onChunk }: Props) {
  const player = useMemo(() => createSpeechPlayer(), []);
  const chunks = useMemo(() => speechChunks(text), [text]);
  const [state, setState] = useState<State>('idle');
  const [rate, setRate] = useState(0.85);
  const [chunk, setChunk] = useState(0);
  const [note, setNote] = useState<string>();
  const live = useRef(true);
  const offset = useRef(from < chunks.length ? from : 0);

  useEffect(
    () => () => {
      live.current = false;
      player.stop();
    },
    [player],
  );

  const begin = (r: number) => {
    if (!player.available) {
      setNote(player.unavailableText);
      return;
    }
    setNote(undefined);
    setState('playing');
    const at = offset.current;
    let last = at;
    const heard = (i: number) => {
      last = i + at;
      if (!live.current) return;
      setChunk(i + at);
      onChunk?.(i + at);
    };
    const ended = () => {
      // weapp: a chunk that could not be read (no network) stops here, keeps the place and says so.
      if (player.failed?.()) {
        offset.current = last;
        if (live.current) setNote(player.unavailableText);
      } else offset.current = 0;
      if (live.current) setState('idle');
    };
    player.start(at ? chunks.slice(at) : chunks, r, heard, ended);
  };

  const changeSpeed = (r: number) => {
    setRate(r);
    if (state === 'playing') begin(r);
  };

  return (
    <View className='aloud' id='read-aloud'>
      {state === 'idle' && (
        <BigButton kind='secondary' onClick={() => begin(rate)}>
          {offset.current > 0 ? `接着朗读（从第${offset.current + 1}段）` : '朗读这一课'}
        </BigButton>
      )}
      {state === 'playing' && (
        <BigButton
          kind='secondary'
          onClick={() => {
            player.pause();
            setState('paused');
          }}
        >
          暂停朗读
        </BigButton>
      )}
      {state === 'paused' && (
        <BigButton
          kind='secondary'
          onClick={() => {
            player.resume();
            setState('playing');
          }}
        >
          继续朗读
        </BigButton>
      )}
      {state !== 'idle' && (
        <View className='aloud-row'>
          <Text className='aloud-progress'>
            正在读第 {Math.min(chunk + 1, chunks.length)} 段，共 {chunks.length} 段
          </Text>
          <BigButton
            kind='plain'
            inline
            onClick={() => {
              player.stop();
              offset.current = 0;
              setState('idle');
            }}
          >
            停止
          </BigButton>
        </View>
      )}
      {player.available && (
        <View className='aloud-speeds' role='radiogroup' aria-label='朗读速度'>
          <Text className='aloud-speeds-label'>速度：</Text>
          {SPEEDS.map((s) => (
            <View
              key={s.rate}
              className={`aloud-speed ${rate === s.rate ? 'aloud-speed--on' : ''}`}
              role='radio'
              aria-checked={rate === s.rate ? 'true' : 'false'}
              onClick={() => changeSpeed(s.rate)}
            >
              <Text>
                {rate === s.rate ? '● ' : '○ '}
                {s.label}
              </Text>
            </View>
          ))}
        </View>
      )}
      {note && <StatusText tone='info'>{note}</StatusText>}
    </View>
  );
}
