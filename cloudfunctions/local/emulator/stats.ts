/**
 * Round-trip counter (the budget: reads ≤ 2, writes ≤ 4 per action). Every HTTP request the emulator
 * receives is counted once, under its SDK action (`database.getDocument`, `wx.api`…) or, for the storage
 * byte transfers, under `storage.upload` / `storage.download`.
 *
 * Each request's time in flight is kept too, so the sequential depth can be read: the longest chain of
 * requests each sent only after the one before had answered. That, not the count, is what a caller waits
 * for when every request is a network hop (requests sent together overlap and cost one hop). It means
 * something only with a simulated round trip (`setLatency`); with none, a request can finish before the
 * next one of a parallel pair even arrives.
 */
export interface Stats {
  requests: number;
  byAction: Record<string, number>;
  /** The longest chain of requests that did not overlap in time (0 when none were made). */
  depth: number;
}

interface Span {
  start: number;
  end: number;
}

/** Longest chain of spans, each starting at or after the previous one ended (sorted by end, binary search). */
export const sequentialDepth = (spans: Span[]): number => {
  const byEnd = [...spans].sort((a, b) => a.end - b.end);
  const best: number[] = []; // best[i]: the longest chain ending with byEnd[i]
  const prefix: number[] = []; // prefix[i]: max of best[0..i]
  for (let i = 0; i < byEnd.length; i++) {
    let lo = 0;
    let hi = i - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid].end <= byEnd[i].start) {
        last = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    best[i] = 1 + (last >= 0 ? prefix[last] : 0);
    prefix[i] = Math.max(best[i], i > 0 ? prefix[i - 1] : 0);
  }
  return byEnd.length ? prefix[byEnd.length - 1] : 0;
};

export class RequestStats {
  private requests = 0;
  private byAction = new Map<string, number>();
  private spans: Span[] = [];

  count(action: string): void {
    this.requests++;
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  /** A request's time in flight, from arrival to the last byte of its answer (ms, monotonic). */
  span(start: number, end: number): void {
    this.spans.push({ start, end });
  }

  snapshot(): Stats {
    return { requests: this.requests, byAction: Object.fromEntries(this.byAction), depth: sequentialDepth(this.spans) };
  }

  reset(): void {
    this.requests = 0;
    this.byAction = new Map();
    this.spans = [];
  }
}
