import { View, Text } from '@tarojs/components';
import { useEffect, useMemo, useRef, useState } from 'react';
import { BigButton, StatusText } from '../../ui';
import { createSpeechPlayer } from './speech-player';
import { pieceWords, type SpeechScript } from './speech-script';
import './study.scss';
import './reading.scss';

const SPEEDS = [
  { rate: 0.7, label: '慢' },
  { rate: 0.85, label: '正常' },
  { rate: 1.1, label: '快' },
];

type State = 'idle' | 'playing' | 'paused';

interface Props {
  /** The lesson cut into spoken pieces, each tied to a block and sentence on the page. */
  script: SpeechScript;
  /** Start the first reading at this piece (the place kept from an earlier visit). */
  from?: number;
  /** Told each piece as it starts, so the place can be kept. */
  onChunk?: (i: number) => void;
  /** The piece being read (to mark it in the text and keep it on screen), or null when reading stops. */
  onSpeaking?: (i: number | null) => void;
}

/**
 * 朗读 for lessons without a recording: text-to-speech sentence by sentence, with 暂停 / 继续 and three
 * speeds. Where reading aloud is not possible here, it says so plainly, with what to do instead; an
 * engine error stops at that place and says so (never taken as "finished").
 */
export function ReadAloudPlayer({ script, from = 0, onChunk, onSpeaking }: Props) {
  const player = useMemo(() => createSpeechPlayer(), []);
  const { pieces, parts } = script;
  const [state, setState] = useState<State>('idle');
  const [rate, setRate] = useState(0.85);
  const [chunk, setChunk] = useState(0);
  const [note, setNote] = useState<string>();
  const [unavailable, setUnavailable] = useState<string | null | undefined>(() => player.known());
  const live = useRef(true);
  const offset = useRef(from < pieces.length ? from : 0);
  const current = useRef(offset.current);

  useEffect(() => {
    live.current = true;
    void player.check().then((why) => live.current && setUnavailable(why));
    return () => {
      live.current = false;
      player.stop();
    };
  }, [player]);

  const speaking = (i: number | null) => {
    if (live.current) onSpeaking?.(i);
  };

  const play = (r: number) => {
    setNote(undefined);
    setState('playing');
    const at = offset.current;
    player.start(pieces.slice(at).map((p) => p.text), r, {
      onChunk: (i) => {
        current.current = i + at;
        if (!live.current) return;
        setChunk(i + at);
        onChunk?.(i + at);
        speaking(i + at);
      },
      onEnd: () => {
        offset.current = 0;
        speaking(null);
        if (live.current) setState('idle');
      },
      onFail: () => {
        // Stops here and keeps the place: 接着朗读 goes on from this sentence.
        offset.current = current.current;
        speaking(null);
        if (!live.current) return;
        setNote(player.failText);
        setState('idle');
      },
    });
  };

  const begin = (r: number) => {
    const known = player.known();
    if (known === undefined) {
      // Still finding out (a browser loading its voices): a moment, then read or say why not.
      void player.check().then((why) => {
        if (!live.current) return;
        setUnavailable(why);
        if (!why) play(r);
      });
      return;
    }
    setUnavailable(known);
    if (!known) play(r);
  };

  // Speeds are offered when not reading (the bar stays small while it follows the text); picked while
  // paused, reading goes on at the new speed from the sentence it stopped at.
  const changeSpeed = (r: number) => {
    setRate(r);
    if (state === 'paused') {
      offset.current = current.current;
      begin(r);
    }
  };

  const stop = () => {
    player.stop();
    offset.current = 0;
    speaking(null);
    setState('idle');
  };

  if (unavailable) {
    return (
      <View className='aloud' id='read-aloud'>
        <StatusText tone='warn' lead='不能朗读' id='read-aloud-unavailable'>
          {unavailable}
        </StatusText>
      </View>
    );
  }

  const resumeAt = pieces[offset.current];
  return (
    <View className={`aloud ${state !== 'idle' ? 'aloud--on' : ''}`} id='read-aloud'>
      {state === 'idle' && (
        <BigButton kind='secondary' onClick={() => begin(rate)}>
          {offset.current > 0 && resumeAt ? `接着朗读（从${resumeAt.part ? `第${resumeAt.part}段` : '简介'}）` : '朗读这一课'}
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
          <Text className='aloud-progress' id='read-aloud-where'>
            {pieceWords(pieces[chunk], parts)}
          </Text>
          <BigButton kind='plain' inline onClick={stop}>
            停止
          </BigButton>
        </View>
      )}
      {state !== 'playing' && (
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
      {note && (
        <StatusText tone='warn' lead='朗读停了' id='read-aloud-note'>
          {note}
        </StatusText>
      )}
    </View>
  );
}
