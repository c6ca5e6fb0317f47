import { View, Text } from '@tarojs/components';
import { parseBodyText } from '@contract/lesson-body';
import { durationWords, estimateMinutes, lessonChars, requiredReadSeconds, type LessonContent } from '@contract/reading-time';
import { BigButton, FormField, TextBox } from '../../../ui';

/** What the estimate is made of, as the writer has it in the form. */
export interface MinutesSource {
  title: string;
  summary: string;
  body: string;
  images: number;
  audioSeconds?: number | null;
}

export const contentOf = (s: MinutesSource): LessonContent => ({
  title: s.title,
  summary: s.summary,
  body: [...parseBodyText(s.body), ...Array.from({ length: s.images }, () => ({ type: 'image' as const }))],
  ...(s.audioSeconds ? { audioSeconds: s.audioSeconds } : {}),
});

/** The minutes the lesson will say ("约N分钟"): the writer's own number, or the estimate. */
export const chosenMinutes = (s: MinutesSource, typed: string, byHand: boolean): number =>
  byHand ? Number(typed) : estimateMinutes(contentOf(s));

interface Props {
  source: MinutesSource;
  value: string;
  byHand: boolean;
  onChange: (value: string, byHand: boolean) => void;
  error?: string;
}

/**
 * "大约要学几分钟", worked out from what is written (the same estimate the server's study-time rule
 * uses): the field follows the text until the writer changes the number, and says plainly how long a
 * reader must read before 学完了 counts.
 */
export function MinutesField({ source, value, byHand, onChange, error }: Props) {
  const content = contentOf(source);
  const estimate = estimateMinutes(content);
  const shown = byHand ? value : String(estimate);
  const stated = Number(shown);
  const need = requiredReadSeconds({ ...content, ...(Number.isInteger(stated) && stated >= 1 ? { estimatedMinutes: stated } : {}) });
  const parts = [`约${lessonChars(content)}字`, source.images ? `${source.images}张图` : '', source.audioSeconds ? `录音${Math.ceil(source.audioSeconds / 60)}分钟` : '']
    .filter(Boolean)
    .join('、');
  return (
    <FormField label='大约要学几分钟' hint={`按这一课的内容（${parts}）算，老同志大约要学${estimate}分钟。可以改，例如加上看视频的时间。`} error={error}>
      <TextBox label='大约要学几分钟' type='number' value={shown} onChange={(v) => onChange(v, true)} maxlength={3} />
      <View id='lesson-minutes-note' className='minutes-note'>
        <Text>{`老同志认真读满大约${durationWords(need)}，点“学完了”就能记上。`}</Text>
      </View>
      {byHand && stated !== estimate && (
        <BigButton kind='plain' inline id='lesson-minutes-reset' onClick={() => onChange(String(estimate), false)}>
          {`改回按内容算的${estimate}分钟`}
        </BigButton>
      )}
    </FormField>
  );
}
