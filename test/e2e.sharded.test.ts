import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { DiscordStandIn, GUILD_ID } from './support/discord-standin.js';
import { runNpm } from './support/npm-process.js';

describe('npm run start:sharded', () => {
  it('runs one bot per recommended shard, each answering its own guilds, and stops them all on SIGTERM', async () => {
    const standIn = await DiscordStandIn.start();
    standIn.recommendedShards = 2;
    // The manager waits 5.5 s between shards for Discord's identify limit; the stand-in has none.
    const { child, stdout, stderr } = runNpm('start:sharded', {
      DISCORD_TOKEN: 'sharded-test.token.secret',
      DISCORD_API_URL: standIn.apiUrl,
      SHARD_SPAWN_DELAY_MS: '200',
    });
    try {
      await expect.poll(() => standIn.identifies.length, { timeout: 30_000, interval: 200 }).toBe(2);
      expect(standIn.identifies.map((d) => (d as { shard: number[] }).shard)).toEqual([
        [0, 2],
        [1, 2],
      ]);
      // One guild on each shard: each must be answered by the shard Discord sends it to.
      const other = String(BigInt(GUILD_ID) + (1n << 22n));
      for (const guildId of [GUILD_ID, other]) {
        const { body } = await standIn.command('quote', [{ name: 'person', type: 3, value: 'altman' }], { guildId });
        expect((body as { type: number }).type).toBe(4);
      }
      expect(new Set([GUILD_ID, other].map((g) => DiscordStandIn.shardForGuild(g, 2)))).toEqual(new Set([0, 1]));
      const lines = () =>
        `${stdout()}\n${stderr()}`
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines().filter((l) => l.msg === 'index built')).toHaveLength(2);
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      const [code] = await closed;
      expect(code).toBe(0);
      // One line from each shard, and one from the manager that told them.
      expect(lines().filter((l) => l.msg === 'shutting down' && l.role !== 'sharding-manager')).toHaveLength(2);
      expect(lines().filter((l) => l.msg === 'shutting down' && l.role === 'sharding-manager')).toHaveLength(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      await standIn.stop();
    }
  }, 60_000);
});
