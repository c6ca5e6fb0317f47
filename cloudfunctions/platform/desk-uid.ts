/**
 * The custom-login uid a desk signs in with (CloudBase's TCB_CUSTOM_USER_ID in every call it makes): the
 * member's id and the member's desk epoch, so that 退出所有电脑 (which moves the epoch) ends every desk
 * signed in before it. CloudBase allows 4–32 characters of [a-zA-Z0-9_-#@~=*(){}[]:.,<>+]
 * (node-sdk createTicket); a document id is 32 hex characters, so it travels as 22 base64url characters.
 */
const HEX_ID = /^[0-9a-f]{32}$/;
const DESK_UID = /^d([hr])\.([A-Za-z0-9_-]+)\.([0-9a-z]{1,6})$/;

export interface DeskUid {
  memberId: string;
  epoch: number;
}

export const deskUid = ({ memberId, epoch }: DeskUid): string => {
  const id = HEX_ID.test(memberId) ? `h.${Buffer.from(memberId, 'hex').toString('base64url')}` : `r.${memberId}`;
  const uid = `d${id}.${epoch.toString(36)}`;
  if (uid.length > 32) throw new Error('member id too long for a custom-login uid');
  return uid;
};

export const parseDeskUid = (uid: string): DeskUid | null => {
  const match = DESK_UID.exec(uid);
  if (!match) return null;
  const memberId = match[1] === 'h' ? Buffer.from(match[2], 'base64url').toString('hex') : match[2];
  if (match[1] === 'h' && !HEX_ID.test(memberId)) return null;
  return { memberId, epoch: parseInt(match[3], 36) };
};
