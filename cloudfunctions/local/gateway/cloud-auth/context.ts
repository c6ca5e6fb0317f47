import { cloudContext } from '../invoke';
import type { WebUser } from './sessions';

/**
 * The context CloudBase hands a function called over HTTP by a signed-in web user: no WX_OPENID (there is
 * no WeChat in a desktop browser), the CloudBase user in TCB_UUID, the ticket's uid in TCB_CUSTOM_USER_ID,
 * TCB_ISANONYMOUS_USER — the names @cloudbase/node-sdk's auth().getUserInfo() / getEndUserInfo() read
 * through getCloudbaseContext (node_modules/@cloudbase/node-sdk/src/auth/index.ts), listed in
 * TCB_CONTEXT_KEYS as the SDK's getCloudbaseContext expects (src/utils/tcbcontext.ts).
 */
export const webContext = (fn: string, user: WebUser, sourceIp: string) => ({
  // The same invocation fields as a mini-program call; only the identity in `environment` differs.
  ...cloudContext(fn, null),
  environment: JSON.stringify({
    TCB_UUID: user.uuid,
    ...(user.customUserId ? { TCB_CUSTOM_USER_ID: user.customUserId } : {}),
    TCB_ISANONYMOUS_USER: String(user.anonymous),
    TCB_SOURCE_IP: sourceIp,
    TCB_CONTEXT_KEYS: 'TCB_UUID,TCB_CUSTOM_USER_ID,TCB_ISANONYMOUS_USER,TCB_SOURCE_IP',
  }),
});
