import { join } from 'node:path';
import { z } from 'zod';
import { parseBudget } from './cooldown.js';

/** What each variable must hold, in the words the operator sees when it is missing or wrong. */
const EXPECTED = {
  DISCORD_TOKEN: 'the bot token from the Developer Portal (Bot → Reset Token)',
  DISCORD_APPLICATION_ID: 'the Application ID from the Developer Portal (17–20 digits)',
  DISCORD_GUILD_ID: 'a server (guild) id of 17–20 digits',
  DISCORD_API_URL: 'an http(s) URL such as https://discord.com/api',
  DISCORD_PUBLIC_KEY: 'the Public Key from the Developer Portal (General Information): 64 hexadecimal characters',
  PORT: 'a TCP port number (0–65535; 0 lets the system choose)',
  DATA_DIR: 'a folder with articles/ and people.json',
  INDEX_CACHE: 'a file to keep the reading of the articles in between starts, or off',
  READ_THREADS: 'how many threads read the articles, a whole number from 1 to 64',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
  COMMAND_LIMIT: 'commands per member and window, such as 5/10s or 20/1m, or off',
  ADD_LIMIT: 'articles a server may add per window, such as 20/1h, or off',
  REDIS_URL: 'a redis:// or rediss:// URL',
  REDIS_DEADLINE_MS: 'milliseconds a Redis request may take, a whole number from 1 to 3000',
  CONNECTIONS_PER_ADDRESS: 'a whole number of connections, at least 1',
  SHARD_SPAWN_DELAY_MS: 'milliseconds between starting two shards, a whole number from 0 to 600000',
} as const;

const snowflake = z.string().regex(/^\d{17,20}$/);

/** A budget as the operator writes it (`5/10s`, `off`: see `parseBudget`), `fallback` when unset. */
const budget = (fallback: string, expected: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const read = parseBudget(text);
      if (read === undefined) ctx.addIssue({ code: 'custom', message: expected });
      return read ?? null;
    });

/** The environment of every entry point, validated once; every variable is documented in .env.example. */
export const envSchema = z.object({
  DISCORD_TOKEN: z.string().min(1).optional(),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-fA-F]{64}$/)
    .optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  DATA_DIR: z.string().min(1).default('data'),
  INDEX_CACHE: z.string().min(1).optional(),
  READ_THREADS: z.coerce.number().int().min(1).max(64).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  COMMAND_LIMIT: budget('5/10s', EXPECTED.COMMAND_LIMIT),
  ADD_LIMIT: budget('20/1h', EXPECTED.ADD_LIMIT),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
  REDIS_DEADLINE_MS: z.coerce.number().int().min(1).max(3000).optional(),
  CONNECTIONS_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
  SHARD_SPAWN_DELAY_MS: z.coerce.number().int().min(0).max(600_000).optional(),
});

export type Env = z.infer<typeof envSchema>;
/** Where the reading of the articles is kept between starts (`INDEX_CACHE`): beside them unless set; null when off. */
export function snapshotFile(env: Pick<Env, 'DATA_DIR' | 'INDEX_CACHE'>): string | null {
  if (env.INDEX_CACHE === 'off') return null;
  return env.INDEX_CACHE ?? join(env.DATA_DIR, SNAPSHOT_NAME);
}

/** The kept reading's name in the data folder, which its watcher passes over. */
export const SNAPSHOT_NAME = '.index-cache';

/** A variable some entry point may require. */
export type EnvName = keyof typeof EXPECTED;
type Name = EnvName;

/**
 * Empty strings (a copied .env.example) count as unset, so defaults and "not set" messages apply.
 * `required` names what this entry point cannot run without: the gateway bot its token, the HTTP
 * endpoint the public key.
 */
export function readEnv<R extends Name = 'DISCORD_TOKEN'>(
  source: NodeJS.ProcessEnv,
  required: readonly R[] = ['DISCORD_TOKEN'] as unknown as R[],
): { env: Env & { [K in R]-?: NonNullable<Env[K]> } } | { error: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const missing = required.find((name) => cleaned[name] === undefined);
  if (missing) return { error: `${missing} is not set: expected ${EXPECTED[missing]}. See .env.example.` };
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return { env: parsed.data as Env & { [K in R]-?: NonNullable<Env[K]> } };
  const name = String(parsed.error.issues[0]!.path[0]) as Name;
  return {
    error:
      `${name} is ${cleaned[name] === undefined ? 'not set' : 'invalid'}: expected ` +
      `${EXPECTED[name]}. See .env.example.`,
  };
}
