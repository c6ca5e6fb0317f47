/**
 * The narrowest window that gets the desk layouts. Its own file because use-desk.h5.ts cannot import it from
 * './use-desk': in the H5 build that path resolves to use-desk.h5.ts itself, and the value would be undefined.
 */
export const DESK_MIN_WIDTH = 1024;
