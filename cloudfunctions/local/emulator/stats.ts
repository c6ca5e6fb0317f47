/**
 * Round-trip counter (the budget: reads ≤ 2, writes ≤ 4 per action). Every HTTP request the emulator
 * receives is counted once, under its SDK action (`database.getDocument`, `wx.api`…) or, for the storage
 * byte transfers, under `storage.upload` / `storage.download`.
 */
export interface Stats {
  requests: number;
  byAction: Record<string, number>;
}

export class RequestStats {
  private requests = 0;
  private byAction = new Map<string, number>();

  count(action: string): void {
    this.requests++;
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  snapshot(): Stats {
    return { requests: this.requests, byAction: Object.fromEntries(this.byAction) };
  }

  reset(): void {
    this.requests = 0;
    this.byAction = new Map();
  }
}
