import type { useDueVisits } from '../../features/care/use-care-desk';

export interface DueDeskProps {
  list: ReturnType<typeof useDueVisits>;
}

/**
 * The visits due (三慰问四必访) as a desk table (电脑上办公). Only the H5 build has a desk (DueDesk.h5.tsx);
 * this suffix-less file is what the mini-program build and the type checker see, so no phone package
 * carries it.
 */
export function DueDesk(_props: DueDeskProps) {
  return null;
}
