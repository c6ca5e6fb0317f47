import type { z } from 'zod';

/**
 * The words for every validation issue zod can raise that a schema did not word itself (a wrong type
 * from a buggy or hostile client, a bound nobody labelled). The people reading them are elders: no type
 * names, no symbols, no English — only what to do. Schemas that know their field's name ("请填写标题")
 * still win over these, because zod prefers a schema's own `error` to the configured locale.
 */
type Issue = z.core.$ZodRawIssue;

const TYPE_WORDS: Record<string, string> = {
  string: '请填写文字',
  number: '请填写数字',
  int: '请填写整数',
  bigint: '请填写整数',
  boolean: '请选择是或否',
  date: '请填写日期',
  array: '请选择或填写相应的几项',
  object: '这一项的内容不完整，请重新填写',
};

const tooBig = (issue: Extract<Issue, { code: 'too_big' }>): string => {
  const max = Number(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return `最多${max}个字`;
    case 'array':
    case 'set':
      return `最多${max}项`;
    case 'file':
      return '文件太大了';
    case 'date':
      return '日期太晚了';
    default:
      return Number.isFinite(max) && Math.abs(max) < 1e15 ? `不能大于${max}` : '数字太大了';
  }
};

const tooSmall = (issue: Extract<Issue, { code: 'too_small' }>): string => {
  const min = Number(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return min <= 1 ? '请填写这一项' : `至少${min}个字`;
    case 'array':
    case 'set':
      return min <= 1 ? '请至少选一项' : `至少${min}项`;
    case 'file':
      return '文件是空的，请重新选择';
    case 'date':
      return '日期太早了';
    default:
      return Number.isFinite(min) && Math.abs(min) < 1e15 ? `不能小于${min}` : '数字太小了';
  }
};

export const chineseIssueMessage = (issue: Issue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return '请填写这一项';
      // 1e309 arrives as Infinity, 0/0 as NaN: a number, but not one anybody typed.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) return '这个数字不对，请重新填写';
      return TYPE_WORDS[issue.expected] ?? '这一项填写得不对';
    case 'invalid_value':
      return issue.values.length === 1 ? '这一项填写得不对' : '请从给出的选项中选择';
    case 'too_big':
      return tooBig(issue);
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return '格式不对，请按提示填写';
    case 'not_multiple_of':
      return '这个数字不对，请重新填写';
    case 'unrecognized_keys':
      return '不认识的填写项';
    case 'invalid_key':
    case 'invalid_element':
      return '其中有一项填写得不对';
    case 'invalid_union':
      return '填写的内容不符合要求';
    default:
      return '填写的内容不符合要求';
  }
};
