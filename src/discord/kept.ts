import type { SharedRedis } from './redis.js';

/**
 * Page-button values kept by key (a long claim does not fit a button's id): in this process, and in the shared Redis
 * when there is one, so a page turned on another replica or after a restart finds them. They live as long as the
 * buttons do; after that a press is told the answer expired.
 */
export interface KeptValues {
  set(key: string, values: string[]): Promise<void>;
  get(key: string): Promise<string[] | undefined>;
}

export function keptValues(lifetimeMs: number, redis?: SharedRedis): KeptValues {
  const here = new Map<string, { values: string[]; until: number }>();
  const redisKey = (key: string) => `rivalen:kept:${key}`;
  return {
    async set(key, values) {
      const now = Date.now();
      // Kept in the order they were last kept (moved to the end), so the walk stops at the first still alive.
      for (const [old, { until }] of here) {
        if (until > now) break;
        here.delete(old);
      }
      here.delete(key);
      here.set(key, { values, until: now + lifetimeMs });
      await redis?.ask((client) => client.set(redisKey(key), JSON.stringify(values), 'PX', lifetimeMs));
    },
    async get(key) {
      const local = here.get(key);
      if (local && local.until > Date.now()) return local.values;
      const stored = await redis?.ask((client) => client.get(redisKey(key)));
      if (!stored) return undefined;
      const values: unknown = JSON.parse(stored);
      return Array.isArray(values) && values.every((v) => typeof v === 'string') ? values : undefined;
    },
  };
}
