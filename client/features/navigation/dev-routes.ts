/**
 * H5 only: the local gateway's demo sign-in page. Kept apart from routes.ts so that only H5-only modules
 * import it and the weapp bundle carries no trace of the dev page.
 */
export const DEV_LOGIN_ROUTE = '/pages/dev/login/index';
