import type { Routes } from '../../platform/routes';
import { assignDelivery, branchProgress, deliveries, recordVisit } from './branch';
import { get, list, manage } from './read';
import { requestDelivery } from './request-delivery';
import { save } from './save';
import { finish, myStudy, open } from './study';
import { approve, publish, returnToAuthor, toDraft, withdraw } from './transitions';
import { stats } from './stats';
import { sessionsRoutes } from './sessions/routes';

/** The `lessons` function: lessons, study records, 送学上门; and `sessions.*` (院坝小讲堂, in sessions/). */
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
  ...sessionsRoutes,
};
