import { z } from 'zod';

const snowflake = z.string().regex(/^\d{17,20}$/, 'a Discord id (17–20 digits)');

/** The bot's environment, validated once; every variable is documented in .env.example. */
export const envSchema = z.object({
  DISCORD_TOKEN: z.string().min(1, 'the bot token from the Developer Portal (Bot → Reset Token)'),
  DISCORD_APPLICATION_ID: snowflake.optional(),
  DISCORD_GUILD_ID: snowflake.optional(),
  DISCORD_API_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

/** Empty strings (a copied .env.example) count as unset, so defaults and "missing" messages apply. */
export function readEnv(source: NodeJS.ProcessEnv): { env: Env } | { error: string } {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ''));
  const parsed = envSchema.safeParse(cleaned);
  if (parsed.success) return { env: parsed.data };
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0]);
  const missing = cleaned[name] === undefined;
  return { error: `${name} is ${missing ? 'not set' : 'invalid'}: expected ${issue.message.replace(/^Invalid input: expected string, received undefined$/, 'a value')}. See .env.example.` };
}
