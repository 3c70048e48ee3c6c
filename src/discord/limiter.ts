import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { Cooldowns, unlimited, type Budget, type Limiter } from './cooldown.js';

export interface CommandLimiter {
  limiter: Limiter;
  /** Where the budget is kept, for the start-up log line. */
  kind: 'off' | 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * The command budget the operator set: none (`COMMAND_LIMIT=off`), this process's own (the
 * default), or, with `REDIS_URL`, one budget per member shared by every shard and replica. While
 * Redis cannot be reached each process keeps limiting on its own, and says so once.
 */
export function commandLimiter(budget: Budget | null, redisUrl: string | undefined, logger: Logger): CommandLimiter {
  if (budget === null) return { limiter: unlimited, kind: 'off', close: async () => undefined };
  if (!redisUrl)
    return { limiter: new Cooldowns(budget.limit, budget.windowMs), kind: 'memory', close: async () => undefined };
  return redisLimiter(budget, redisUrl, logger);
}

/** Redis counts in whole seconds; a budget's window is rounded up to them. */
const seconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

function redisLimiter(budget: Budget, url: string, logger: Logger): CommandLimiter {
  const client = new Redis(url, {
    // A command must not wait for Redis: with no connection it fails at once and the memory limiter answers.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
  });
  let reachable = true;
  let connected = false;
  client.on('ready', () => {
    if (!connected) logger.info('Redis connected: the command budget is shared');
    else if (!reachable) logger.info('Redis reachable again: the command budget is shared again');
    connected = true;
    reachable = true;
  });
  client.on('error', (error: Error) => {
    if (reachable) logger.warn({ err: error }, 'Redis unreachable: limiting commands in this process until it is back');
    reachable = false;
  });
  const points = budget.limit;
  const duration = seconds(budget.windowMs);
  const shared = new RateLimiterRedis({
    storeClient: client,
    keyPrefix: 'rivalen:commands',
    points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ points, duration }),
  });
  return {
    kind: 'redis',
    limiter: {
      async take(user) {
        try {
          await shared.consume(user);
          return 0;
        } catch (rejected) {
          if (rejected instanceof RateLimiterRes) return Math.max(1, rejected.msBeforeNext);
          // Neither Redis nor the insurance could count: answering beats refusing everyone.
          logger.error({ err: rejected }, 'command budget could not be checked');
          return 0;
        }
      },
    },
    async close() {
      client.disconnect();
    },
  };
}
