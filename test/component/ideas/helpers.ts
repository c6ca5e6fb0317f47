import { COLLECTIONS } from '../../../cloudfunctions/contract/collections';
import type { TestCloud } from '../../support/test-cloud';

export const MEMBER = 'demo-member-1';
export const OTHER_MEMBER = 'demo-member-2';
export const STAFF = 'demo-staff-1';
export const SECRETARY = 'demo-secretary-bureau';
export const ADMIN = 'demo-admin';

export const anIdea = (over: Record<string, unknown> = {}) => ({
  category: 'infrastructure',
  title: '建议在滨河路增设路灯',
  content: '滨河路从县医院到老干部活动中心一段晚上很黑，老同志散步看不清路，建议增设几盏路灯。',
  place: '滨河路县医院段',
  ...over,
});

export const auditsFor = async (cloud: TestCloud, targetId: string) =>
  (await cloud.db.collection(COLLECTIONS.auditLog).where({ targetId }).orderBy('at', 'desc').limit(50).get()).data as Array<Record<string, unknown>>;

export const outboxFor = async (cloud: TestCloud, openid: string) =>
  (await cloud.db.collection(COLLECTIONS.outbox).where({ touser: openid }).orderBy('createdAt', 'desc').limit(100).get()).data as Array<{
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
  }>;

export const ideaDoc = async (cloud: TestCloud, id: string) =>
  (await cloud.db.collection(COLLECTIONS.ideas).doc(id).get()).data[0] as Record<string, unknown>;

export const memberIdOf = async (cloud: TestCloud, openid: string) =>
  ((await cloud.db.collection(COLLECTIONS.members).where({ openid }).limit(1).get()).data[0] as { _id: string; branchId: string });
