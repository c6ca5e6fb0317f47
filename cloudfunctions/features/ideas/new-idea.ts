import type { ParsedInputOf } from '../../contract/registry';
import type { MemberDoc } from '../../platform/caller';
import type { Verdict } from '../../platform/content-safety';
import { stageDue } from '../../domain/ideas/deadlines';
import { stepText } from '../../domain/ideas/words';
import type { IdeaDoc } from './idea-doc';
import { zeroCounts } from './tallies';

/** What the author (or the secretary typing for them) sends: the fields of ideas.submit. */
export type IdeaFields = ParsedInputOf<'ideas.submit'>;

export interface NewIdea {
  author: MemberDoc;
  /** 代录: the secretary who typed it in, or null when the author sent it. */
  proxy: MemberDoc | null;
  fields: IdeaFields;
  receiptNo: string;
  submitKey: string;
  safety: Verdict;
  now: Date;
}

/** The title a 金点子 said aloud gets when nothing was typed: staff see at once it is a recording. */
export const voiceTitle = (seconds: number): string => `语音金点子（${seconds}秒）`;

/** Nothing typed: only the recording carries the idea, so no machine has read it. */
export const onlySpoken = (fields: IdeaFields): boolean => !!fields.voice && !fields.title?.trim() && !fields.content?.trim();

/**
 * A just-received idea as stored: in `submitted`, its first answer due by the stage's deadline, held back
 * from everyone but staff unless content safety cleared it — and always when only a recording carries it,
 * for staff to listen before anything is public — and counted on the board from the idea itself until the
 * timer settles it (tallies.ts).
 */
export const newIdea = ({ author, proxy, fields, receiptNo, submitKey, safety, now }: NewIdea): Omit<IdeaDoc, '_id'> => {
  const due = stageDue('submitted', now);
  return {
    receiptNo,
    submitKey,
    authorId: author._id,
    authorOpenid: author.openid,
    authorName: author.name,
    authorBranchId: author.branchId,
    authorBranchName: author.branchName,
    ...(author.phone ? { authorPhone: author.phone } : {}),
    proxy: proxy ? { id: proxy._id, name: proxy.name } : null,
    category: fields.category,
    title: fields.title?.trim() || (fields.voice ? voiceTitle(fields.voice.seconds) : ''),
    content: fields.content ?? '',
    ...(fields.place ? { place: fields.place } : {}),
    photos: fields.photos ?? [],
    ...(fields.voice ? { voice: fields.voice } : {}),
    state: 'submitted',
    held: safety !== 'pass' || onlySpoken(fields),
    safety,
    createdAt: now,
    updatedAt: now,
    dueAt: due?.dueAt ?? null,
    dueDay: due?.dueDay ?? null,
    overdue: false,
    supervisedAt: null,
    department: null,
    acceptedAt: null,
    resolvedAt: null,
    notAcceptReason: null,
    outcome: null,
    answer: null,
    draft: null,
    rating: null,
    ratingComment: null,
    ratedAt: null,
    round: 1,
    timeline: [{ at: now, state: 'submitted', text: stepText('submitted', { receiptNo, dueDay: due?.dueDay }) }],
    staffNotes: [],
    supportCount: 0,
    published: false,
    publishedAt: null,
    board: null,
    counted: zeroCounts(),
    unsettled: true,
  };
};
