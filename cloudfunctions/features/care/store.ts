import { COLLECTIONS } from '../../contract/collections';
import {
  OCCASION_LABELS, PROBLEM_STATE_LABELS, type Occasion, type ProblemState, type ProblemView, type VisitView, type VisitWay,
} from '../../contract/care-model';
import { chinaDay } from '../../contract/day-words';
import { isOverdue } from '../../domain/care/occasions';
import { iso } from '../../platform/database';

/** 关爱服务's documents: one ledger per member (id = member id), visits (due and done), problems, tallies. */
export const LEDGERS = COLLECTIONS.careLedgers;
export const ENTRIES = COLLECTIONS.careEntries;
export const VISITS = COLLECTIONS.careVisits;
export const PROBLEMS = COLLECTIONS.careProblems;
export const TALLIES = COLLECTIONS.careTallies;
export const VISITED = COLLECTIONS.careVisited;
export const READS = COLLECTIONS.careReads;

export interface ContactRef {
  memberId: string;
  name: string;
  phone?: string;
}

export interface LedgerDoc {
  _id: string;
  memberId: string;
  branchId: string;
  bureau?: ContactRef;
  branch?: ContactRef;
  /** `memberId` when the volunteer is a registered member: they then see this person's tasks. */
  helper?: { name: string; relation: string; phone: string; memberId?: string };
  /** Sensitive (health): staff only, every read logged. */
  health?: string;
  living?: string;
  partyJoinYear?: number;
  updatedAt: Date;
}

export interface EntryDoc {
  _id: string;
  memberId: string;
  at: Date;
  byId: string;
  byName: string;
  text: string;
}

export interface VisitDoc {
  _id: string;
  memberId: string;
  memberName: string;
  branchId: string;
  branchName: string;
  occasion: Occasion;
  /** The occasion's year (calendar) or the report's year (event). */
  year: number;
  dueBy: string;
  status: 'due' | 'done';
  reportedBy?: string;
  reportNote?: string;
  visitedOn?: string;
  way?: VisitWay;
  visitors?: string;
  found?: string;
  problemId?: string;
  /** Photos taken on the visit (storage file ids under care/visits/). */
  photos?: string[];
  createdAt: Date;
  doneAt?: Date;
}

export interface ProblemDoc {
  _id: string;
  memberId: string;
  memberName: string;
  openid: string;
  branchId: string;
  branchName: string;
  text: string;
  source: 'visit' | 'member';
  visitId?: string;
  state: ProblemState;
  /** state === 'solved', for the lists' index (unsolved first, then solved by date). */
  solved: boolean;
  steps: Array<{ state: ProblemState; at: Date; byName: string; note?: string }>;
  /** 我要求助 said aloud (storage file id under care/voice/) and its seconds. */
  voice?: { fileId: string; seconds: number };
  year: number;
  createdAt: Date;
  updatedAt: Date;
}

/** The 1+1+1 as stored on the ledger, in the shape every view shows. */
export const contactsOf = (l: LedgerDoc | null) => ({
  ...(l?.bureau ? { bureau: l.bureau } : {}),
  ...(l?.branch ? { branch: l.branch } : {}),
  ...(l?.helper ? { helper: l.helper } : {}),
});

/** `urls`: temporary links for the visit's photos, where the view shows them (the ledger). */
export const toVisitView = (v: VisitDoc, now: Date, urls?: Record<string, string>): VisitView => ({
  id: v._id,
  memberId: v.memberId,
  memberName: v.memberName,
  branchName: v.branchName,
  occasion: v.occasion,
  occasionLabel: OCCASION_LABELS[v.occasion],
  status: v.status,
  dueBy: v.dueBy,
  overdue: v.status === 'due' && isOverdue(v.dueBy, chinaDay(now)),
  ...(v.reportedBy ? { reportedBy: v.reportedBy } : {}),
  ...(v.reportNote ? { reportNote: v.reportNote } : {}),
  ...(v.visitedOn ? { visitedOn: v.visitedOn } : {}),
  ...(v.way ? { way: v.way } : {}),
  ...(v.visitors ? { visitors: v.visitors } : {}),
  ...(v.found ? { found: v.found } : {}),
  ...(v.problemId ? { problemId: v.problemId } : {}),
  ...(urls && v.photos?.length ? { photoUrls: v.photos.map((f) => urls[f]).filter(Boolean) } : {}),
});

/** The file ids to ask storage links for before showing these problems (their recordings). */
export const voiceFiles = (problems: ProblemDoc[]): string[] => problems.flatMap((p) => (p.voice ? [p.voice.fileId] : []));

/** `urls`: temporary links for recordings, where the view plays them. */
export const toProblemView = (p: ProblemDoc, urls?: Record<string, string>): ProblemView => ({
  id: p._id,
  memberId: p.memberId,
  memberName: p.memberName,
  branchName: p.branchName,
  text: p.text,
  source: p.source,
  state: p.state,
  stateLabel: PROBLEM_STATE_LABELS[p.state],
  steps: p.steps.map((s) => ({ state: s.state, at: iso(s.at), byName: s.byName, ...(s.note ? { note: s.note } : {}) })),
  ...(p.voice && urls?.[p.voice.fileId] ? { voice: { url: urls[p.voice.fileId], seconds: p.voice.seconds } } : {}),
  createdAt: iso(p.createdAt),
});
