/**
 * The desk's pages (电脑上办公), H5 only: they are not in PAGES, so the mini-program never names them, and
 * app.config.ts lists them for the H5 build alone. `/desk` is the address people type; the local gateway
 * sends it on to the sign-in page (the H5 router runs in hash mode).
 */
export const DESK_PATH = '/desk';
export const DESK_ROUTE = 'packageDesk/signin/index';
export const DESK_HOME_ROUTE = 'packageDesk/home/index';
export const DESK_PAGES = [DESK_ROUTE, DESK_HOME_ROUTE] as const;
