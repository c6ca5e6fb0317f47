/**
 * Keyboard access to scrolling pages. Only the H5 build needs it (page-focus.h5.ts): a mini-program has
 * no keyboard focus to give.
 */
export function makePagesFocusable(): void {
  // nothing to do in the mini-program
}
