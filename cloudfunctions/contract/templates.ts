/**
 * Every WeChat subscribe-message template the app sends, named once. Client (which template ids to
 * ask for at a tap) and functions (what to send) both read this. A template's fields are WeChat
 * keywords: the key's letters are the keyword type (`thing2` is a `thing`), whose rules WeChat checks on
 * every send (platform/template-fit.ts fits values to them). Each template also says, in plain words, what the 消息 list shows, so
 * an entry is kept even when no subscribe message could be sent.
 *
 * The ids come from configuration (config/subscribe-templates.json, one section per environment):
 * apply for each template in the WeChat console (订阅消息 → 公共模板库) choosing the keywords listed in
 * `fields`, in that order, then put the ids the console gives into that file.
 */
export const KEYWORD_TYPES = ['thing', 'phrase', 'time', 'date', 'number', 'character_string', 'name', 'amount', 'phone_number', 'letter', 'symbol', 'car_number'] as const;
export type KeywordType = (typeof KEYWORD_TYPES)[number];

export type FieldValue = string | number | Date;

interface TemplateDef<F extends string> {
  /** The title to pick in WeChat's template library. */
  title: string;
  /** keyword key → the keyword's name in the console. */
  fields: Record<F, string>;
  /** Who is asked, at which tap: a line for README and the console application. */
  askedWhen: string;
  /** What the 消息 list says (full text; the subscribe message gets trimmed values). */
  inbox: (d: Record<F, string>) => { title: string; body: string };
}

const define = <F extends string>(def: TemplateDef<F>): TemplateDef<F> => def;

export const TEMPLATES = {
  ideaProgress: define({
    title: '建议处理进度通知',
    fields: { character_string1: '受理编号', thing2: '建议内容', phrase3: '处理状态', thing4: '备注' },
    askedWhen: '老同志提交金点子时',
    inbox: (d) => ({ title: `金点子${d.phrase3}`, body: `您的金点子“${d.thing2}”（${d.character_string1}）${d.phrase3}：${d.thing4}` }),
  }),
  activitySignup: define({
    title: '活动报名结果通知',
    fields: { thing1: '活动名称', phrase2: '报名结果', date3: '活动日期' },
    askedWhen: '老同志报名志愿活动时',
    inbox: (d) => ({ title: `活动${d.phrase2}`, body: `${d.date3}的活动“${d.thing1}”：${d.phrase2}` }),
  }),
  teamMembership: define({
    title: '入队申请结果通知',
    fields: { thing1: '服务队名称', phrase2: '审核结果' },
    askedWhen: '老同志申请加入志愿服务队时',
    inbox: (d) => ({ title: `服务队：${d.phrase2}`, body: `“${d.thing1}”：${d.phrase2}` }),
  }),
  lessonReview: define({
    title: '课程审核结果通知',
    fields: { thing1: '课程名称', phrase2: '审核结果', thing3: '备注' },
    askedWhen: '支部书记在课程列表点“发布”时',
    inbox: (d) => ({ title: `课程${d.phrase2}`, body: `课程“${d.thing1}”${d.phrase2}：${d.thing3}` }),
  }),
  sessionChange: define({
    title: '课程变更通知',
    fields: { thing1: '课程主题', time2: '上课时间', thing3: '变更说明' },
    askedWhen: '老同志报名院坝小讲堂时',
    inbox: (d) => ({ title: '小讲堂有变动', body: `${d.time2}的小讲堂“${d.thing1}”${d.thing3}` }),
  }),
  deliveryTask: define({
    title: '待办任务提醒',
    fields: { number1: '任务数量', thing2: '任务内容' },
    askedWhen: '支部书记在课程列表点“发布”时',
    inbox: (d) => ({ title: '送学上门任务', body: `有 ${d.number1} ${d.thing2}` }),
  }),
  careProgress: define({
    title: '问题处理进度通知',
    fields: { thing1: '问题内容', phrase2: '处理状态', thing3: '处理说明' },
    askedWhen: '老同志点“我要求助”提交时',
    inbox: (d) => ({ title: `求助${d.phrase2}`, body: `您反映的“${d.thing1}”${d.phrase2}：${d.thing3}` }),
  }),
  signupReminder: define({
    title: '活动开始提醒',
    fields: { thing1: '活动名称', time2: '开始时间', thing3: '活动地点', thing4: '温馨提示' },
    // thing4 is the start in everyday words ("明天 9:30"), what the 消息 entry leads with.
    askedWhen: '老同志报名志愿活动或院坝小讲堂时',
    inbox: (d) => ({ title: '明天有安排', body: `${d.thing4} 在 ${d.thing3}：${d.thing1}（${d.time2}）` }),
  }),
  overdueReminder: define({
    title: '待办事项提醒',
    fields: { number1: '超期数量', thing2: '提醒内容' },
    askedWhen: '工作人员受理金点子时',
    inbox: (d) => ({ title: '金点子督办提醒', body: `有 ${d.number1} ${d.thing2}` }),
  }),
  familyHelper: define({
    title: '服务办理通知',
    fields: { thing1: '办理人', thing2: '办理事项', time3: '办理时间' },
    askedWhen: '老同志在“家人帮办”生成邀请码时',
    inbox: (d) => ({ title: '家人帮办', body: `${d.time3}，${d.thing1}${d.thing2}` }),
  }),
} as const;

export type TemplateKey = keyof typeof TEMPLATES;
export type FieldsOf<K extends TemplateKey> = keyof (typeof TEMPLATES)[K]['fields'] & string;
export type TemplateData<K extends TemplateKey> = Record<FieldsOf<K>, FieldValue>;

export const TEMPLATE_KEYS = Object.keys(TEMPLATES) as TemplateKey[];

/** `thing12` → `thing`; `character_string1` → `character_string`. */
export const keywordType = (key: string): KeywordType | undefined => {
  const m = /^([a-z_]+?)\d+$/.exec(key);
  return m && (KEYWORD_TYPES as readonly string[]).includes(m[1]) ? (m[1] as KeywordType) : undefined;
};
