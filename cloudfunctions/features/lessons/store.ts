import { COLLECTIONS } from '../../contract/collections';
import type { Audience, BodyBlock, LessonCategory, LessonDetail, LessonStatus, LessonSummary, StudyKind } from '../../contract/lesson-model';
import { AppError } from '../../platform/app-error';
import type { Caller } from '../../platform/caller';
import { iso, readDoc, type Database } from '../../platform/database';
import type { Files } from '../../platform/files';
import { imageIds } from '../../domain/lessons/body';
import { requiredListenSeconds, requiredReadSeconds } from '../../domain/lessons/study-time';
import { holds, SECRETARY, STAFF } from '../../contract/roles';

/** A lesson as stored. `audienceKey` is the branch id, or "county": one equality for the reader's list. */
export interface LessonDoc {
  _id: string;
  title: string;
  summary: string;
  category: LessonCategory;
  series?: string;
  seriesOrder?: number;
  body: BodyBlock[];
  coverFileId?: string;
  audioFileId?: string;
  audioSeconds?: number;
  videoFileId?: string;
  estimatedMinutes: number;
  audience: Audience;
  branchId?: string;
  branchName?: string;
  audienceKey: string;
  status: LessonStatus;
  /** Content-safety verdict of the last publish attempt that did not pass. */
  heldVerdict?: string;
  /** Staff's reason for sending a held lesson back to draft; cleared when it is published. */
  returnReason?: string;
  /** 'pending' from publish until the 送学上门 job has made tasks for members who need home delivery. */
  autoDelivery?: 'pending' | 'done';
  authorId: string;
  authorName: string;
  createdAt: Date;
  updatedAt: Date;
  publishedAt?: Date;
  withdrawnAt?: Date;
}

/**
 * One member's progress on one lesson, `_id` = `<memberId>_<lessonId>`: when the server saw it opened
 * (the study-time rule's clock) and whether it has been studied by any way (online, offline, delivery).
 * Branch views and list badges read this; 人次 are counted from study_records.
 */
export interface ProgressDoc {
  _id: string;
  memberId: string;
  lessonId: string;
  branchId: string;
  openedAt?: Date;
  estimatedMinutes: number;
  /** Seconds of reading 学完了 wants, fixed from the lesson's content when it was opened. */
  requiredReadSeconds?: number;
  audioSeconds?: number;
  studied: boolean;
  studiedAt?: Date;
  studiedKind?: StudyKind;
  /** The 送学上门 task this lesson went into without a secretary choosing (job, or the member asked). */
  autoTaskId?: string;
}

/** One study, counted as one 人次. Online: `_id` = `on_<member>_<lesson>` (a lesson counts once). */
export interface StudyRecordDoc {
  _id: string;
  kind: StudyKind;
  memberId: string;
  memberName: string;
  branchId: string;
  lessonId?: string;
  sessionId?: string;
  taskId?: string;
  title: string;
  category?: LessonCategory;
  month: string;
  studiedAt: Date;
  createdAt: Date;
}

export const COUNTY = 'county';
export const progressId = (memberId: string, lessonId: string) => `${memberId}_${lessonId}`;
export const onlineRecordId = (memberId: string, lessonId: string) => `on_${memberId}_${lessonId}`;

export const getLesson = async (db: Database, lessonId: string): Promise<LessonDoc> => {
  const doc = await readDoc<LessonDoc>(db, COLLECTIONS.lessons, lessonId);
  if (!doc) throw new AppError('NOT_FOUND');
  return doc;
};

/** Staff manage every lesson; a secretary manages the lessons of the branch they run. */
export const canManage = (caller: Caller, lesson: Pick<LessonDoc, 'audience' | 'branchId'>): boolean => {
  if (holds(caller.roles, STAFF)) return true;
  return holds(caller.roles, SECRETARY) && lesson.audience === 'branch' && !!caller.member?.secretaryOf && lesson.branchId === caller.member.secretaryOf;
};

/** Members see published lessons of their own branch and of the county; managers see theirs in any state. */
export const canRead = (caller: Caller, lesson: LessonDoc): boolean =>
  canManage(caller, lesson) ||
  (lesson.status === 'published' && (lesson.audience === 'county' || lesson.branchId === caller.member?.branchId));

export const requireManage = (caller: Caller, lesson: LessonDoc): void => {
  if (!canManage(caller, lesson)) throw new AppError('FORBIDDEN');
};

export const toSummary = (doc: LessonDoc, urls: Record<string, string> = {}): LessonSummary => ({
  id: doc._id,
  title: doc.title,
  summary: doc.summary,
  category: doc.category,
  ...(doc.series ? { series: doc.series } : {}),
  ...(doc.seriesOrder ? { seriesOrder: doc.seriesOrder } : {}),
  estimatedMinutes: doc.estimatedMinutes,
  hasAudio: !!doc.audioFileId,
  hasVideo: !!doc.videoFileId,
  ...(doc.coverFileId && urls[doc.coverFileId] ? { coverUrl: urls[doc.coverFileId] } : {}),
  audience: doc.audience,
  ...(doc.branchId ? { branchId: doc.branchId } : {}),
  ...(doc.branchName ? { branchName: doc.branchName } : {}),
  status: doc.status,
  authorName: doc.authorName,
  ...(doc.publishedAt ? { publishedAt: iso(doc.publishedAt) } : {}),
  updatedAt: iso(doc.updatedAt) as string,
  ...(doc.returnReason && doc.status === 'draft' ? { returnReason: doc.returnReason } : {}),
});

export const toDetail = (
  caller: Caller,
  doc: LessonDoc,
  progress: ProgressDoc | null,
  urls: Record<string, string> = {},
): LessonDetail => ({
  ...toSummary(doc, urls),
  body: doc.body.map((b) => (b.type === 'image' && urls[b.fileId] ? { ...b, url: urls[b.fileId] } : b)),
  ...(doc.coverFileId ? { coverFileId: doc.coverFileId } : {}),
  ...(doc.audioFileId ? { audioFileId: doc.audioFileId } : {}),
  ...(doc.audioFileId && urls[doc.audioFileId] ? { audioUrl: urls[doc.audioFileId] } : {}),
  ...(doc.audioSeconds ? { audioSeconds: doc.audioSeconds } : {}),
  ...(doc.videoFileId ? { videoFileId: doc.videoFileId } : {}),
  ...(doc.videoFileId && urls[doc.videoFileId] ? { videoUrl: urls[doc.videoFileId] } : {}),
  canManage: canManage(caller, doc),
  mine: {
    ...(progress?.openedAt ? { openedAt: iso(progress.openedAt) } : {}),
    studied: !!progress?.studied,
    ...(progress?.studiedAt ? { studiedAt: iso(progress.studiedAt) } : {}),
    ...(progress?.autoTaskId && !progress.studied ? { deliveryPlanned: true } : {}),
    requiredReadSeconds: requiredReadSeconds(doc),
    ...(doc.audioSeconds ? { requiredListenSeconds: requiredListenSeconds(doc.audioSeconds) } : {}),
  },
});

/** Every stored file a lesson shows (cover, body images, audio, video), for one batch of temporary URLs. */
export const fileIdsOf = (doc: LessonDoc): string[] =>
  [doc.coverFileId, doc.audioFileId, doc.videoFileId, ...imageIds(doc.body)].filter((x): x is string => !!x);

/** Temporary URLs, or none when storage is unreachable: the words of a lesson never depend on its pictures. */
export const urlsFor = async (files: Files, ids: string[]): Promise<Record<string, string>> => {
  if (ids.length === 0) return {};
  try {
    return await files.tempUrls(ids, 2 * 3600);
  } catch {
    return {};
  }
};
