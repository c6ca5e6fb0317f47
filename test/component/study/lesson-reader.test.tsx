/**
 * @jest-environment jsdom
 */
/**
 * 朗读 on the lesson page, the page's own reader (LessonReader: the player, the
 * sentences shown and marked) with only the speech engine replaced: the engine tells which piece it is
 * reading, fails, or says reading aloud is not possible here. Taro's components are plain elements and
 * its scroll API records what it was asked.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { LessonDetail } from '../../../cloudfunctions/contract/lesson-model';
import type { SpeechHandlers, SpeechPlayer } from '../../../client/features/study/speech-player';

jest.mock('@tarojs/components', () => {
  const React = jest.requireActual<typeof import('react')>('react');
  const tag = (name: string) => (name === 'Text' ? 'span' : name === 'Image' ? 'img' : 'div');
  const make = (name: string) =>
    function Stub({ children, hoverClass: _h, mode: _m, ...props }: Record<string, unknown>) {
      return React.createElement(tag(name), props, children as React.ReactNode);
    };
  return new Proxy({}, { get: (_t, name) => (name === '__esModule' ? true : make(String(name))) });
});

const scrolls: number[] = [];
let sentenceBox = { top: 900, bottom: 940 };
jest.mock('@tarojs/taro', () => {
  const query = {
    select: () => query,
    boundingClientRect: () => query,
    selectViewport: () => query,
    scrollOffset: () => query,
    exec: (cb: (r: unknown[]) => void) => cb([sentenceBox, { scrollTop: 100 }]),
  };
  const api: Record<string, unknown> = {
    createSelectorQuery: () => query,
    getWindowInfo: () => ({ windowHeight: 600 }),
    pageScrollTo: ({ scrollTop }: { scrollTop: number }) => void scrolls.push(scrollTop),
  };
  const noop = () => undefined;
  return new Proxy({}, { get: (_t, name) => (name === '__esModule' ? true : name === 'default' ? new Proxy(api, { get: (a, k) => a[String(k)] ?? noop }) : noop) });
});

/** The engine boundary: a stand-in the test drives. */
const engine = {
  verdict: null as string | null,
  started: [] as string[][],
  handlers: null as SpeechHandlers | null,
};
jest.mock('../../../client/features/study/speech-player', () => ({
  createSpeechPlayer: (): SpeechPlayer => ({
    check: () => Promise.resolve(engine.verdict),
    known: () => engine.verdict,
    failText: '朗读停住了，没有读完，多半是网络不好。',
    start: (chunks, _rate, handlers) => {
      engine.started.push(chunks);
      engine.handlers = handlers;
    },
    pause: () => undefined,
    resume: () => undefined,
    stop: () => undefined,
  }),
}));

import { LessonReader } from '../../../client/features/study/LessonReader';

const lesson = {
  id: 'l1', title: '学习枫桥经验', summary: '小事不出村。大事不出镇。', category: 'micro', estimatedMinutes: 3, hasAudio: false, hasVideo: false,
  audience: 'branch', status: 'published', authorName: '王德明', updatedAt: '2026-12-01T00:00:00Z', canManage: false,
  body: [
    { type: 'heading', text: '一、什么是枫桥经验' },
    { type: 'paragraph', text: '依靠群众就地化解矛盾。这是老办法。' },
    { type: 'heading', text: '二、我们能做什么' },
    { type: 'paragraph', text: '老同志威望高、经验足。可以帮着调解邻里纠纷。' },
  ],
  mine: { studied: false, requiredReadSeconds: 30 },
} as LessonDetail;

beforeEach(() => {
  engine.verdict = null;
  engine.started = [];
  engine.handlers = null;
  scrolls.length = 0;
  sentenceBox = { top: 900, bottom: 940 };
});

const flush = () => act(async () => undefined);

it('counts the 段 the reader sees, marks the sentence being read and keeps it on screen', async () => {
  render(<LessonReader lesson={lesson} aloud />);
  await flush();
  fireEvent.click(screen.getByText('朗读这一课'));
  // Title, two summary sentences, then heading 1, two sentences of paragraph 1 …
  expect(engine.started[0]).toEqual(['学习枫桥经验', '小事不出村。', '大事不出镇。', '一、什么是枫桥经验', '依靠群众就地化解矛盾。', '这是老办法。', '二、我们能做什么', '老同志威望高、经验足。', '可以帮着调解邻里纠纷。']);
  act(() => engine.handlers?.onChunk(1));
  expect(screen.getByText('正在读标题和简介')).toBeTruthy();
  expect(document.getElementById('aloud-now')?.textContent).toBe('小事不出村。');

  act(() => engine.handlers?.onChunk(5));
  expect(screen.getByText('正在读第 2 段，共 4 段')).toBeTruthy();
  const now = document.getElementById('aloud-now');
  expect(now?.textContent).toBe('这是老办法。');
  expect(now?.className).toBe('aloud-now');
  expect(document.querySelectorAll('#aloud-now')).toHaveLength(1);
  // Each sentence so far was below the screen (900 px of 600): the page scrolled it to a third from the top.
  expect(scrolls).toEqual([100 + 900 - 200, 100 + 900 - 200]);
  // A sentence well inside the screen does not move the page.
  sentenceBox = { top: 300, bottom: 340 };
  act(() => engine.handlers?.onChunk(8));
  expect(screen.getByText('正在读第 4 段，共 4 段')).toBeTruthy();
  expect(scrolls).toHaveLength(2);
  // The paragraph still reads as written.
  expect(document.querySelectorAll('.lesson-p')[1].textContent).toBe('老同志威望高、经验足。可以帮着调解邻里纠纷。');

  act(() => engine.handlers?.onEnd());
  expect(document.getElementById('aloud-now')).toBeNull();
  expect(screen.getByText('朗读这一课')).toBeTruthy();
});

it('an engine error is not "finished": it says so, keeps the place and goes on from there', async () => {
  render(<LessonReader lesson={lesson} aloud />);
  await flush();
  fireEvent.click(screen.getByText('朗读这一课'));
  act(() => engine.handlers?.onChunk(7));
  act(() => engine.handlers?.onFail());
  expect(screen.getByText('朗读停住了，没有读完，多半是网络不好。')).toBeTruthy();
  fireEvent.click(screen.getByText('接着朗读（从第4段）'));
  expect(engine.started[1]).toEqual(['老同志威望高、经验足。', '可以帮着调解邻里纠纷。']);
});

it('where reading aloud is not possible, the page says so in plain words and offers no button', async () => {
  engine.verdict = '这里不能朗读：这台设备上没有中文朗读的声音。';
  render(<LessonReader lesson={lesson} aloud />);
  await flush();
  expect(screen.getByText('这里不能朗读：这台设备上没有中文朗读的声音。')).toBeTruthy();
  expect(screen.getByText('不能朗读：')).toBeTruthy();
  expect(screen.queryByText('朗读这一课')).toBeNull();
  expect(engine.started).toEqual([]);
});
