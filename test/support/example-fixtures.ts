import type { TestCloud } from './test-cloud';

/** The demo county's people the examples act as (cloudfunctions/local/seed/demo-county.ts). */
export const MEMBER = 'demo-member-1'; // bureau branch, no team role
export const SECRETARY = 'demo-secretary-bureau';
export const STAFF = 'demo-staff-1';
export const ADMIN = 'demo-admin';
/** Leader of the seeded 城关科技下乡服务队 (the examples' activities belong to it). */
export const LEADER = 'demo-member-3';
export const LEADER_TEAM = '银铃耀酉水·城关科技下乡服务队';

const HOUR = 3_600_000;
let counter = 0;

/** A short token distinct across every call in this process, so names never collide between prepares. */
export const uniq = Object.assign((i: number) => `${i}n${(counter += 1)}`, { next: (i: number) => i * 1000 + (counter += 1) });

/** yyyy-mm-dd in Asia/Shanghai, the county's calendar. */
export const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * HOUR).toISOString().slice(0, 10);

/** A valid volunteers.postActivity input starting `startInH` hours after the cloud's clock. */
export const activityInput = (
  cloud: TestCloud,
  teamId: string,
  opts: { title?: string; capacity?: number; startInH?: number; deadlineBeforeH?: number; needsApproval?: boolean } = {},
) => {
  const start = cloud.clock.now().getTime() + (opts.startInH ?? 48) * HOUR;
  return {
    teamId,
    title: opts.title ?? '示例活动',
    description: '活动内容',
    field: 'tech' as const,
    startAt: new Date(start).toISOString(),
    endAt: new Date(start + 2 * HOUR).toISOString(),
    deadline: new Date(start - (opts.deadlineBeforeH ?? 1) * HOUR).toISOString(),
    place: '城关镇老年活动中心',
    capacity: opts.capacity ?? 10,
    needsApproval: opts.needsApproval ?? false,
  };
};

/** A valid sessions.schedule input, three days after the cloud's clock. */
export const sessionInput = (cloud: TestCloud, over: Record<string, unknown> = {}) => ({
  topic: '学习二十届三中全会精神',
  lessonIds: [],
  // Later the same day (China time): 开始签到 is allowed only from the session's own day.
  startAt: new Date(cloud.clock.now().getTime() + 3 * HOUR).toISOString(),
  place: '龙潭村村部院坝',
  capacity: 10,
  ...over,
});
