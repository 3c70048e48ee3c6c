import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/**
 * The Redis every process of one bot shares (the command budget, replays refused), asked only with a deadline. A
 * Redis that is down, frozen, slow, or is not Redis at all never holds an answer up: past the deadline the process
 * decides on its own, says so once, and says once when Redis answers again. While Redis is out it is asked again at
 * most once a second, so an outage costs no answer its deadline.
 */
export interface SharedRedis {
  /** The operation's result, or null when Redis could not answer in time (the caller then decides alone). */
  ask<T>(operation: (client: Redis) => Promise<T>): Promise<T | null>;
  /** `shared` while Redis answers, `local` while each process decides alone. */
  state(): 'shared' | 'local';
  close(): Promise<void>;
}

/** A Redis on the same network answers in a millisecond or two; tens of milliseconds is already trouble. */
export const REDIS_DEADLINE_MS = 50;
/** While Redis is out, how often it is tried again. */
const RETRY_OUT_MS = 1_000;

export function sharedRedis(url: string, logger: Logger, deadlineMs = REDIS_DEADLINE_MS): SharedRedis {
  const client = new Redis(url, {
    // A command must not wait for Redis: with no connection it fails at once, with a frozen one at the deadline.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: deadlineMs,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 2_000),
  });
  let state: 'shared' | 'local' = 'shared';
  let connected = false;
  let outSince = 0;
  const out = (error: unknown) => {
    if (state === 'shared')
      logger.warn(
        { err: error, deadlineMs },
        'Redis unreachable: limiting commands and refusing replays in this process until it is back',
      );
    state = 'local';
    outSince = Date.now();
  };
  const back = () => {
    if (state === 'local') logger.info('Redis reachable again: the command budget is shared again');
    state = 'shared';
  };
  client.on('ready', () => {
    if (!connected) logger.info('Redis connected: the command budget is shared');
    connected = true;
  });
  client.on('error', out);
  return {
    async ask(operation) {
      if (state === 'local' && Date.now() - outSince < RETRY_OUT_MS) return null;
      try {
        const result = await operation(client);
        back();
        return result;
      } catch (error) {
        out(error);
        return null;
      }
    },
    state: () => state,
    async close() {
      client.disconnect();
    },
  };
}
