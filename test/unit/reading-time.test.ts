import { estimateMinutes, lessonChars, requiredReadSeconds, studySeconds } from '../../cloudfunctions/contract/reading-time';
import { legacyReadSeconds } from '../../cloudfunctions/domain/lessons/study-time';

/**
 * The reading-time estimate: taken from the lesson itself — characters at a careful
 * elder's pace, a little time per picture, the recording's length — and shared by the editor and the
 * server's study-time rule.
 */
const para = (n: number) => ({ type: 'paragraph' as const, text: '学'.repeat(n) });
const lesson = (body: Array<ReturnType<typeof para> | { type: 'heading'; text: string } | { type: 'image'; fileId: string; caption?: string }>, audioSeconds?: number) => ({
  title: '标题十个字标题十个字',
  summary: '简介十个字简介十个字',
  body,
  ...(audioSeconds ? { audioSeconds } : {}),
});

describe('reading-time estimate', () => {
  it('counts the characters a reader sees (title, summary, headings, paragraphs, captions), not spaces', () => {
    const l = lesson([{ type: 'heading', text: '一 二' }, para(30), { type: 'image', fileId: 'cloud://e.b/a.jpg', caption: '图注' }]);
    expect(lessonChars(l)).toBe(10 + 10 + 2 + 30 + 2);
  });
  it('a ~150-character lesson takes about a minute; pictures add time; longer text takes longer', () => {
    const short = lesson([para(130)]);
    expect(studySeconds(short)).toBe(60);
    expect(estimateMinutes(short)).toBe(1);
    expect(studySeconds(lesson([para(130), { type: 'image', fileId: 'cloud://e.b/a.jpg' }]))).toBe(75);
    expect(estimateMinutes(lesson([para(1480)]))).toBe(10);
  });
  it('a recording longer than the reading sets the time; never below 1 or above 180 minutes', () => {
    expect(studySeconds(lesson([para(10)], 600))).toBe(600);
    expect(estimateMinutes(lesson([para(10)], 600))).toBe(10);
    expect(estimateMinutes({ title: '', summary: '', body: [] })).toBe(1);
    expect(estimateMinutes(lesson([para(10)], 4 * 3600))).toBe(180);
  });
});

describe('reading wanted before 学完了 counts', () => {
  it('a careful read of a short lesson marked 约7分钟 is enough: the stated minutes never make it harsher', () => {
    const short = { ...lesson([para(130)]), estimatedMinutes: 7 };
    expect(requiredReadSeconds(short)).toBe(30);
    // The old rule, half of the typed minutes, wanted three and a half minutes for the same lesson.
    expect(legacyReadSeconds(7)).toBe(210);
  });
  it('half the time the content takes, at least 30 s and at most 15 min; stated minutes may only lower it', () => {
    expect(requiredReadSeconds(lesson([para(1180)]))).toBe(240);
    expect(requiredReadSeconds({ ...lesson([para(1180)]), estimatedMinutes: 4 })).toBe(120);
    expect(requiredReadSeconds({ ...lesson([para(1180)]), estimatedMinutes: 30 })).toBe(240);
    expect(requiredReadSeconds(lesson([para(2)]))).toBe(30);
    expect(requiredReadSeconds(lesson([para(2000), para(2000), para(2000), para(2000), para(2000)]))).toBe(900);
  });
});
