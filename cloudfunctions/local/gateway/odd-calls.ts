import type { ServerResponse } from 'node:http';
import { FUNCTIONS } from '../../contract/define';
import { sendError } from './http-util';

/** What the gateway answers itself, with the one method each takes (anything else is refused with Allow). */
const ENDPOINTS: Record<string, string> = {
  ...Object.fromEntries(FUNCTIONS.map((fn) => [`/api/${fn}`, 'POST'])),
  '/storage/upload': 'POST',
  '/dev/users': 'GET',
  '/dev/login': 'POST',
  '/dev/logout': 'POST',
  '/dev/subscribe': 'POST',
  '/dev/timer': 'POST',
  '/dev/actions': 'GET',
  '/dev/outbox': 'GET',
};

/** Paths of the gateway's own, where a wrong method or a near miss must not fall through to the H5 files. */
export const isGatewayPath = (pathname: string): boolean => /^\/(api|dev|storage)(\/|$)/.test(pathname);

/**
 * A call the routes above did not take: a known endpoint with the wrong method (405 and Allow), an
 * unknown function (`/api/Members`, `/api/members/`, `/api/`) or an unknown gateway path (404). Always the
 * functions' envelope, so a script or the desk reads every refusal the same way.
 */
export const refuseOddCall = (res: ServerResponse, pathname: string): void => {
  const allow = ENDPOINTS[pathname];
  if (allow) return sendError(res, 'METHOD_NOT_ALLOWED', undefined, { allow });
  if (pathname.startsWith('/api')) return sendError(res, 'UNKNOWN_ACTION', '没有这个云函数');
  return sendError(res, 'PATH_NOT_FOUND');
};
