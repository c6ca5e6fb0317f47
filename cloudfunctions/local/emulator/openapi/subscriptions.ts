import type { DbContext } from '../db/context';
import { withData } from '../db/context';
import { modifyDocs } from '../db/mutate';

/**
 * What WeChat keeps per user and template for one-time subscriptions: each 允许 in the
 * requestSubscribeMessage sheet is worth exactly one message; a send consumes one, and with none left
 * WeChat answers 43101 ("user refuse to accept the msg"). Stored in the emulator's own collection.
 */
export const SUBSCRIPTIONS = 'emulator_wx_subscriptions';

const idOf = (openid: string, templateId: string) => `${openid}|${templateId}`;

export const acceptTemplates = (db: DbContext, openid: string, templateIds: string[]): Promise<void> =>
  withData(db, {}, true, (ws) => {
    for (const templateId of templateIds) {
      modifyDocs(ws, SUBSCRIPTIONS, {
        filter: { _id: idOf(openid, templateId) },
        data: { $inc: { remaining: 1 }, $set: { openid, templateId } },
        multi: false,
        merge: true,
        upsert: true,
      });
    }
  });

/** Takes one acceptance if there is one; false means WeChat would answer 43101. */
export const consumeAcceptance = (db: DbContext, openid: string, templateId: string): Promise<boolean> =>
  withData(db, {}, true, (ws) =>
    modifyDocs(ws, SUBSCRIPTIONS, {
      filter: { _id: idOf(openid, templateId), remaining: { $gt: 0 } },
      data: { $inc: { remaining: -1 } },
      multi: false,
      merge: true,
      upsert: false,
    }).updated === 1,
  );
