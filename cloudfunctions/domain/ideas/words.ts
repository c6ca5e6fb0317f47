import { IDEA_OUTCOME_LABELS, IDEA_RATING_LABELS, type IdeaOutcome, type IdeaRating, type IdeaState } from '../../contract/ideas-model';

/**
 * Plain words for the author: each step of the timeline and each notification says what
 * happened and what comes next, in a sentence an 80-year-old reads at a glance. A promise ("12月4日前")
 * is only ever made from the idea's own deadline (`dueDay`, set by the move that says it); without one
 * the words promise nothing, so the app never says a date or a number of days it does not keep.
 */
const md = (day: string): string => {
  const [, m, d] = day.split('-');
  return `${Number(m)}月${Number(d)}日`;
};

export interface StepFacts {
  receiptNo?: string;
  dueDay?: string;
  department?: string;
  reason?: string;
  note?: string;
  outcome?: IdeaOutcome;
  rating?: IdeaRating;
}

/** The line in the author's timeline for a step. */
export const stepText = (state: IdeaState, f: StepFacts, reopened = false): string => {
  switch (state) {
    case 'submitted':
      return `已收到您的金点子，编号${f.receiptNo ?? ''}，${f.dueDay ? `${md(f.dueDay)}前受理` : '等待受理'}`;
    case 'accepted':
      return `您的金点子已受理，${f.dueDay ? `${md(f.dueDay)}前` : '将'}交承办部门办理`;
    case 'not_accepted':
      return `您的金点子不予受理，原因：${f.reason ?? ''}`;
    case 'assigned':
      return reopened
        ? `已重新交办${f.department ?? ''}再次办理，${f.dueDay ? `${md(f.dueDay)}前答复` : ''}`
        : `已交${f.department ?? ''}办理，${f.dueDay ? `${md(f.dueDay)}前答复` : ''}`;
    case 'in_progress':
      return `办理进展：${f.note ?? ''}`;
    case 'resolved':
      return `已办结，结果：${f.outcome ? IDEA_OUTCOME_LABELS[f.outcome] : ''}，请查看答复并评价`;
    case 'rated':
      return `您的评价：${f.rating ? IDEA_RATING_LABELS[f.rating] : ''}，谢谢您`;
    case 'withdrawn':
      return '您已撤回这条金点子';
  }
};

/**
 * The subscribe message's short line (a `thing` field: at most 20 characters).
 * e.g. "已受理，12月4日前交承办部门办理".
 */
export const noticeText = (state: IdeaState, f: StepFacts, reopened = false): string => {
  switch (state) {
    case 'submitted':
      return `已收到，${f.dueDay ? `${md(f.dueDay)}前受理` : '等待受理'}`;
    case 'accepted':
      return `已受理，${f.dueDay ? `${md(f.dueDay)}前` : '将'}交承办部门办理`;
    case 'not_accepted':
      return '不予受理，原因请在小程序查看';
    case 'assigned':
      return reopened ? '已重新交办，请耐心等待答复' : `已交办，${f.dueDay ? `${md(f.dueDay)}前答复` : '请耐心等待答复'}`;
    case 'in_progress':
      return '正在办理，有了新进展';
    case 'resolved':
      return '已办结，请查看答复并评价';
    case 'rated':
      return '感谢您的评价';
    case 'withdrawn':
      return '您已撤回这条金点子';
  }
};

/** The one-line status on the author's card. */
export const statusText = (state: IdeaState, f: StepFacts): string => {
  switch (state) {
    case 'submitted':
      return f.dueDay ? `已提交，${md(f.dueDay)}前受理` : '已提交，等待受理';
    case 'accepted':
      return `已受理，${f.dueDay ? `${md(f.dueDay)}前` : '将'}交承办部门办理`;
    case 'not_accepted':
      return '不予受理，原因见下方';
    case 'assigned':
      return `已交${f.department ?? '相关部门'}办理${f.dueDay ? `，${md(f.dueDay)}前答复` : ''}`;
    case 'in_progress':
      return `正在办理${f.dueDay ? `，${md(f.dueDay)}前答复` : ''}`;
    case 'resolved':
      return '已办结，请看答复并评价';
    case 'rated':
      return `已办结，您的评价：${f.rating ? IDEA_RATING_LABELS[f.rating] : ''}`;
    case 'withdrawn':
      return '已撤回';
  }
};
