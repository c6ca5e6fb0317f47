import { escapeRegExp, type Database } from '../../platform/database';
import { typedReceipt } from '../../domain/ideas/receipt';

/**
 * 查找 in the staff queue, one box for what a caller on the phone gives: a receipt number finds that one
 * idea exactly (by the unique receipt index); anything else is looked for in the author's name, the
 * title, the content and the receipt number. The clause is added to the queue's own filter, which
 * always leads with an indexed field (state or createdAt), so a search pages like the queue and never
 * scans more than the queue's index range. Staff work county-wide, so no idea is outside their scope.
 */
export const searchClause = (db: Database, typed: string): Record<string, unknown> => {
  const receipt = typedReceipt(typed);
  if (receipt) return { receiptNo: receipt };
  const words = db.RegExp({ regexp: escapeRegExp(typed.normalize('NFKC')), options: 'i' });
  return db.command.or([{ authorName: words }, { title: words }, { content: words }, { receiptNo: words }]) as unknown as Record<string, unknown>;
};
