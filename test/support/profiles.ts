import type { ProfileInput } from '../../cloudfunctions/contract/member-model';

/** A complete, valid 一人一策 form for `branchId`; tests override what they exercise. */
export const validProfile = (branchId: string, overrides: Partial<ProfileInput> = {}): ProfileInput => ({
  name: '覃德福',
  birthYear: 1950,
  formerUnit: '县水利局',
  branchId,
  phone: '13907451234',
  livingSituation: 'alone',
  mobility: 'limited',
  needsHomeDelivery: true,
  emergencyContact: { name: '覃小燕', phone: '13807455678', relation: '女儿' },
  address: '城关镇人民路12号3栋201',
  landmark: '农业银行对面',
  ...overrides,
});
