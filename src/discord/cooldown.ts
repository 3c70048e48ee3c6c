/**
 * A per-member command budget. `take` counts one command and answers how many ms the member must
 * wait when over budget (the command is then not counted), else 0. Only commands count: turning a
 * page or autocomplete is reading, not asking.
 */
export interface Limiter {
  take(user: string): number | Promise<number>;
}

/** The budget as the operator writes it: `5/10s`, `20/1m`, or `off`. */
export interface Budget {
  limit: number;
  windowMs: number;
}

export const DEFAULT_BUDGET: Budget = { limit: 5, windowMs: 10_000 };

/** `5/10s` → 5 commands per 10 000 ms; `off` → null (no budget); anything else → undefined. */
export function parseBudget(text: string): Budget | null | undefined {
  if (text.trim().toLowerCase() === 'off') return null;
  const m = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*(ms|s|m|h)\s*$/i.exec(text);
  if (!m) return undefined;
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[m[3]!.toLowerCase() as 'ms' | 's' | 'm' | 'h'];
  const budget = { limit: Number(m[1]), windowMs: Number(m[2]) * unit };
  return budget.limit > 0 && budget.windowMs > 0 ? budget : undefined;
}

/** No budget at all (`COMMAND_LIMIT=off`). */
export const unlimited: Limiter = { take: () => 0 };

/**
 * Per-user command budget in this process: at most `limit` commands in any `windowMs`. A user over
 * it is told how long to wait; everyone else is unaffected. The clock is injected so tests need no sleeping.
 */
export class Cooldowns implements Limiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts a command by `user`; returns how many ms they must wait when over budget (the command is then not counted),
   * else 0.
   */
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
    if (this.hits.size > 10_000)
      for (const [u, ts] of this.hits) if (ts.every((t) => now - t >= this.windowMs)) this.hits.delete(u);
    return 0;
  }
}
