import type { NamespaceRoutes } from '../../../platform/routes';
import * as attendance from './attendance';
import { addWalkIn, cancelSession } from './changes';
import { close } from './close';
import * as sessions from './sessions';

/** `sessions.*`, run by the `lessons` function: 院坝小讲堂, the offline sessions a branch holds. */
export const sessionsRoutes: NamespaceRoutes<'lessons', 'sessions'> = {
  'sessions.schedule': sessions.schedule,
  'sessions.list': sessions.list,
  'sessions.manage': sessions.manage,
  'sessions.get': sessions.get,
  'sessions.signUp': sessions.signUp,
  'sessions.cancel': sessions.cancel,
  'sessions.openAttendance': attendance.openAttendance,
  'sessions.reopenSignup': attendance.reopenSignup,
  'sessions.checkIn': attendance.checkIn,
  'sessions.roster': attendance.roster,
  'sessions.mark': attendance.mark,
  'sessions.close': close,
  'sessions.cancelSession': cancelSession,
  'sessions.addWalkIn': addWalkIn,
};
