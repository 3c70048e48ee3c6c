import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { EXIT_CONFIG, installProcessHandlers } from './process.js';
import { environment } from './startup.js';

/**
 * `npm run start:sharded`: discord.js's ShardingManager runs one bot process per shard, each with
 * its own index. Discord requires sharding from 2,500 servers; below that one process is simpler.
 */
const { env, logger: root } = environment(['DISCORD_TOKEN']);
const logger = root.child({ role: 'sharding-manager' });
/** Discord lets a bot identify once per 5 s (max_concurrency 1); the manager waits this long between shards. */
const spawnDelay = env.SHARD_SPAWN_DELAY_MS ?? 5_500;

/**
 * `totalShards: 'auto'` asks discord.com for the recommended count. With DISCORD_API_URL the same
 * question goes to that server instead, so a proxy or the test stand-in decides.
 */
async function totalShards(): Promise<number | 'auto'> {
  if (!env.DISCORD_API_URL) return 'auto';
  const rest = new REST({ api: env.DISCORD_API_URL }).setToken(env.DISCORD_TOKEN);
  const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return shards;
}

// Each shard is the same entry point as `npm start`: the built JavaScript beside this file, or the TypeScript in tsx.
const typescript = import.meta.url.endsWith('.ts');
const manager = new ShardingManager(fileURLToPath(new URL(typescript ? './main.ts' : './main.js', import.meta.url)), {
  token: env.DISCORD_TOKEN,
  totalShards: await totalShards(),
  execArgv: typescript ? ['--import', 'tsx'] : [],
  respawn: true,
});
manager.on('shardCreate', (shard) => {
  logger.info({ shard: shard.id, of: manager.totalShards }, 'shard launched');
  shard.on('death', (child) => {
    const code = 'exitCode' in child ? child.exitCode : null;
    logger.warn({ shard: shard.id, code }, 'shard process ended');
    if (code !== EXIT_CONFIG) return;
    // A shard that stopped for its configuration (a wrong token) would fail again, and so would every
    // respawn: the one already on its way (discord.js decided before telling) and all others are ended.
    logger.fatal({ shard: shard.id }, 'a shard stopped for its configuration; stopping all shards');
    manager.respawn = false;
    setImmediate(() => {
      for (const other of manager.shards.values()) other.kill();
      logger.flush();
      process.exit(EXIT_CONFIG);
    });
  });
});

/** Each shard gets SIGTERM and shuts down as `npm start` does; none is respawned. */
installProcessHandlers(logger, async () => {
  manager.respawn = false;
  const exits = [...manager.shards.values()].flatMap((shard) => (shard.process ? [once(shard.process, 'exit')] : []));
  for (const shard of manager.shards.values()) shard.kill();
  await Promise.all(exits);
});

try {
  await manager.spawn({ delay: spawnDelay, timeout: 60_000 });
  logger.info({ shards: manager.shards.size }, 'all shards ready');
} catch (error) {
  logger.fatal({ err: error }, 'could not start the shards');
  process.exit(1);
}
