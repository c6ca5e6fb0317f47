import { previewImage } from '../../ui/image-preview';
import { View, Text, Image } from '@tarojs/components';
import { useEffect } from 'react';
import type { LessonDetail } from '@contract/lesson-model';
import { SUMMARY_BLOCK, sentencesOf, type SpokenPiece } from './speech-script';
import { keepInView } from './keep-in-view';
import './study.scss';
import './reading.scss';

/**
 * A text in its sentences, the one being read aloud marked (a tint and an underline) — the very
 * sentences 朗读 speaks (speech-script.ts), so the mark follows the voice.
 */
function Sentences({ text, block, now }: { text: string; block: number; now?: SpokenPiece }) {
  return (
    <>
      {sentencesOf(text).map((s, j) =>
        now && now.block === block && now.sentence === j ? (
          <Text key={j} id='aloud-now' className='aloud-now'>
            {s}
          </Text>
        ) : (
          <Text key={j}>{s}</Text>
        ),
      )}
    </>
  );
}

interface Props {
  lesson: LessonDetail;
  /** The piece 朗读 is reading, if any. */
  now?: SpokenPiece;
}

/** The summary and body of a lesson in large type; while 朗读 reads, the sentence is marked and kept on screen. */
export function LessonBody({ lesson, now }: Props) {
  useEffect(() => {
    if (now) keepInView('#aloud-now');
  }, [now]);
  return (
    <>
      <Text className='lesson-summary'>
        <Sentences text={lesson.summary} block={SUMMARY_BLOCK} now={now} />
      </Text>
      <View className='lesson-body'>
        {lesson.body.map((b, i) =>
          b.type === 'heading' ? (
            <View key={i} role='heading' aria-level='2'>
              <Text className='lesson-h'>
                <Sentences text={b.text} block={i} now={now} />
              </Text>
            </View>
          ) : b.type === 'paragraph' ? (
            <Text key={i} className='lesson-p'>
              <Sentences text={b.text} block={i} now={now} />
            </Text>
          ) : (
            <View key={i}>
              {b.url && <Image className='lesson-img' src={b.url} mode='widthFix' onClick={() => previewImage(b.url as string)} />}
              {b.caption && (
                <Text className='lesson-caption'>
                  <Sentences text={b.caption} block={i} now={now} />
                </Text>
              )}
            </View>
          ),
        )}
      </View>
    </>
  );
}
