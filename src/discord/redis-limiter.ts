import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Cooldowns, type Budget } from './cooldown.js';
import type { CommandLimiter } from './limiter.js';
import type { SharedRedis } from './redis.js';

/**
 * With a shared Redis, one budget per member (or per server, for additions: `keyPrefix`) shared by every shard and
 * replica. While Redis cannot answer within its
 * deadline each process keeps limiting on its own (see `sharedRedis`).
 */
/** Redis counts in whole seconds; a budget's window is rounded up to them. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

export function redisLimiter(budget: Budget, redis: SharedRedis, keyPrefix = 'rivalen:commands'): CommandLimiter {
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
          shared ??= new RateLimiterRedis({ storeClient: client, keyPrefix, points, duration });
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
