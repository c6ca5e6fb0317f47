import { z } from './zod';
import { IDEA_CATEGORIES, IDEA_OUTCOMES, IDEA_RATINGS, IDEA_STATES } from './ideas-words';

export * from './ideas-words';

/** The shapes of 金点子 on the wire; the words and codes are in ideas-words.ts (zod-free, for the client). */

const iso = z.string();

export const timelineStep = z.object({
  at: iso,
  state: z.enum(IDEA_STATES),
  /** Plain words for the author, e.g. "您的金点子已受理，12月4日前交承办部门办理" (dates from the idea's own deadline). */
  text: z.string(),
});
export type TimelineStep = z.infer<typeof timelineStep>;

/** What the author sees of their own idea: never staff notes, drafts or the content-safety verdict. */
export const ideaView = z.object({
  id: z.string(),
  receiptNo: z.string(),
  category: z.enum(IDEA_CATEGORIES),
  title: z.string(),
  content: z.string(),
  place: z.string().optional(),
  photos: z.array(z.string()),
  /** 照片: temporary URLs by fileID, given on the one-idea reads (ideas.get, ideas.detail) only. */
  photoUrls: z.record(z.string(), z.string()).optional(),
  /**
   * 语音金点子: the recording the author left, its length always; a temporary URL to play it on the one-idea
   * reads (ideas.get for the author, ideas.detail for staff). Never on the board.
   */
  voice: z.object({ seconds: z.number(), url: z.string().optional() }).optional(),
  state: z.enum(IDEA_STATES),
  stateLabel: z.string(),
  /** One line in plain words: where it stands and what comes next. */
  statusText: z.string(),
  createdAt: iso,
  dueDate: z.string().optional(),
  department: z.string().optional(),
  notAcceptReason: z.string().optional(),
  outcome: z.enum(IDEA_OUTCOMES).optional(),
  answer: z.string().optional(),
  rating: z.enum(IDEA_RATINGS).optional(),
  canWithdraw: z.boolean(),
  canRate: z.boolean(),
  byProxy: z.boolean(),
  /** 家人代提: sent by the author's family helper, named as "女儿 王芳". */
  familyBy: z.string().optional(),
  timeline: z.array(timelineStep),
  /** The bureau's number to ring about this idea (the functions' configuration); absent when none is set. */
  bureauPhone: z.string().optional(),
});
export type IdeaView = z.infer<typeof ideaView>;

export const staffNote = z.object({ at: iso, byName: z.string(), text: z.string() });

/**
 * What a staff move told the author, as the notifier reported it: `inbox` — the 消息 entry is written;
 * `wechat` — WeChat took the subscribe message. Staff are told exactly this, never more.
 */
export const toldAuthor = z.object({ inbox: z.boolean(), wechat: z.boolean() });
export type ToldAuthor = z.infer<typeof toldAuthor>;

/** What staff see: everything, including who wrote it and the private notes. */
export const ideaStaffView = ideaView.extend({
  authorName: z.string(),
  authorBranchName: z.string(),
  authorPhone: z.string().optional(),
  proxyName: z.string().optional(),
  held: z.boolean(),
  safety: z.enum(['pass', 'review', 'risky']),
  overdue: z.boolean(),
  dueAt: iso.optional(),
  round: z.number(),
  supportCount: z.number(),
  draft: z.object({ outcome: z.enum(IDEA_OUTCOMES), answer: z.string(), savedAt: iso, byName: z.string() }).optional(),
  staffNotes: z.array(staffNote),
  published: z.boolean(),
  /** What the author said with their rating: typed words, and a recording (with a URL on ideas.detail). */
  ratingComment: z.string().optional(),
  ratingVoice: z.object({ seconds: z.number(), url: z.string().optional() }).optional(),
  /** Only on the answer of a move that notifies the author (受理, 交办, 进展, 办结 ...). */
  told: toldAuthor.optional(),
});
export type IdeaStaffView = z.infer<typeof ideaStaffView>;

export const ideaQueueRow = z.object({
  id: z.string(),
  receiptNo: z.string(),
  category: z.enum(IDEA_CATEGORIES),
  title: z.string(),
  state: z.enum(IDEA_STATES),
  stateLabel: z.string(),
  authorName: z.string(),
  /** The author's branch, as kept on the idea (the desk's queue shows 提出人·支部). */
  authorBranchName: z.string(),
  createdAt: iso,
  ageDays: z.number(),
  dueDate: z.string().optional(),
  overdue: z.boolean(),
  held: z.boolean(),
  department: z.string().optional(),
});
export type IdeaQueueRow = z.infer<typeof ideaQueueRow>;

export const similarIdea = z.object({
  id: z.string(),
  category: z.enum(IDEA_CATEGORIES),
  title: z.string(),
  stateLabel: z.string(),
  supportCount: z.number(),
});
export type SimilarIdea = z.infer<typeof similarIdea>;

export const boardItem = z.object({
  id: z.string(),
  category: z.enum(IDEA_CATEGORIES),
  title: z.string(),
  suggestion: z.string(),
  done: z.string(),
  outcome: z.enum(IDEA_OUTCOMES),
  department: z.string(),
  beforePhotos: z.array(z.string()),
  afterPhotos: z.array(z.string()),
  /** 照片: temporary URLs by fileID for the photos above. */
  photoUrls: z.record(z.string(), z.string()).optional(),
  publishedAt: iso,
});
export type BoardItem = z.infer<typeof boardItem>;

export const countyFigures = z.object({
  year: z.number(),
  received: z.number(),
  accepted: z.number(),
  resolved: z.number(),
  solved: z.number(),
  /** Percentages 0–100, rounded; null when nothing to divide by yet. */
  adoptionRate: z.number().nullable(),
  satisfactionRate: z.number().nullable(),
});
export type CountyFigures = z.infer<typeof countyFigures>;
