import { z } from './zod';
import { OCCASIONS, PROBLEM_STATES, VISIT_WAYS } from './care-words';

export * from './care-words';


const person = z.object({ name: z.string(), phone: z.string().optional() });

/** The "1+1+1" contacts: one at the bureau, one in the branch, one volunteer or family member. */
export const careContactsView = z.object({
  bureau: person.extend({ memberId: z.string() }).optional(),
  branch: person.extend({ memberId: z.string() }).optional(),
  /** A volunteer named by their member record sees this person's tasks (care.myPeople). */
  helper: person.extend({ relation: z.string(), memberId: z.string().optional() }).optional(),
});
export type CareContactsView = z.infer<typeof careContactsView>;

export const visitView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  occasion: z.enum(OCCASIONS),
  occasionLabel: z.string(),
  status: z.enum(['due', 'done']),
  /** The day (China time) it must happen by. */
  dueBy: z.string(),
  overdue: z.boolean(),
  /** Who reported an event, and what they said. */
  reportedBy: z.string().optional(),
  reportNote: z.string().optional(),
  visitedOn: z.string().optional(),
  way: z.enum(VISIT_WAYS).optional(),
  visitors: z.string().optional(),
  found: z.string().optional(),
  problemId: z.string().optional(),
  /** Photos taken on the visit, as temporary URLs (in the ledger, for staff and the branch secretary). */
  photoUrls: z.array(z.string()).optional(),
});
export type VisitView = z.infer<typeof visitView>;

export const problemView = z.object({
  id: z.string(),
  memberId: z.string(),
  memberName: z.string(),
  branchName: z.string(),
  text: z.string(),
  /** Raised on a visit, or asked by the member (我要求助). */
  source: z.enum(['visit', 'member']),
  state: z.enum(PROBLEM_STATES),
  stateLabel: z.string(),
  steps: z.array(z.object({ state: z.enum(PROBLEM_STATES), at: z.string(), byName: z.string(), note: z.string().optional() })),
  /** 我要求助 said aloud: the recording to play (a temporary URL) and its length. */
  voice: z.object({ url: z.string(), seconds: z.number() }).optional(),
  createdAt: z.string(),
});
export type ProblemView = z.infer<typeof problemView>;

export const ledgerEntryView = z.object({ at: z.string(), byName: z.string(), text: z.string() });

/** One person's ledger as staff read it (health and living notes are staff-only). */
export const ledgerView = z.object({
  memberId: z.string(),
  name: z.string(),
  birthYear: z.number(),
  branchId: z.string(),
  branchName: z.string(),
  phone: z.string().optional(),
  address: z.string().optional(),
  livingSituation: z.string(),
  mobility: z.string(),
  emergencyContact: z.object({ name: z.string(), relation: z.string(), phone: z.string() }),
  /** 其他情况 from the member's own 一人一策, typed and said aloud (a temporary URL to play it). */
  note: z.string().optional(),
  noteVoice: z.object({ url: z.string(), seconds: z.number() }).optional(),
  contacts: careContactsView,
  /** Staff only: kept out of secretaries' and contacts' answers. */
  health: z.string().optional(),
  living: z.string().optional(),
  partyJoinYear: z.number().optional(),
  entries: z.array(ledgerEntryView),
  visits: z.array(visitView),
  problems: z.array(problemView),
});
export type LedgerView = z.infer<typeof ledgerView>;

/** A person whose 1+1+1 names the caller: what their contact needs to help — no health notes, no money. */
export const myPersonView = z.object({
  memberId: z.string(),
  name: z.string(),
  branchName: z.string(),
  /** Which of the 1+1+1 the caller is for them. */
  as: z.enum(['bureau', 'branch', 'helper']),
  phone: z.string().optional(),
  address: z.string().optional(),
  emergencyContact: z.object({ name: z.string(), relation: z.string(), phone: z.string() }),
  due: z.array(visitView),
  openProblems: z.array(problemView.pick({ id: true, text: true, stateLabel: true, createdAt: true })),
});
export type MyPersonView = z.infer<typeof myPersonView>;

/** The county's (or a branch's) care figures for one year, said as the bureau reports them. */
export const careFigures = z.object({
  year: z.number(),
  hospitalVisits: z.number(),
  visitsDone: z.number(),
  peopleVisited: z.number(),
  problemsRaised: z.number(),
  problemsSolved: z.number(),
  /** "探望生病住院29人次，解决问题21个" — from the counts above. */
  sentence: z.string(),
  /** Staff only: 慰问金 handed over this year (fen) and to how many people, and the bureau's sentence for it. */
  paidFen: z.number().optional(),
  peopleHelped: z.number().optional(),
  moneySentence: z.string().optional(),
  /** Visits done this year by occasion (only occasions with a visit). */
  byOccasion: z.array(z.object({ occasion: z.enum(OCCASIONS), label: z.string(), visits: z.number() })),
  /** County-wide for staff: each branch's row (money only for staff). */
  byBranch: z
    .array(z.object({ branchId: z.string(), branchName: z.string(), visitsDone: z.number(), peopleVisited: z.number(), problemsSolved: z.number(), paidFen: z.number().optional() }))
    .optional(),
});
export type CareFigures = z.infer<typeof careFigures>;
