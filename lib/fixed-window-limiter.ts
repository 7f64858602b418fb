/**
 * In-memory fixed-window counter, per server process: N processes allow N times the limit. Limits
 * that must hold across processes use lib/rate-limit.ts (PostgreSQL) instead.
 */
export class FixedWindowLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly maxKeys = 10_000,
  ) {}

  /** Counts a hit; false once `key` has used up this window. */
  hit(key: string, now = Date.now()): { isAllowed: boolean; retryAfterSeconds: number } {
    const start = now - (now % this.windowMs);
    let window = this.windows.get(key);
    if (!window || window.start !== start) {
      if (this.windows.size >= this.maxKeys) this.prune(start);
      window = { start, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    return { isAllowed: window.count <= this.limit, retryAfterSeconds: Math.ceil((start + this.windowMs - now) / 1000) };
  }

  private prune(currentStart: number) {
    for (const [key, window] of this.windows) if (window.start !== currentStart) this.windows.delete(key);
    // Still full of this window's keys: forget the oldest rather than grow without bound.
    if (this.windows.size >= this.maxKeys) this.windows.delete(this.windows.keys().next().value as string);
  }
}
