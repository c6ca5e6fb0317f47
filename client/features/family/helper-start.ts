import { callApi } from '../../api/call-api';

/**
 * At launch, for a WeChat user who is not a registered member: do they already help an elder (a link the
 * elder agreed to), or wait for one to agree? Then 我帮办的老人 is where they came for (it says 等老人同意
 * for a link still asked), not the registration form. Any failure reads as "no": the registration form,
 * which also offers 我是家人, is the safe way on.
 */
export const helpsSomeone = async (): Promise<boolean> => {
  const res = await callApi('family.helping', {});
  return res.ok && res.data.items.some((l) => l.status === 'active' || l.status === 'pending');
};
