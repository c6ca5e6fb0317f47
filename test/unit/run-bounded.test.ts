import { runBounded } from '../../client/api/run-bounded';

/** The desk's bulk marks go out a few at a time: never more in flight than the bound, every row answered once. */
describe('runBounded', () => {
  const gate = () => {
    let open: () => void = () => undefined;
    const shut = new Promise<void>((resolve) => (open = resolve));
    return { shut, open };
  };

  it('keeps at most `limit` in flight and starts the next as one finishes', async () => {
    const gates = Array.from({ length: 7 }, gate);
    const started: number[] = [];
    let inFlight = 0;
    let most = 0;
    const done = runBounded([0, 1, 2, 3, 4, 5, 6], 3, async (i) => {
      started.push(i);
      inFlight += 1;
      most = Math.max(most, inFlight);
      await gates[i].shut;
      inFlight -= 1;
    });
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2]);
    gates[1].open();
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual([0, 1, 2, 3]);
    gates.forEach((g) => g.open());
    await done;
    expect(started.sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(most).toBe(3);
  });

  it('does each item once when there are fewer items than lanes, and nothing for none', async () => {
    const seen: string[] = [];
    await runBounded(['a', 'b'], 4, async (x) => void seen.push(x));
    await runBounded([], 4, async () => void seen.push('never'));
    expect(seen).toEqual(['a', 'b']);
  });
});
