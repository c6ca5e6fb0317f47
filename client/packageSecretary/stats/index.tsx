import { StudyStatsPage } from '../../features/study/sessions-stats-view';

/** 学习人次 of the secretary's own branch. */
export default function SecretaryStatsPage() {
  return <StudyStatsPage title='本支部学习人次' scope='本支部老同志的学习' />;
}
