import { createHash, randomUUID } from 'node:crypto';
import { PROBLEM_STATE_LABELS } from '../../contract/care-model';
import { FAMILY_MARK } from '../../contract/family-words';
import { helperBy, recordAct, tellMemberOfAct } from '../../platform/helper-acts';
import { chinaDay } from '../../contract/day-words';
import { PAGES } from '../../contract/pages';
import { AUDIT_COLLECTION, auditEntry } from '../../platform/audit';
import { AppError } from '../../platform/app-error';
import type { MemberDoc } from '../../platform/caller';
import { checked, inTransaction, isDuplicateWrite, readDoc } from '../../platform/database';
import { pageWindow, toPage } from '../../platform/paging';
import { requireMember, type ActionContext, type Handler } from '../../platform/routes';
import { listBranch, requireCareFor } from './access';
import { count, ensureTally } from './tallies';
import { requireUploads } from '../../platform/uploaded-files';
import { PROBLEMS, toProblemView, voiceFiles, type ProblemDoc } from './store';

const yearOf = (at: Date) => Number(chinaDay(at).slice(0, 4));

/** A problem as first written: 已收到, by whoever raised it (the member, or the visitor on a visit). */
export const newProblem = (ctx: ActionContext, person: MemberDoc, text: string, source: ProblemDoc['source'], byName: string, visitId?: string): ProblemDoc => ({
  _id: randomUUID().replace(/-/g, ''),
  memberId: person._id,
  memberName: person.name,
  openid: person.openid,
  branchId: person.branchId,
  branchName: person.branchName,
  text,
  source,
  ...(visitId ? { visitId } : {}),
  state: 'open',
  solved: false,
  steps: [{ state: 'open', at: ctx.now, byName }],
  year: yearOf(ctx.now),
  createdAt: ctx.now,
  updatedAt: ctx.now,
});

/** 我要求助: in the member's own words; staff and the branch see it at once, and it is counted as raised. Audited. */
export const askHelp: Handler<'care.askHelp'> = async (ctx, input) => {
  const { member } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  // A recording must really be a stored upload of this environment under care/voice/.
  const urls = input.voice ? await requireUploads(ctx.deps.files, [input.voice.fileId], 'careVoice', 'voice') : undefined;
  // Said aloud only: the written line says so, for every list, notice and ledger that shows text.
  const words = input.text?.trim() || `语音留言（${input.voice?.seconds ?? 0}秒）`;
  // Sent by a family helper: every step list shows it as 家人代提 with who it was.
  const by = helperBy(ctx);
  const problem: ProblemDoc = {
    ...newProblem(ctx, member, words, 'member', by ? `${FAMILY_MARK}（${by}）` : '本人'),
    // One 求助 per intent: a resend that runs again (its first answer and its idempotency record lost) meets
    // the one already made under this id, instead of raising and counting a second (and re-pointing the act).
    _id: createHash('sha256').update(`${member._id}\u0000${ctx.requestId}`).digest('hex').slice(0, 32),
    ...(input.voice ? { voice: input.voice } : {}),
  };
  await ensureTally(db, problem.year, member.branchId);
  try {
    await inTransaction(db, async (tx) => {
      checked(await tx.collection(PROBLEMS).add(problem));
      await count(tx, db, problem.year, member.branchId, ['problemsRaised']);
      checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_problem', id: problem._id }, null, { source: 'member', voice: !!input.voice })));
      await recordAct(ctx, tx, 'careHelp', { id: problem._id, title: words });
    });
  } catch (error) {
    const earlier = isDuplicateWrite(error) ? await readDoc<ProblemDoc>(db, PROBLEMS, problem._id) : null;
    if (!earlier) throw error;
    await tellMemberOfAct(ctx, 'careHelp', earlier.text);
    return toProblemView(earlier, urls);
  }
  await tellMemberOfAct(ctx, 'careHelp', words);
  return toProblemView(problem, urls);
};

/**
 * 正在办 / 已解决, by staff or the person's branch secretary; solving says what was done, and the member is
 * told in 消息 (and by subscribe message where accepted). A problem is solved once: it counts once. Audited.
 */
export const moveProblem: Handler<'care.moveProblem'> = async (ctx, input) => {
  const { member: me } = requireMember(ctx.caller);
  const { db } = ctx.deps;
  const head = await readDoc<ProblemDoc>(db, PROBLEMS, input.problemId);
  if (!head) throw new AppError('NOT_FOUND', { problemId: '没有找到这个问题' });
  requireCareFor(ctx.caller, head.branchId);
  const year = yearOf(ctx.now);
  if (input.to === 'solved') await ensureTally(db, year, head.branchId);
  const moved = await inTransaction(db, async (tx) => {
    const p = await readDoc<ProblemDoc>(tx, PROBLEMS, head._id);
    if (!p || p.state === 'solved' || p.state === input.to) throw new AppError('INVALID_STATE', { problemId: p?.state === 'solved' ? '这个问题已经解决了' : '这个问题已经在办了' });
    const step = { state: input.to, at: ctx.now, byName: me.name, ...(input.note?.trim() ? { note: input.note.trim() } : {}) };
    const change = { state: input.to, solved: input.to === 'solved', steps: [...p.steps, step], updatedAt: ctx.now };
    checked(await tx.collection(PROBLEMS).doc(p._id).update(change));
    if (input.to === 'solved') await count(tx, db, year, p.branchId, ['problemsSolved']);
    checked(await tx.collection(AUDIT_COLLECTION).add(auditEntry(ctx, { type: 'care_problem', id: p._id }, { state: p.state }, { state: input.to, note: step.note ?? null })));
    return { ...p, ...change };
  });
  await ctx.deps.notifier.notify({
    to: moved.openid,
    template: 'careProgress',
    page: PAGES.myCare,
    data: { thing1: moved.text, phrase2: PROBLEM_STATE_LABELS[moved.state], thing3: input.note?.trim() || '工作人员正在办理' },
  });
  // The answer replaces the row on the page: it keeps the recording playable.
  const urls = moved.voice ? await ctx.deps.files.tempUrls([moved.voice.fileId]) : undefined;
  return toProblemView(moved, urls);
};

/** Open problems first by latest change (or solved ones), for staff county-wide or a secretary's branch. */
export const listProblems: Handler<'care.problems'> = async (ctx, input) => {
  const branchId = await listBranch(ctx.deps.db, ctx.caller, input.branchId);
  const { skip, limit } = pageWindow(input);
  const { data } = await ctx.deps.db
    .collection(PROBLEMS)
    .where(branchId ? { branchId, solved: input.solved } : { solved: input.solved })
    .orderBy('updatedAt', 'desc')
    .skip(skip)
    .limit(limit)
    .get();
  const problems = data as ProblemDoc[];
  const voices = voiceFiles(problems.slice(0, input.pageSize));
  const urls = voices.length ? await ctx.deps.files.tempUrls(voices) : {};
  return toPage(problems, input, (p) => toProblemView(p, urls));
};
