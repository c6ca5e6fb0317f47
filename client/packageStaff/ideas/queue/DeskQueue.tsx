/**
 * The desk's queue (电脑上办公): table, bulk moves and the handling pane side by side. Only the H5 build has
 * a desk (DeskQueue.h5.tsx); this suffix-less file is what the mini-program build and the type checker see,
 * so no phone package carries the desk's code.
 */
export function DeskQueue() {
  return null;
}
