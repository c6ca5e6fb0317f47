import type { Scenario } from './types';

/**
 * The read actions the feature scenarios do not cover yet, with the demo county's callers: list
 * actions over the whole county (staff) or one branch (its secretary), and one-document reads.
 * Superseded by test/support/action-examples.ts once that exists (see actions.ts).
 */
const MEMBER = 'demo-member-1';
const SECRETARY = 'demo-secretary-bureau';
const STAFF = 'demo-staff-1';

export const readScenarios: Scenario[] = [
  { label: 'members.myBranch', call: () => [SECRETARY, 'members.myBranch', {}] },
  { label: 'members.myBranch (keyword)', call: () => [SECRETARY, 'members.myBranch', { keyword: '桂兰' }] },
  { label: 'lessons.manage', call: () => [STAFF, 'lessons.manage', {}] },
  { label: 'lessons.manage (secretary)', call: () => [SECRETARY, 'lessons.manage', {}] },
  { label: 'lessons.deliveries', call: () => [SECRETARY, 'lessons.deliveries', {}] },
  { label: 'lessons.stats', call: () => [STAFF, 'lessons.stats', { from: '2026-01', to: '2026-11' }] },
  { label: 'lessons.stats (branch)', call: () => [SECRETARY, 'lessons.stats', { from: '2026-01', to: '2026-11' }] },
  { label: 'sessions.list', call: () => [MEMBER, 'sessions.list', {}] },
  { label: 'sessions.manage', call: () => [STAFF, 'sessions.manage', {}] },
  { label: 'volunteers.team', call: (_i, f) => [MEMBER, 'volunteers.team', { teamId: f.teamId }] },
  { label: 'volunteers.applications', call: (_i, f) => [STAFF, 'volunteers.applications', { teamId: f.teamId }] },
  { label: 'volunteers.mySkills', call: () => [MEMBER, 'volunteers.mySkills', {}] },
  { label: 'volunteers.searchTalent', call: () => [STAFF, 'volunteers.searchTalent', { skill: 'medical' }] },
  { label: 'volunteers.checkCode', call: (_i, f) => [STAFF, 'volunteers.checkCode', { activityId: f.activityId }] },
  { label: 'volunteers.serviceRecord', call: () => [MEMBER, 'volunteers.serviceRecord', {}] },
  { label: 'volunteers.figures', call: () => [STAFF, 'volunteers.figures', { from: '2026-01', to: '2026-11' }] },
  { label: 'ideas.similar', call: () => [MEMBER, 'ideas.similar', { category: 'infrastructure', title: '增设路灯' }] },
  { label: 'ideas.detail', call: (_i, f) => [STAFF, 'ideas.detail', { ideaId: f.ideaId }] },
  { label: 'ideas.queue (overdue)', call: () => [STAFF, 'ideas.queue', { overdue: true }] },
];
