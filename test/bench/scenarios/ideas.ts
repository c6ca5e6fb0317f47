import { anIdea } from '../../component/ideas/helpers';
import { must, type Scenario } from './types';

const MEMBER = 'demo-member-1';
const STAFF = 'demo-staff-1';

const submitted = async (cloud: Parameters<NonNullable<Scenario['setup']>>[0], i: number) =>
  must<{ id: string }>(await cloud.call(MEMBER, 'ideas.submit', anIdea({ title: `建议增设第${i}处休息座椅` })), 'submit').id;

export const ideaScenarios: Scenario[] = [
  { label: 'ideas.submit', call: (i) => [MEMBER, 'ideas.submit', anIdea({ title: `建议在公园增加第${i}个饮水点` })] },
  { label: 'ideas.mine', call: () => [MEMBER, 'ideas.mine', {}] },
  { label: 'ideas.get', call: (_i, f) => [MEMBER, 'ideas.get', { ideaId: f.ideaId }] },
  { label: 'ideas.queue', call: () => [STAFF, 'ideas.queue', {}] },
  { label: 'ideas.accept', setup: async (cloud, i) => ({ freshIdea: await submitted(cloud, i) }), call: (_i, f) => [STAFF, 'ideas.accept', { ideaId: f.freshIdea }] },
  { label: 'ideas.board', call: () => [MEMBER, 'ideas.board', {}] },
];
