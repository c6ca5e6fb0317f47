import { View, Text, Image } from '@tarojs/components';
import type { LessonSummary } from '@contract/lesson-model';
import { categoryName, shortDate } from './labels';
import './study.scss';

/** One lesson in a list: what kind, how long, whether I have studied it; the whole card opens it. */
export function LessonCard({ lesson, studied, onOpen }: { lesson: LessonSummary; studied?: boolean; onOpen: () => void }) {
  return (
    <View className='lcard' hoverClass='lcard--pressed' role='link' onClick={onOpen}>
      {lesson.coverUrl && <Image className='lcard-cover' src={lesson.coverUrl} mode='aspectFill' />}
      <View className='lcard-tags'>
        <Text className={`lcard-cat lcard-cat--${lesson.category}`}>{categoryName(lesson.category)}</Text>
        {studied && <Text className='lcard-done'>✓ 已学</Text>}
      </View>
      <Text className='lcard-title'>{lesson.title}</Text>
      {lesson.series && (
        <Text className='lcard-series'>
          {lesson.series}
          {lesson.seriesOrder ? ` · 第${lesson.seriesOrder}课` : ''}
        </Text>
      )}
      <Text className='lcard-summary'>{lesson.summary}</Text>
      <Text className='lcard-meta'>
        约{lesson.estimatedMinutes}分钟{lesson.hasAudio ? ' · 有录音' : ''}{lesson.hasVideo ? ' · 有视频' : ''}
        {lesson.publishedAt ? ` · ${shortDate(lesson.publishedAt)}发布` : ''}
      </Text>
    </View>
  );
}
