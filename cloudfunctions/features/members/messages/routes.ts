import type { NamespaceRoutes } from '../../../platform/routes';
import { listMessages, markMessagesRead, unreadMessages } from './messages';

/** `messages.*`, run by the `members` function: each person's 消息 list (and the pending pushes it sends). */
export const messagesRoutes: NamespaceRoutes<'members', 'messages'> = {
  'messages.list': listMessages,
  'messages.unread': unreadMessages,
  'messages.markRead': markMessagesRead,
};
