import { StudyStatsPage } from '../../features/study/sessions-stats-view';

/** 学习人次 of the whole county (staff). */
export default function StaffStatsPage() {
  return <StudyStatsPage title='全县学习人次' scope='全县离退休干部的学习' />;
}
