import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Cooldowns, unlimited, type Budget, type Limiter } from './cooldown.js';
import type { SharedRedis } from './redis.js';

export interface CommandLimiter {
  limiter: Limiter;
  /** Where the budget is kept, for the start-up log line. */
  kind: 'off' | 'memory' | 'redis';
}

/**
 * The command budget the operator set: none (`COMMAND_LIMIT=off`), this process's own (the
 * default), or, with a shared Redis, one budget per member shared by every shard and replica. While
 * Redis cannot answer within its deadline each process keeps limiting on its own (see `sharedRedis`).
 */
export function commandLimiter(budget: Budget | null, redis: SharedRedis | undefined): CommandLimiter {
  if (budget === null) return { limiter: unlimited, kind: 'off' };
  if (!redis) return { limiter: new Cooldowns(budget.limit, budget.windowMs), kind: 'memory' };
  return redisLimiter(budget, redis);
}

/** Redis counts in whole seconds; a budget's window is rounded up to them. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function redisLimiter(budget: Budget, redis: SharedRedis): CommandLimiter {
  const points = budget.limit;
  const duration = seconds(budget.windowMs);
  // The process's own count, for while Redis cannot answer in time.
  const local = new Cooldowns(budget.limit, budget.windowMs);
  let shared: RateLimiterRedis | undefined;
  return {
    kind: 'redis',
    limiter: {
      async take(user) {
        const counted = await redis.ask(async (client) => {
          shared ??= new RateLimiterRedis({ storeClient: client, keyPrefix: 'rivalen:commands', points, duration });
          try {
            await shared.consume(user);
            return 0;
          } catch (rejected) {
            // Over budget is an answer from Redis, not a failure of it.
            if (rejected instanceof RateLimiterRes) return Math.max(1, rejected.msBeforeNext);
            throw rejected;
          }
        });
        return counted ?? local.take(user);
      },
    },
  };
}
