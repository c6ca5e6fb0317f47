/** What the banner above the button is about: the form's own field check, or a server's answer. */
export type Notice = { kind: 'fields' } | { kind: 'answer'; text: string };

/**
 * The banner's words. After the form's own check, the count follows the fields live as they are fixed,
 * and says so when all are fixed, so the reader is never told "还有 10 处" about a form that is fine now.
 */
export const noticeWords = (notice: Notice | undefined, fieldErrors: number): { tone: 'error' | 'ok'; lead?: string; text: string } | undefined => {
  if (!notice) return undefined;
  if (notice.kind === 'answer') return { tone: 'error', text: notice.text };
  if (fieldErrors === 0) return { tone: 'ok', text: '都改好了，请再点一次下面的按钮提交。' };
  return { tone: 'error', lead: '还不能提交', text: `还有 ${fieldErrors} 处需要修改，请看上面的红色提示。` };
};
