import { randomUUID } from 'node:crypto';
import { validProfile } from '../../support/profiles';
import type { Scenario } from './types';

export const memberScenarios: Scenario[] = [
  { label: 'members.me', call: () => ['demo-member-1', 'members.me', {}] },
  { label: 'members.register', call: (i, f) => [`bench-new-${i}-${randomUUID().slice(0, 6)}`, 'members.register', validProfile(f.branchId)] },
  { label: 'members.updateProfile', call: (i) => ['demo-member-2', 'members.updateProfile', { phone: `1390745${String(i % 10000).padStart(4, '0')}` }] },
  { label: 'members.list', call: () => ['demo-admin', 'members.list', { page: 1, pageSize: 20 }] },
  { label: 'members.list (keyword)', call: () => ['demo-admin', 'members.list', { keyword: '桂兰' }] },
  { label: 'members.list (page 5)', call: () => ['demo-admin', 'members.list', { page: 5, pageSize: 20 }] },
  { label: 'members.grant/revokeRole', call: (i, f) => ['demo-admin', i % 2 === 0 ? 'members.grantRole' : 'members.revokeRole', { memberId: f.memberId, role: 'staff' }] },
  { label: 'branches.list', call: () => ['demo-member-1', 'branches.list', {}] },
  { label: 'branches.create', call: (i) => ['demo-admin', 'branches.create', { name: `基准支部${randomUUID().slice(0, 8)}${i}` }] },
  { label: 'branches.rename (biggest branch)', call: (i, f) => ['demo-admin', 'branches.rename', { branchId: f.branchId, name: `基准改名${i}` }] },
];
