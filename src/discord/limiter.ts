import { Cooldowns, unlimited, type Budget, type Limiter } from './cooldown.js';

export interface CommandLimiter {
  limiter: Limiter;
  /** Where the budget is kept, for the start-up log line. */
  kind: 'off' | 'memory' | 'redis';
}

/**
 * The command budget the operator set: none (`COMMAND_LIMIT=off`) or this process's own (the default). With a
 * shared Redis it is `redisLimiter` (`redis-limiter.ts`, loaded only then).
 */
export function commandLimiter(budget: Budget | null): CommandLimiter {
  if (budget === null) return { limiter: unlimited, kind: 'off' };
  return { limiter: new Cooldowns(budget.limit, budget.windowMs), kind: 'memory' };
}
