import { z } from '../../zod';
import { defineAction, READ_LIMIT, WRITE_LIMIT } from '../../define';
import type { ErrorCode } from '../../errors';
import { optionalText, page, paged, text } from '../../text';
import { IDEA_OUTCOMES, IDEA_STATES, ideaQueueRow, ideaStaffView } from '../../ideas-model';
import { byId, category, day, ideaId, photos } from './ideas-shared';
import { STAFF } from '../../roles';

/** A staff decision on one idea: it answers the idea as staff see it, checks the state machine, and is audited. */
const staffMove = <I extends z.ZodType>(summary: string, input: I, errors: readonly ErrorCode[] = []) =>
  defineAction({ fn: 'ideas', summary, access: STAFF, input, output: ideaStaffView, errors: ['NOT_FOUND', 'INVALID_STATE', ...errors], write: true, audited: true, rateLimit: WRITE_LIMIT });
/** 交办 and, after a 不满意 rating, 重新交办: a department and a deadline in working days. */
const handOn = z.object({ ideaId, department: text({ label: '承办部门', max: 30 }), workdays: z.number({ error: '请选择办理期限' }).int().min(1).max(60) }).strict();

/** 金点子 as staff handle it: queue, accept, hand on, answer, resolve, publish, ledger. Every decision is audited. */
export const ideaStaffActions = {
  'ideas.queue': defineAction({
    fn: 'ideas',
    summary: 'Staff queue: filter by state, category, department, overdue or held, and find by receipt number, author or words; oldest first; a page at a time',
    access: STAFF,
    input: page
      .extend({
        /** 'open' (default): still owed an answer; 'all': every state. */
        state: z.enum([...IDEA_STATES, 'open', 'all']).default('open'),
        category: category.optional(),
        department: text({ label: '部门', max: 30 }).optional(),
        overdue: z.literal(true).optional(),
        held: z.literal(true).optional(),
        /** 查找: a receipt number (exact), or words in the author's name, the title or the content. */
        q: optionalText({ label: '查找的内容', max: 30 }),
      })
      .strict(),
    output: paged(ideaQueueRow),
    errors: [],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'ideas.detail': defineAction({
    fn: 'ideas',
    summary: 'Everything about one idea for staff: author, notes, draft, content-safety verdict',
    access: STAFF,
    input: byId,
    output: ideaStaffView,
    errors: ['NOT_FOUND'],
    write: false,
    audited: false,
    rateLimit: READ_LIMIT,
  }),
  'ideas.accept': staffMove('受理: staff take the idea on (this also clears a content-safety hold)', byId),
  'ideas.notAccept': staffMove('不予受理, with the reason the author will read', z.object({ ideaId, reason: text({ label: '不予受理的原因', min: 4, max: 200, multiline: true }) }).strict()),
  'ideas.assign': staffMove('交办: hand to a department with a deadline in working days', handOn),
  'ideas.progress': staffMove('办理中: a progress note the author sees in the timeline', z.object({ ideaId, note: text({ label: '办理进展', max: 200, multiline: true }) }).strict()),
  'ideas.saveDraft': defineAction({
    fn: 'ideas',
    summary: 'Draft the answer (outcome and text); the author sees nothing until it is published',
    access: STAFF,
    input: z.object({ ideaId, outcome: z.enum(IDEA_OUTCOMES, { error: '请选择办理结果' }), answer: text({ label: '答复', min: 10, max: 1500, multiline: true }) }).strict(),
    output: ideaStaffView,
    errors: ['NOT_FOUND', 'INVALID_STATE'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'ideas.resolve': staffMove('办结: publish the drafted answer to the author (refused while a template blank such as “（写明理由）” is left)', byId, ['ANSWER_HAS_BLANKS']),
  'ideas.reopen': staffMove('Another round after a 不满意 rating: hand it (again) to a department with a new deadline', handOn),
  'ideas.addNote': defineAction({
    fn: 'ideas',
    summary: 'A private staff note on an idea (never shown to the author)',
    access: STAFF,
    input: z.object({ ideaId, text: text({ label: '内部备注', max: 300, multiline: true }) }).strict(),
    output: ideaStaffView,
    errors: ['NOT_FOUND'],
    write: true,
    audited: false,
    rateLimit: WRITE_LIMIT,
  }),
  'ideas.publish': staffMove(
    'Put a resolved idea on the 您建议，我提升 board: what was suggested and what was done',
    z
      .object({
        ideaId,
        suggestion: text({ label: '建议内容摘要', max: 100, multiline: true }),
        done: text({ label: '落实情况', max: 300, multiline: true }),
        beforePhotos: photos.optional(),
        afterPhotos: photos.optional(),
      })
      .strict(),
  ),
  'ideas.exportLedger': defineAction({
    fn: 'ideas',
    summary: '台账: every idea received in a date range as an Excel file (download link valid 1 hour)',
    access: STAFF,
    input: z.object({ from: day('开始日期'), to: day('结束日期') }).strict(),
    output: z.object({ fileId: z.string(), url: z.string(), rows: z.number(), fileName: z.string() }),
    errors: [],
    write: true,
    audited: false,
    rateLimit: { limit: 10, windowMs: 60_000 },
  }),
};
