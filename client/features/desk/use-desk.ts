/**
 * Whether this page is open at a signed-in desk wide enough for the desk layouts (电脑上办公). Only the H5
 * build has a desk (use-desk.h5.ts); in the mini-program every page keeps its phone layout.
 */
export interface DeskView {
  /** A signed-in desk, whatever the window's width. */
  desk: boolean;
  /** A signed-in desk at least DESK_MIN_WIDTH wide: list and detail side by side, tables, bulk actions. */
  wide: boolean;
}

export { DESK_MIN_WIDTH } from './desk-width';

export const useDesk = (): DeskView => ({ desk: false, wide: false });
