import { COLLECTIONS } from '../contract/collections';
import { TEMPLATES, type TemplateData, type TemplateKey } from '../contract/templates';
import type { Clock } from './clock';
import { checked, isDuplicateWrite, type Database } from './database';
import type { Logger } from './logger';
import { fitData, plainValue } from './template-fit';
import type { TemplateIds } from './template-ids';
import type { CallWxOpenApi } from './wx-open-api';

/**
 * News for a person. Every notice becomes an entry in their 消息 list (the reliable path), and, where
 * the person accepted that template at a tap, one WeChat subscribe message (the extra: one acceptance
 * buys one message; without one WeChat answers 43101). A notice never fails the action that caused it.
 *
 * Timer-triggered invocations do not send: WeChat only guarantees 云调用 for calls triggered from the
 * mini-program, so the push is kept `pending` and sent by the next user-triggered call (drainPending,
 * run by messages.unread, which every member's app calls on show).
 */
export type PushState = 'sent' | 'declined' | 'failed' | 'pending' | 'sending' | 'no-template';

export interface MessageDoc {
  _id?: string;
  openid: string;
  template: TemplateKey;
  title: string;
  body: string;
  page: string;
  createdAt: Date;
  readAt: Date | null;
  push: PushState;
  /** The fitted template fields, kept so a pending push can be sent later. */
  fields: Record<string, { value: string }>;
}

export interface Notice<K extends TemplateKey> {
  to: string;
  template: K;
  /** The mini-program page the entry and the message open, with its query. */
  page: string;
  data: TemplateData<K>;
  /**
   * Makes the notice once-only: the 消息 entry is stored under this id, so sending it again (a job run
   * again after a crash, two runs at once) keeps the one entry. For queued notices the push is sent from
   * that entry, so it too goes once.
   */
  key?: string;
}

/** What a notice achieved: `kept` — the 消息 entry is written; `pushed` — WeChat accepted the subscribe message. */
export interface NoticeOutcome {
  pushed: boolean;
  kept: boolean;
}

export interface Notifier {
  notify<K extends TemplateKey>(notice: Notice<K>): Promise<NoticeOutcome>;
  /** The same notifier for a timer invocation: entries now, pushes later. */
  queued(): Notifier;
  /** Sends up to `limit` pending pushes; only from a user-triggered invocation. */
  drainPending(limit: number): Promise<number>;
}

export interface NotifierPorts {
  db: Database;
  clock: Clock;
  callWxOpenApi: CallWxOpenApi;
  templateIds: TemplateIds;
  log: Logger;
}

const MESSAGES = COLLECTIONS.messages;

const push = async (ports: NotifierPorts, openid: string, templateId: string, page: string, fields: MessageDoc['fields']): Promise<PushState> => {
  try {
    const { result } = await ports.callWxOpenApi({
      apiName: 'subscribeMessage.send',
      requestData: {
        touser: openid,
        template_id: templateId,
        page,
        miniprogram_state: process.env.MINIPROGRAM_STATE ?? 'formal',
        lang: 'zh_CN',
        data: fields,
      },
    });
    const errcode = (result as { errcode?: number } | undefined)?.errcode;
    if (errcode === 0) return 'sent';
    // 43101: this person has no unused acceptance of this template — normal, the 消息 entry carries it.
    if (errcode === 43101) return 'declined';
    ports.log.error('subscribe message not sent', { templateId, errcode });
    return 'failed';
  } catch (error) {
    ports.log.error('subscribe message failed', { templateId, error: String(error) });
    return 'failed';
  }
};

export const makeNotifier = (ports: NotifierPorts, mode: 'now' | 'queue' = 'now'): Notifier => ({
  async notify(notice) {
    const def = TEMPLATES[notice.template];
    const data = notice.data as Record<string, string | number | Date>;
    const plain = Object.fromEntries(Object.entries(data).map(([k, v]) => [k, plainValue(k, v)]));
    const { title, body } = (def.inbox as (d: Record<string, string>) => { title: string; body: string })(plain);
    const fields = fitData(data);
    const templateId = ports.templateIds[notice.template];
    // A push from a user-triggered call is tried first, so the entry is written once, with its outcome.
    const pushed: PushState = !templateId ? 'no-template' : mode === 'queue' ? 'pending' : await push(ports, notice.to, templateId, notice.page, fields);
    const doc: MessageDoc = {
      openid: notice.to,
      template: notice.template,
      title,
      body,
      page: notice.page,
      createdAt: ports.clock.now(),
      readAt: null,
      push: pushed,
      fields,
    };
    let kept = true;
    try {
      checked(await ports.db.collection(MESSAGES).add(notice.key ? { ...doc, _id: notice.key } : doc));
    } catch (error) {
      // The keyed entry is already there: this notice was kept before.
      if (!(notice.key && isDuplicateWrite(error))) {
        kept = false;
        ports.log.error('notice not kept', { template: notice.template, error: String(error) });
      }
    }
    return { pushed: pushed === 'sent', kept };
  },
  queued: () => makeNotifier(ports, 'queue'),
  async drainPending(limit) {
    if (mode === 'queue') return 0;
    const { data } = await ports.db.collection(MESSAGES).where({ push: 'pending' }).orderBy('createdAt', 'asc').limit(limit).get();
    let sent = 0;
    for (const entry of data as Array<MessageDoc & { _id: string }>) {
      const templateId = ports.templateIds[entry.template];
      // Claim it first, so two callers draining at once never send the same message twice.
      const claim = checked(await ports.db.collection(MESSAGES).where({ _id: entry._id, push: 'pending' }).update({ push: templateId ? 'sending' : 'no-template' })) as { updated?: number };
      if (!templateId || claim.updated !== 1) continue;
      const state = await push(ports, entry.openid, templateId, entry.page, entry.fields);
      await ports.db.collection(MESSAGES).doc(entry._id).update({ push: state });
      if (state === 'sent') sent += 1;
    }
    return sent;
  },
});
