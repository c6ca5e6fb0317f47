import type { CallWxOpenApi } from './wx-open-api';
import type { Logger } from './deps';

/**
 * Notifications (DESIGN §5): WeChat subscribe messages in the cloud; locally the emulator records them
 * in the outbox collection (/dev/outbox). A message that cannot be sent (the user has not subscribed,
 * a quota is used up) never fails the action that caused it: it is logged and the action goes on.
 */
export interface Notification {
  touser: string;
  templateId: string;
  /** The mini-program page the message opens, with its query. */
  page: string;
  /** Template fields; each value must fit its field type's rules (e.g. thing ≤ 20 characters). */
  data: Record<string, string>;
}

export interface Notifier {
  send(message: Notification): Promise<boolean>;
}

export const wxNotifier = (callWxOpenApi: CallWxOpenApi, log: Logger): Notifier => ({
  async send(message) {
    try {
      const { result } = await callWxOpenApi({
        apiName: 'subscribeMessage.send',
        requestData: {
          touser: message.touser,
          template_id: message.templateId,
          page: message.page,
          miniprogram_state: process.env.MINIPROGRAM_STATE ?? 'formal',
          lang: 'zh_CN',
          data: Object.fromEntries(Object.entries(message.data).map(([k, value]) => [k, { value }])),
        },
      });
      const errcode = (result as { errcode?: number } | undefined)?.errcode;
      if (errcode === 0) return true;
      log.error('subscribe message not sent', { templateId: message.templateId, errcode });
      return false;
    } catch (error) {
      log.error('subscribe message failed', { templateId: message.templateId, error: String(error) });
      return false;
    }
  },
});
