import { COLLECTIONS } from '../../contract/collections';
import {
  IDEA_STATE_LABELS,
  OPEN_STATES,
  type IdeaCategory,
  type IdeaOutcome,
  type IdeaQueueRow,
  type IdeaRating,
  type IdeaStaffView,
  type IdeaState,
  type IdeaView,
} from '../../contract/ideas-model';
import type { Verdict } from '../../platform/content-safety';
import { bureauPhone } from '../../platform/bureau';
import type { Files } from '../../platform/files';
import { ageInDays, isOverdue } from '../../domain/ideas/deadlines';
import { statusText } from '../../domain/ideas/words';
import { iso } from '../../platform/database';

export const IDEAS = COLLECTIONS.ideas;

export interface StoredStep {
  at: Date;
  state: IdeaState;
  text: string;
}

/** An idea as stored. The author's openid is kept for notifications and never leaves the server. */
export interface IdeaDoc {
  _id: string;
  receiptNo: string;
  /** author + requestId: a second insert of the same intent hits the unique index. */
  submitKey: string;
  authorId: string;
  authorOpenid: string;
  authorName: string;
  authorBranchId: string;
  authorBranchName: string;
  authorPhone?: string;
  /** 代录: the secretary who typed it in for the author. */
  proxy: { id: string; name: string } | null;
  /** 家人代提: the family helper who sent it for the author ("女儿 王芳"); absent when the author did. */
  familyBy?: string;
  category: IdeaCategory;
  title: string;
  content: string;
  place?: string;
  photos: string[];
  /** 语音金点子: the author's recording (storage file id under idea-voice/) and its seconds. */
  voice?: { fileId: string; seconds: number };
  state: IdeaState;
  /** Content safety could not clear it, or only a recording carries it: only staff see it until they accept it. */
  held: boolean;
  safety: Verdict;
  createdAt: Date;
  updatedAt: Date;
  /** When the current stage's answer is due (end of a Beijing working day); null when nothing is owed. */
  dueAt: Date | null;
  dueDay: string | null;
  /** 督办: set by the jobs function once dueAt has passed in an open state. */
  overdue: boolean;
  supervisedAt: Date | null;
  department: string | null;
  acceptedAt: Date | null;
  resolvedAt: Date | null;
  notAcceptReason: string | null;
  outcome: IdeaOutcome | null;
  answer: string | null;
  draft: { outcome: IdeaOutcome; answer: string; savedAt: Date; byName: string } | null;
  rating: IdeaRating | null;
  ratingComment: string | null;
  /** The rating said aloud (idea-voice/), heard by staff; null when the latest rating has none. */
  ratingVoice?: { fileId: string; seconds: number } | null;
  ratedAt: Date | null;
  round: number;
  timeline: StoredStep[];
  staffNotes: Array<{ at: Date; byName: string; text: string }>;
  supportCount: number;
  published: boolean;
  publishedAt: Date | null;
  board: { suggestion: string; done: string; beforePhotos: string[]; afterPhotos: string[] } | null;
  /** What this idea has added to the board's tallies so far, and whether a step has changed it since (tallies.ts). */
  counted?: Record<'received' | 'accepted' | 'resolved' | 'solved' | 'rated' | 'pleased', number>;
  unsettled?: boolean;
}

export const isOpen = (state: IdeaState): boolean => OPEN_STATES.includes(state);

/** The bureau's number goes with every view of an idea, so a member who rings can be helped. */
const withBureauPhone = (view: IdeaView): IdeaView => {
  const phone = bureauPhone();
  return phone ? { ...view, bureauPhone: phone } : view;
};

export const toIdeaView = (doc: IdeaDoc): IdeaView => withBureauPhone({
  id: doc._id,
  receiptNo: doc.receiptNo,
  category: doc.category,
  title: doc.title,
  content: doc.content,
  ...(doc.place ? { place: doc.place } : {}),
  photos: doc.photos ?? [],
  ...(doc.voice ? { voice: { seconds: doc.voice.seconds } } : {}),
  state: doc.state,
  stateLabel: IDEA_STATE_LABELS[doc.state],
  statusText:
    doc.state === 'submitted' && doc.held
      ? doc.voice ? '已提交，工作人员听过录音后受理' : '已提交，等待工作人员审核'
      : statusText(doc.state, { dueDay: doc.dueDay ?? undefined, department: doc.department ?? undefined, rating: doc.rating ?? undefined }),
  createdAt: iso(doc.createdAt),
  ...(doc.dueDay && isOpen(doc.state) ? { dueDate: doc.dueDay } : {}),
  ...(doc.department ? { department: doc.department } : {}),
  ...(doc.notAcceptReason ? { notAcceptReason: doc.notAcceptReason } : {}),
  ...(doc.outcome && doc.resolvedAt ? { outcome: doc.outcome } : {}),
  ...(doc.answer ? { answer: doc.answer } : {}),
  ...(doc.rating ? { rating: doc.rating } : {}),
  canWithdraw: doc.state === 'submitted',
  canRate: doc.state === 'resolved',
  byProxy: !!doc.proxy,
  ...(doc.familyBy ? { familyBy: doc.familyBy } : {}),
  timeline: (doc.timeline ?? []).map((s) => ({ at: iso(s.at), state: s.state, text: s.text })),
});

/**
 * 照片 and 录音: shown through temporary URLs, and only on the one-idea reads of the author (ideas.get) and staff
 * (ideas.detail). WeChat's image check (security.mediaCheckAsync) answers later by callback message and
 * the local emulator does not have it, so photos are NOT machine-checked: ideas are private between the
 * author and staff, staff look at every photo, and a photo reaches anyone else only when staff choose to
 * publish it on the board (boardItem before/after photos).
 */
export const withFileUrls = async <T extends IdeaView & { ratingVoice?: unknown }>(files: Files, doc: IdeaDoc, view: T): Promise<T> => {
  // The rating's recording goes only with a view that carries it (staff's).
  const rated = view.ratingVoice && doc.ratingVoice ? doc.ratingVoice : undefined;
  const ids = [...view.photos, ...(doc.voice ? [doc.voice.fileId] : []), ...(rated ? [rated.fileId] : [])];
  if (ids.length === 0) return view;
  const urls = await files.tempUrls(ids, 2 * 3600);
  const heard = (v: { fileId: string; seconds: number } | null | undefined) => (v && urls[v.fileId] ? { seconds: v.seconds, url: urls[v.fileId] } : undefined);
  const voice = heard(doc.voice);
  const ratingVoice = heard(rated);
  return {
    ...view,
    ...(view.photos.length ? { photoUrls: Object.fromEntries(view.photos.filter((p) => urls[p]).map((p) => [p, urls[p]])) } : {}),
    ...(voice ? { voice } : {}),
    ...(ratingVoice ? { ratingVoice } : {}),
  };
};

export const toStaffView = (doc: IdeaDoc, now: Date): IdeaStaffView => ({
  ...toIdeaView(doc),
  authorName: doc.authorName,
  authorBranchName: doc.authorBranchName,
  ...(doc.authorPhone ? { authorPhone: doc.authorPhone } : {}),
  ...(doc.proxy ? { proxyName: doc.proxy.name } : {}),
  held: doc.held,
  safety: doc.safety,
  overdue: isOpen(doc.state) && (doc.overdue || isOverdue(doc.dueAt, now)),
  ...(doc.dueAt ? { dueAt: iso(doc.dueAt) } : {}),
  round: doc.round,
  supportCount: doc.supportCount ?? 0,
  ...(doc.draft ? { draft: { ...doc.draft, savedAt: iso(doc.draft.savedAt) } } : {}),
  staffNotes: (doc.staffNotes ?? []).map((n) => ({ ...n, at: iso(n.at) })),
  published: doc.published,
  ...(doc.ratingComment ? { ratingComment: doc.ratingComment } : {}),
  ...(doc.ratingVoice ? { ratingVoice: { seconds: doc.ratingVoice.seconds } } : {}),
});

export const toQueueRow = (doc: IdeaDoc, now: Date): IdeaQueueRow => ({
  id: doc._id,
  receiptNo: doc.receiptNo,
  category: doc.category,
  title: doc.title,
  state: doc.state,
  stateLabel: IDEA_STATE_LABELS[doc.state],
  authorName: doc.authorName,
  authorBranchName: doc.authorBranchName,
  createdAt: iso(doc.createdAt),
  ageDays: ageInDays(new Date(doc.createdAt), now),
  ...(doc.dueDay && isOpen(doc.state) ? { dueDate: doc.dueDay } : {}),
  overdue: isOpen(doc.state) && (doc.overdue || isOverdue(doc.dueAt, now)),
  held: doc.held,
  ...(doc.department ? { department: doc.department } : {}),
});
