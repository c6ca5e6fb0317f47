import type { Routes } from '../../platform/routes';
import { assignDelivery, branchProgress, deliveries, recordVisit } from './branch';
import { get, list, manage } from './read';
import { requestDelivery } from './request-delivery';
import { save } from './save';
import { finish, myStudy, open } from './study';
import { approve, publish, returnToAuthor, toDraft, withdraw } from './transitions';
import * as sessions from './sessions';
import * as attendance from './sessions-attendance';
import { close as closeSession } from './sessions-close';
import { addWalkIn, cancelSession } from './sessions-changes';
import { stats } from './stats';

/** The `lessons` function: lessons, study records, 送学上门. */
export const lessonsRoutes: Routes<'lessons'> = {
  'lessons.save': save,
  'lessons.publish': publish,
  'lessons.withdraw': withdraw,
  'lessons.toDraft': toDraft,
  'lessons.approve': approve,
  'lessons.return': returnToAuthor,
  'lessons.manage': manage,
  'lessons.list': list,
  'lessons.get': get,
  'lessons.open': open,
  'lessons.finish': finish,
  'lessons.myStudy': myStudy,
  'lessons.requestDelivery': requestDelivery,
  'lessons.branchProgress': branchProgress,
  'lessons.assignDelivery': assignDelivery,
  'lessons.deliveries': deliveries,
  'lessons.recordVisit': recordVisit,
  'lessons.stats': stats,
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
  'sessions.close': closeSession,
  'sessions.cancelSession': cancelSession,
  'sessions.addWalkIn': addWalkIn,
};
