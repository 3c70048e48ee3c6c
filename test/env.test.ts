import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readEnv } from '../src/discord/env.js';
import { registerCommands } from '../src/discord/registration.js';
import { APPLICATION_ID, DiscordStandIn, GUILD_ID } from './support/discord-standin.js';

const exec = promisify(execFile);

describe('environment', () => {
  it('applies defaults and treats empty values as unset', () => {
    const read = readEnv({ DISCORD_TOKEN: 'abc', DISCORD_GUILD_ID: '', DATA_DIR: '' });
    expect(read).toEqual({
      env: {
        DISCORD_TOKEN: 'abc',
        DATA_DIR: 'data',
        LOG_LEVEL: 'info',
        PORT: 8080,
        COMMAND_LIMIT: { limit: 5, windowMs: 10_000 },
        ADD_LIMIT: { limit: 20, windowMs: 3_600_000 },
      },
    });
  });

  it('reads the command budget as an operator writes it', () => {
    const budget = (COMMAND_LIMIT: string) => readEnv({ DISCORD_TOKEN: 'abc', COMMAND_LIMIT });
    expect(budget('20/1m')).toMatchObject({ env: { COMMAND_LIMIT: { limit: 20, windowMs: 60_000 } } });
    expect(budget('3 / 500ms')).toMatchObject({ env: { COMMAND_LIMIT: { limit: 3, windowMs: 500 } } });
    expect(budget('off')).toMatchObject({ env: { COMMAND_LIMIT: null } });
    expect(budget('five')).toEqual({
      error:
        'COMMAND_LIMIT is invalid: expected commands per member and window, such as 5/10s or 20/1m, or ' +
        'off. See .env.example.',
    });
    expect(budget('0/10s')).toMatchObject({ error: expect.stringContaining('COMMAND_LIMIT is invalid') });
    // A server's additions are a budget the same way.
    const additions = (ADD_LIMIT: string) => readEnv({ DISCORD_TOKEN: 'abc', ADD_LIMIT });
    expect(additions('5/10m')).toMatchObject({ env: { ADD_LIMIT: { limit: 5, windowMs: 600_000 } } });
    expect(additions('off')).toMatchObject({ env: { ADD_LIMIT: null } });
    expect(additions('many')).toEqual({
      error:
        'ADD_LIMIT is invalid: expected articles a server may add per window, such as 20/1h, or off. See .env.example.',
    });
    expect(readEnv({ DISCORD_TOKEN: 'abc', CONNECTIONS_PER_ADDRESS: '512' })).toMatchObject({
      env: { CONNECTIONS_PER_ADDRESS: 512 },
    });
    expect(readEnv({ DISCORD_TOKEN: 'abc', SHARD_SPAWN_DELAY_MS: '200' })).toMatchObject({
      env: { SHARD_SPAWN_DELAY_MS: 200 },
    });
    for (const delay of ['soon', '-1', '2.5'])
      expect(readEnv({ DISCORD_TOKEN: 'abc', SHARD_SPAWN_DELAY_MS: delay })).toEqual({
        error:
          'SHARD_SPAWN_DELAY_MS is invalid: expected milliseconds between starting two shards, a whole number ' +
          'from 0 to 600000. See .env.example.',
      });
    expect(readEnv({ DISCORD_TOKEN: 'abc', CONNECTIONS_PER_ADDRESS: '0' })).toMatchObject({
      error: expect.stringContaining('CONNECTIONS_PER_ADDRESS is invalid') as string,
    });
    expect(readEnv({ DISCORD_TOKEN: 'abc', REDIS_URL: 'http://x' })).toMatchObject({
      error: expect.stringContaining('REDIS_URL is invalid'),
    });
    expect(readEnv({ DISCORD_TOKEN: 'abc', REDIS_DEADLINE_MS: '0' })).toMatchObject({
      error: expect.stringContaining('REDIS_DEADLINE_MS is invalid: expected milliseconds a Redis request may take'),
    });
    expect(readEnv({ DISCORD_TOKEN: 'abc' }, ['DISCORD_PUBLIC_KEY'])).toEqual({
      error: expect.stringMatching(/^DISCORD_PUBLIC_KEY is not set: expected the Public Key/),
    });
  });

  it('explains a missing token in one line', () => {
    expect(readEnv({})).toEqual({
      error:
        'DISCORD_TOKEN is not set: expected the bot token from the Developer Portal (Bot → Reset Token). ' +
        'See .env.example.',
    });
    expect(readEnv({ DISCORD_TOKEN: 'x', DISCORD_GUILD_ID: 'abc' })).toMatchObject({
      error: expect.stringContaining('DISCORD_GUILD_ID is invalid'),
    });
  });

  it('makes npm start exit 1 with that line when no token is set', async () => {
    const env = { ...process.env, DISCORD_TOKEN: '', DOTENV_CONFIG_PATH: '/nonexistent' };
    const result = await exec(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'src/discord/main.ts'], {
      env,
    }).catch((e: { code: number; stderr: string }) => e);
    expect('code' in result && result.code).toBe(1);
    expect((result as { stderr: string }).stderr.trim()).toBe(
      'rivalen: DISCORD_TOKEN is not set: expected the bot token from the Developer Portal (Bot → Reset ' +
        'Token). See .env.example.',
    );
  });
});

describe('npm run deploy', () => {
  let standIn: DiscordStandIn;
  beforeAll(async () => (standIn = await DiscordStandIn.start()));
  afterAll(async () => standIn.stop());

  it('registers every command in a guild when DISCORD_GUILD_ID is set, else globally', async () => {
    const token = 'deploy.token';
    expect(
      await registerCommands({ token, applicationId: APPLICATION_ID, guildId: GUILD_ID, apiUrl: standIn.apiUrl }),
    ).toBe(5);
    expect(await registerCommands({ token, applicationId: APPLICATION_ID, apiUrl: standIn.apiUrl })).toBe(5);
    const puts = standIn.requests.filter((r) => r.method === 'PUT');
    expect(puts.map((r) => r.path)).toEqual([
      `/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`,
      `/api/v10/applications/${APPLICATION_ID}/commands`,
    ]);
    expect((puts[0]!.body as { name: string }[]).map((c) => c.name)).toEqual([
      'timeline',
      'quote',
      'factcheck',
      'sources',
      'source',
    ]);
    // Only members who may manage the server see the command that changes its articles, and only in a server.
    const source = (puts[0]!.body as Record<string, unknown>[]).find((c) => c.name === 'source')!;
    expect(source).toMatchObject({ default_member_permissions: '32', contexts: [0] });
  });
});
