import { sequentialDepth } from '../../cloudfunctions/local/emulator/stats';

describe('sequential depth of request spans', () => {
  it('is 0 for none, 1 for overlapping spans, and the longest non-overlapping chain otherwise', () => {
    expect(sequentialDepth([])).toBe(0);
    expect(sequentialDepth([{ start: 0, end: 10 }, { start: 1, end: 11 }, { start: 2, end: 9 }])).toBe(1);
    // a, then b ∥ c, then d: three hops.
    expect(sequentialDepth([{ start: 0, end: 10 }, { start: 10, end: 20 }, { start: 11, end: 21 }, { start: 22, end: 30 }])).toBe(3);
    // A long request alongside a chain of short ones: the chain decides.
    expect(sequentialDepth([{ start: 0, end: 100 }, { start: 0, end: 10 }, { start: 12, end: 20 }, { start: 25, end: 30 }, { start: 31, end: 40 }])).toBe(4);
  });
});
