import { lessonInput } from '../../component/lessons/helpers';
import { must, type Scenario } from './types';

const SECRETARY = 'demo-secretary-bureau';
const MEMBER = 'demo-member-1';

export const lessonScenarios: Scenario[] = [
  { label: 'lessons.save', call: (i) => [SECRETARY, 'lessons.save', { lesson: lessonInput({ title: `基准课程${i}` }) }] },
  {
    label: 'lessons.publish',
    setup: async (cloud, i) => ({ draftId: must<{ id: string }>(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title: `待发布${i}` }) }), 'save').id }),
    call: (_i, f) => [SECRETARY, 'lessons.publish', { lessonId: f.draftId }],
  },
  { label: 'lessons.list', call: () => [MEMBER, 'lessons.list', { page: 1 }] },
  { label: 'lessons.get', call: (_i, f) => [MEMBER, 'lessons.get', { lessonId: f.lessonId }] },
  { label: 'lessons.open', call: (_i, f) => [MEMBER, 'lessons.open', { lessonId: f.lessonId }] },
  {
    label: 'lessons.finish',
    setup: async (cloud, i) => {
      const saved = must<{ id: string }>(await cloud.call(SECRETARY, 'lessons.save', { lesson: lessonInput({ title: `学完了${i}` }) }), 'save');
      must(await cloud.call(SECRETARY, 'lessons.publish', { lessonId: saved.id }), 'publish');
      must(await cloud.call(MEMBER, 'lessons.open', { lessonId: saved.id }), 'open');
      cloud.clock.advance(10 * 60_000); // time really spent reading
      return { finishId: saved.id };
    },
    call: (_i, f) => [MEMBER, 'lessons.finish', { lessonId: f.finishId, readSeconds: 600 }],
  },
  { label: 'lessons.myStudy', call: () => [MEMBER, 'lessons.myStudy', {}] },
  { label: 'lessons.branchProgress', call: (_i, f) => [SECRETARY, 'lessons.branchProgress', { lessonId: f.lessonId }] },
];
