import { charCount } from './graphemes';

/**
 * 金点子 (golden ideas): the words and shapes shared by the functions and the mini-program.
 * States, outcomes and ratings are stable codes; people only ever see the Chinese labels here.
 */
export const IDEA_CATEGORIES = ['urban', 'public_service', 'infrastructure', 'rural', 'governance', 'livelihood', 'other'] as const;
export type IdeaCategory = (typeof IDEA_CATEGORIES)[number];
export const IDEA_CATEGORY_LABELS: Record<IdeaCategory, string> = {
  urban: '城市建设',
  public_service: '公共服务',
  infrastructure: '基础设施',
  rural: '乡村振兴',
  governance: '社会治理',
  livelihood: '民生保障',
  other: '其他',
};

export const IDEA_STATES = [
  'submitted',
  'accepted',
  'not_accepted',
  'assigned',
  'in_progress',
  'resolved',
  'rated',
  'withdrawn',
] as const;
export type IdeaState = (typeof IDEA_STATES)[number];
export const IDEA_STATE_LABELS: Record<IdeaState, string> = {
  submitted: '已提交',
  accepted: '已受理',
  not_accepted: '不予受理',
  assigned: '已交办',
  in_progress: '办理中',
  resolved: '已办结',
  rated: '已评价',
  withdrawn: '已撤回',
};
/** States in which the bureau still owes the author something (deadlines apply, overdue is possible). */
export const OPEN_STATES: readonly IdeaState[] = ['submitted', 'accepted', 'assigned', 'in_progress'];

export const IDEA_OUTCOMES = ['adopted', 'partly_adopted', 'deferred', 'not_adopted'] as const;
export type IdeaOutcome = (typeof IDEA_OUTCOMES)[number];
export const IDEA_OUTCOME_LABELS: Record<IdeaOutcome, string> = {
  adopted: '已采纳',
  partly_adopted: '部分采纳',
  deferred: '暂缓',
  not_adopted: '不采纳',
};

export const IDEA_RATINGS = ['satisfied', 'basically_satisfied', 'unsatisfied'] as const;
export type IdeaRating = (typeof IDEA_RATINGS)[number];
export const IDEA_RATING_LABELS: Record<IdeaRating, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  unsatisfied: '不满意',
};

/** The county departments ideas are usually handed to (staff may type another). */
export const DEPARTMENTS = [
  '县住房和城乡建设局',
  '县交通运输局',
  '县卫生健康局',
  '县民政局',
  '县农业农村局',
  '县人力资源和社会保障局',
  '县文化旅游广电局',
  '县城市管理局',
  '县委老干部局',
] as const;

/** Answer templates staff start from; they are edited before they are published. */
export const ANSWER_TEMPLATES: ReadonlyArray<{ key: string; title: string; outcome: IdeaOutcome; text: string }> = [
  {
    key: 'adopted',
    title: '采纳并已落实',
    outcome: 'adopted',
    text: '感谢您的宝贵建议。经与相关部门研究，您的建议已被采纳，并已落实：（写明做了什么、何时完成）。欢迎您继续为县里的发展出主意。',
  },
  {
    key: 'partly',
    title: '部分采纳',
    outcome: 'partly_adopted',
    text: '感谢您的建议。经研究，其中（写明哪部分）已采纳并安排落实；（写明哪部分）因（原因）暂时无法实施，我们会持续关注。',
  },
  {
    key: 'deferred',
    title: '暂缓实施',
    outcome: 'deferred',
    text: '感谢您的建议。该事项需要（写明条件，如资金、规划），已列入（写明计划），条件具备后优先安排，届时再向您反馈。',
  },
  {
    key: 'not_adopted',
    title: '不予采纳并说明理由',
    outcome: 'not_adopted',
    text: '感谢您的建议。经与相关部门认真研究，因（写明理由），暂不采纳。如您有新的情况，欢迎随时再提。',
  },
];

/**
 * How long an idea's parts may be, counted as people count characters (graphemes.ts). The schema
 * (actions/ideas-shared.ts) and the client's own check before sending use these same numbers.
 */
export const IDEA_TITLE_CHARS = { min: 4, max: 30 } as const;
export const IDEA_CONTENT_CHARS = { min: 10, max: 1000 } as const;
export const IDEA_PLACE_MAX_CHARS = 40;

/** An idea's title and text against those lengths, trimmed, in the schema's own words (field → message). */
export const ideaLengthProblems = (title: string, content: string): Record<string, string> => {
  const problems: Record<string, string> = {};
  const t = charCount(title.trim());
  const c = charCount(content.trim());
  if (t < IDEA_TITLE_CHARS.min) problems.title = `标题至少${IDEA_TITLE_CHARS.min}个字`;
  if (t > IDEA_TITLE_CHARS.max) problems.title = `标题最多${IDEA_TITLE_CHARS.max}个字`;
  if (c < IDEA_CONTENT_CHARS.min) problems.content = `具体内容至少${IDEA_CONTENT_CHARS.min}个字`;
  if (c > IDEA_CONTENT_CHARS.max) problems.content = `具体内容最多${IDEA_CONTENT_CHARS.max}个字`;
  return problems;
};
