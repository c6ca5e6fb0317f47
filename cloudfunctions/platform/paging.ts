import type { Paged } from '../contract/text';

/**
 * Every list is read a page at a time. One row more than the page is fetched so the
 * answer can say whether another page exists without a count query: one read per page.
 */
export interface PageInput {
  page: number;
  pageSize: number;
}

export const pageWindow = ({ page, pageSize }: PageInput) => ({ skip: (page - 1) * pageSize, limit: pageSize + 1 });

export const toPage = <Row, Item>(rows: Row[], { page, pageSize }: PageInput, map: (row: Row) => Item): Paged<Item> => ({
  items: rows.slice(0, pageSize).map(map),
  page,
  pageSize,
  hasMore: rows.length > pageSize,
});
