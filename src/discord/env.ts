import { z } from 'zod';

/** What each variable must hold, in the words the operator sees when it is missing or wrong. */
const EXPECTED = {
  DISCORD_TOKEN: 'the bot token from the Developer Portal (Bot → Reset Token)',
  DISCORD_APPLICATION_ID: 'the Application ID from the Developer Portal (17–20 digits)',
  DISCORD_GUILD_ID: 'a server (guild) id of 17–20 digits',
  DISCORD_API_URL: 'an http(s) URL such as https://discord.com/api',
  DATA_DIR: 'a folder with articles/ and people.json',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
} as const;

const snowflake = z.string().regex(/^\d{17,20}$/);

/** The bot's environment, validated once; every variable is documented in .env.example. */
export const envSchema = z.object({
  DISCORD_TOKEN: z.string().min(1),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Empty strings (a copied .env.example) count as unset, so defaults and "not set" messages apply. */
export function readEnv(source: NodeJS.ProcessEnv): { env: Env } | { error: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return { env: parsed.data };
  const name = String(parsed.error.issues[0]!.path[0]) as keyof typeof EXPECTED;
  return { error: `${name} is ${cleaned[name] === undefined ? 'not set' : 'invalid'}: expected ${EXPECTED[name]}. See .env.example.` };
}
