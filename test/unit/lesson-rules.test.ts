import { canApply, nextStatus } from '../../cloudfunctions/domain/lessons/lifecycle';
import { judgeStudy, legacyReadSeconds, remainingText, requiredListenSeconds } from '../../cloudfunctions/domain/lessons/study-time';
import { checkInCode, seatsLeft } from '../../cloudfunctions/domain/lessons/seats';
import { bodyToText, imageIds, lessonText, parseBodyText, speechChunks } from '../../cloudfunctions/domain/lessons/body';
import { chinaDate, chinaMonth } from '../../cloudfunctions/domain/lessons/month';
import { CATEGORY_LABELS, LESSON_CATEGORIES, bodyBlock, lessonInput } from '../../cloudfunctions/contract/lesson-model';

describe('lesson categories', () => {
  it('are exactly the four of the county, with their Chinese names', () => {
    expect(LESSON_CATEGORIES).toEqual(['micro', 'policy', 'exemplar', 'integrity']);
    expect(CATEGORY_LABELS).toEqual({ micro: '微课', policy: '形势政策宣讲课', exemplar: '榜样引领示范课', integrity: '廉政建设课' });
  });
});

describe('lesson lifecycle', () => {
  it('goes draft → published → withdrawn → draft', () => {
    expect(nextStatus('draft', 'publish')).toBe('published');
    expect(nextStatus('published', 'withdraw')).toBe('withdrawn');
    expect(nextStatus('withdrawn', 'toDraft')).toBe('draft');
  });
  it('holds a publish whose content safety verdict is not pass', () => {
    expect(nextStatus('draft', 'publish', 'review')).toBe('held');
    expect(nextStatus('draft', 'publish', 'risky')).toBe('held');
    expect(nextStatus('held', 'toDraft')).toBe('draft');
  });
  it('refuses everything else', () => {
    expect(nextStatus('published', 'publish')).toBeNull();
    expect(nextStatus('published', 'edit')).toBeNull();
    expect(nextStatus('draft', 'withdraw')).toBeNull();
    expect(nextStatus('draft', 'toDraft')).toBeNull();
    expect(nextStatus('held', 'publish')).toBeNull();
    expect(canApply('withdrawn', 'edit')).toBe(false);
    expect(canApply('draft', 'edit')).toBe(true);
  });
});

describe('study-time rule', () => {
  const openedAt = new Date('2026-11-28T02:00:00Z');
  const after = (s: number) => new Date(openedAt.getTime() + s * 1000);

  it('progress noted before the content estimate wants half the stated minutes, at least 30 s and at most 15 min', () => {
    expect(legacyReadSeconds(1)).toBe(30);
    expect(legacyReadSeconds(8)).toBe(240);
    expect(legacyReadSeconds(120)).toBe(900);
    expect(requiredListenSeconds(600)).toBe(480);
  });
  it('counts reading the server saw', () => {
    expect(judgeStudy({ needReadSeconds: 240, openedAt, now: after(240), readSeconds: 240 })).toEqual({ ok: true, by: 'reading' });
  });
  it('does not believe a claim longer than the time since opening', () => {
    const v = judgeStudy({ needReadSeconds: 240, openedAt, now: after(10), readSeconds: 3600 });
    expect(v).toEqual({ ok: false, remainingSeconds: 225 });
  });
  it('does not count a click right after opening, nor time the reader says they did not spend', () => {
    expect(judgeStudy({ needReadSeconds: 240, openedAt, now: after(1), readSeconds: 1 }).ok).toBe(false);
    expect(judgeStudy({ needReadSeconds: 240, openedAt, now: after(3600), readSeconds: 20 }).ok).toBe(false);
  });
  it('counts listening to most of the recording, allowing faster playback but not more', () => {
    const base = { needReadSeconds: 300, audioSeconds: 600, openedAt, readSeconds: 0 };
    expect(judgeStudy({ ...base, now: after(330), listenedSeconds: 480 })).toEqual({ ok: true, by: 'listening' });
    expect(judgeStudy({ ...base, now: after(100), listenedSeconds: 480 }).ok).toBe(false);
    expect(judgeStudy({ ...base, now: after(600), listenedSeconds: 300 }).ok).toBe(false);
  });
  it('says what is left in plain words', () => {
    expect(remainingText(25)).toBe('还需要再学大约30秒');
    expect(remainingText(61)).toBe('还需要再学大约2分钟');
  });
});

describe('seats', () => {
  it('seats left never go below zero', () => {
    expect(seatsLeft({ capacity: 2, taken: 3 })).toBe(0);
  });
  it('check-in codes are always four digits', () => {
    expect(checkInCode(() => 0)).toBe('0000');
    expect(checkInCode(() => 0.0421)).toBe('0421');
    expect(checkInCode(() => 0.99999)).toBe('9999');
  });
});

describe('lesson body: structured, never HTML', () => {
  it('turns the writer\'s text into headings and paragraphs and back', () => {
    const blocks = parseBodyText('# 一、学习要点\n\n第一段第一行\n第一段第二行\n\n第二段\n# 二、小结\n结尾');
    expect(blocks).toEqual([
      { type: 'heading', text: '一、学习要点' },
      { type: 'paragraph', text: '第一段第一行\n第一段第二行' },
      { type: 'paragraph', text: '第二段' },
      { type: 'heading', text: '二、小结' },
      { type: 'paragraph', text: '结尾' },
    ]);
    expect(parseBodyText(bodyToText(blocks))).toEqual(blocks);
  });
  it('keeps markup as plain text, and refuses unknown block kinds and keys', () => {
    expect(parseBodyText('<script>alert(1)</script>')).toEqual([{ type: 'paragraph', text: '<script>alert(1)</script>' }]);
    expect(bodyBlock.safeParse({ type: 'html', html: '<b>x</b>' }).success).toBe(false);
    expect(bodyBlock.safeParse({ type: 'paragraph', text: 'x', html: '<b>' }).success).toBe(false);
    expect(bodyBlock.safeParse({ type: 'image', fileId: 'javascript:alert(1)' }).success).toBe(false);
    expect(bodyBlock.safeParse({ type: 'image', fileId: 'cloud://env.bucket/lessons/a.jpg' }).success).toBe(true);
  });
  it('collects every word for content safety and every image id', () => {
    const body = [
      { type: 'heading' as const, text: '标题' },
      { type: 'image' as const, fileId: 'cloud://e.b/x.jpg', caption: '图注' },
      { type: 'paragraph' as const, text: '正文' },
    ];
    expect(lessonText({ title: 'T', summary: 'S', body })).toBe('T\nS\n标题\n图注\n正文');
    expect(imageIds(body)).toEqual(['cloud://e.b/x.jpg']);
  });
  it('reads aloud in sentence chunks', () => {
    const chunks = speechChunks('第一句。第二句！' + '长'.repeat(130), 60);
    expect(chunks[0]).toBe('第一句。第二句！');
    expect(chunks.every((c) => Array.from(c).length <= 60)).toBe(true);
    expect(chunks.join('')).toBe('第一句。第二句！' + '长'.repeat(130));
  });
  it('a recording needs its length', () => {
    const lesson = {
      title: '课', summary: '简介', category: 'micro', body: [{ type: 'paragraph', text: '正文' }], estimatedMinutes: 5, audience: 'county',
    };
    expect(lessonInput.safeParse(lesson).success).toBe(true);
    expect(lessonInput.safeParse({ ...lesson, audioFileId: 'cloud://e.b/a.mp3' }).success).toBe(false);
    expect(lessonInput.safeParse({ ...lesson, category: 'other' }).success).toBe(false);
  });
});

describe('months in China time', () => {
  it('a study at 23:30 on 30 Nov in Shanghai counts for November; 00:30 on 1 Dec for December', () => {
    expect(chinaMonth(new Date('2026-11-30T15:30:00Z'))).toBe('2026-11');
    expect(chinaMonth(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12');
    expect(chinaDate(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01');
  });
});
