import type { PagedState } from '../../api/use-paged';
import { LoadFailed, StatusText } from '../../ui';
import { DeskTable, type DeskTableProps } from './DeskTable';

/** A list read a page at a time (usePaged), as a desk page holds it. */
export interface PagedRead<Row> {
  state: PagedState<Row>;
  reload: () => Promise<void>;
  loadMore: () => Promise<void>;
}

type Props<Row> = Omit<DeskTableProps<Row>, 'rows' | 'caption'> & {
  list: PagedRead<Row>;
  /** The rows shown, when the page filters what was read; else every row read. */
  rows?: readonly Row[];
  /** Above the table; `count` is how many rows are shown, with a + while more can be read. */
  caption: (count: string) => string;
  moreLabel?: string;
};

/**
 * A desk page's table over a paged list: 正在读取 while the first page comes, the error with 再试一次 if it
 * does not, the table (DeskTable: sort, keyboard, ticks), and a button to read the next page. Used only from
 * the desk's `.h5.tsx` views, so the mini-program never carries it.
 */
export function PagedDeskTable<Row>({ list, rows, caption, moreLabel = '再读一页', ...table }: Props<Row>) {
  const { state } = list;
  if (state.status === 'loading') return <StatusText tone='info'>正在读取…</StatusText>;
  if (state.status === 'error') return <LoadFailed error={state.error} onRetry={() => void list.reload()} />;
  const shown = rows ?? state.items;
  return (
    <>
      <DeskTable {...table} rows={shown} caption={caption(`${shown.length}${state.hasMore ? '+' : ''}`)} />
      {state.hasMore && (
        <button type='button' className='desk-button desk-more' disabled={state.loadingMore} onClick={() => void list.loadMore()}>
          {state.loadingMore ? '正在读取…' : moreLabel}
        </button>
      )}
    </>
  );
}
