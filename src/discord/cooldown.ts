/**
 * Per-user command budget: at most `limit` commands in any `windowMs`. A user over it is told how
 * long to wait; everyone else is unaffected. The clock is injected so tests need no sleeping.
 */
export class Cooldowns {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a command by `user`; returns how many ms they must wait when over budget (the command is then not counted), else 0. */
  take(user: string): number {
    const now = this.now();
    const recent = (this.hits.get(user) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(user, recent);
      return recent[0]! + this.windowMs - now;
    }
    recent.push(now);
    this.hits.set(user, recent);
    // Users who went quiet are forgotten, so the map stays the size of the active users.
    if (this.hits.size > 10_000) for (const [u, ts] of this.hits) if (ts.every((t) => now - t >= this.windowMs)) this.hits.delete(u);
    return 0;
  }
}
