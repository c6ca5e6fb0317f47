/**
 * What to do when the back end does not know who the caller is. In WeChat this does not happen in
 * normal use (the platform injects the OPENID), so the page shows its error and a retry button.
 * H5 (on-unauthenticated.h5.ts) goes to the demo sign-in page instead.
 * Returns true when it navigated away.
 */
export function onUnauthenticated(): boolean {
  return false;
}
