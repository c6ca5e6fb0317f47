import { COLLECTIONS } from '../../cloudfunctions/contract/collections';
import type { MessageDoc } from '../../cloudfunctions/platform/notifier';
import type { TestCloud } from './test-cloud';

/**
 * What a person was told, newest first: their 消息 entries (kept whether or not WeChat let a subscribe
 * message through), in the shape of a subscribe message so tests read `templateId` (the template key)
 * and `data.<keyword>.value` (the fitted field) either way.
 */
export const noticesTo = async (cloud: TestCloud, openid: string, limit = 50) => {
  const { data } = await cloud.db.collection(COLLECTIONS.messages).where({ openid }).orderBy('createdAt', 'desc').limit(limit).get();
  return (data as Array<MessageDoc & { _id: string }>).map((m) => ({
    touser: m.openid,
    templateId: m.template,
    page: m.page,
    data: m.fields,
    title: m.title,
    body: m.body,
    push: m.push,
    createdAt: m.createdAt,
  }));
};
