import type { ReactNode } from 'react';

/**
 * The desk's table (电脑上办公): sortable columns, a current row moved with the keyboard, rows ticked for a
 * bulk action. Only the H5 build has a desk (DeskTable.h5.tsx); this suffix-less file is what the
 * mini-program build and the type checker see, and it draws nothing, so no phone package carries a table.
 */
export interface DeskColumn<Row> {
  key: string;
  label: string;
  cell: (row: Row) => ReactNode;
  /** Present for a sortable column: what the rows are ordered by. */
  sortValue?: (row: Row) => string | number;
  /** A CSS width, e.g. '8em'; the others share what is left. */
  width?: string;
}

export interface DeskTableProps<Row> {
  id: string;
  /** Read aloud by screen readers and shown above the table. */
  caption: string;
  rows: readonly Row[];
  columns: readonly DeskColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The row open beside the table (its key), if any. */
  current?: string;
  /** Enter or a click on a row. */
  onOpen?: (row: Row) => void;
  /** With these two the table has a tick column (Space ticks the current row; the header ticks all). */
  ticked?: ReadonlySet<string>;
  onTick?: (next: Set<string>) => void;
  /** Ticking is offered only where the bulk action applies. */
  canTick?: (row: Row) => boolean;
  /** Shown instead of the rows when there are none. */
  empty?: string;
}

export function DeskTable<Row>(_props: DeskTableProps<Row>) {
  return null;
}
