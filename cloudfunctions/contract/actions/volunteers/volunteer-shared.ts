import { z } from '../../zod';
import { id } from '../../text';
import { CHECK_CODE_DIGITS, CHECK_CODE_PATTERN } from '../../code-words';

/** Pieces the volunteering actions share (teams, activities, records). */
export const teamId = id('服务队');
export const activityId = id('活动');
export const memberId = id('老同志');
export const dateTime = (label: string) => z.iso.datetime({ offset: true, error: `请选择${label}` });
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份格式应为 2026-11');
export const code = z.string({ error: '请输入签到码' }).trim().regex(CHECK_CODE_PATTERN, `签到码是${CHECK_CODE_DIGITS}位数字`);

export const HOUR_MS = 3_600_000;
