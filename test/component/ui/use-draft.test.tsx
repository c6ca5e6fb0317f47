/**
 * @jest-environment jsdom
 */
/**
 * The draft hook as a page uses it, so that a weak network or a restart loses nothing typed: saves after
 * a pause in typing, restores on the next open with `restored` set, 清空重写 goes back to the form as it
 * opened, a sent form is not saved again.
 * Taro's storage is an in-memory map; page-hide is not exercised here (the e2e suite reloads real pages).
 */
import { act, renderHook } from '@testing-library/react';

const storage = new Map<string, unknown>();
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (k: string) => (storage.has(k) ? JSON.parse(JSON.stringify(storage.get(k))) : ''),
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
  },
  useDidHide: () => undefined,
}));

import { DRAFT_SAVE_DELAY_MS, useDraft } from '../../../client/features/drafts/use-draft';

interface Form {
  title: string;
}
const KEY = 'yl.draft.test-form';

const render = (initial: Form, opts: { ready?: boolean } = {}) => {
  const restored: Form[] = [];
  const resets: Form[] = [];
  const hook = renderHook(
    ({ value, ready }: { value: Form; ready: boolean }) =>
      useDraft<Form>({ key: 'test-form', value, ready, restore: (v) => restored.push(v), reset: (v) => resets.push(v) }),
    { initialProps: { value: initial, ready: opts.ready ?? true } },
  );
  return { ...hook, restored, resets };
};

beforeEach(() => {
  storage.clear();
  jest.useFakeTimers();
});
afterEach(() => jest.useRealTimers());

it('saves after a pause in typing, not at every key', () => {
  const { rerender } = render({ title: '' });
  rerender({ value: { title: '公' }, ready: true });
  act(() => void jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 100));
  rerender({ value: { title: '公交' }, ready: true });
  act(() => void jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS - 100));
  expect(storage.has(KEY)).toBe(false);
  act(() => void jest.advanceTimersByTime(200));
  expect((storage.get(KEY) as { value: Form }).value).toEqual({ title: '公交' });
});

it('restores on the next open and says so; 清空重写 forgets it and puts the opening value back', () => {
  storage.set(KEY, { value: { title: '上次写的' }, savedAt: Date.now() });
  const { result, restored, resets } = render({ title: '' });
  expect(restored).toEqual([{ title: '上次写的' }]);
  expect(result.current.restored).toBe(true);
  act(() => result.current.clear());
  expect(result.current.restored).toBe(false);
  expect(resets).toEqual([{ title: '' }]);
  expect(storage.has(KEY)).toBe(false);
});

it('a form that edits a record waits until it is loaded, and keeps nothing while it is unchanged', () => {
  storage.set(KEY, { value: { title: '改了一半' }, savedAt: Date.now() });
  const { rerender, restored } = render({ title: '' }, { ready: false });
  expect(restored).toEqual([]);
  rerender({ value: { title: '原来的标题' }, ready: true });
  expect(restored).toEqual([{ title: '改了一半' }]);
  // Back to exactly the record as loaded: nothing to keep.
  rerender({ value: { title: '原来的标题' }, ready: true });
  act(() => void jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS + 10));
  expect(storage.has(KEY)).toBe(false);
});

it('after a successful send the draft is gone and is not written again', () => {
  const { result, rerender } = render({ title: '' });
  rerender({ value: { title: '要提交的' }, ready: true });
  act(() => result.current.flush());
  expect(storage.has(KEY)).toBe(true);
  act(() => result.current.done());
  expect(storage.has(KEY)).toBe(false);
  rerender({ value: { title: '要提交的！' }, ready: true });
  act(() => void jest.advanceTimersByTime(DRAFT_SAVE_DELAY_MS + 10));
  expect(storage.has(KEY)).toBe(false);
});
