import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { DiscordStandIn, type CommandOption } from '../test/support/discord-standin.js';
import { random } from './generate.js';
import { summarise, type Latency } from './stats.js';

/**
 * End to end: the real bot process (`tools/start.mjs discord/main`, as `npm start` runs it) against the
 * loopback stand-in, from INTERACTION_CREATE sent to the interaction callback received; and, in
 * the same run, a bare discord.js bot that answers "pong" (`bench/pong.ts`). Each bot is its own
 * process, as in production, so neither's garbage collection lands in the other's numbers; the
 * stand-in runs here and times both the same way.
 */
export interface EndToEnd {
  interactions: number;
  rivalen: Latency;
  pong: Latency;
  ratio: { p50: number; p99: number };
}

/** Small alternating blocks: noise from the shared machine falls on both bots alike. */
const BLOCK = 10;
const WARM_UP = 100;

/** `args` after node: the bot as `npm start` runs it (its build), the pong bot through tsx. */
async function launch(args: string[], server: DiscordStandIn, dataDir: string): Promise<ChildProcess> {
  const identified = server.waitForIdentify(30_000);
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      DISCORD_TOKEN: 'bench.token.not-real',
      DISCORD_API_URL: server.apiUrl,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      DOTENV_CONFIG_PATH: '/nonexistent',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await identified;
  return child;
}

export async function endToEnd(interactions: number, dataDir = 'data'): Promise<EndToEnd> {
  const [botServer, pongServer] = await Promise.all([DiscordStandIn.start(), DiscordStandIn.start()]);
  const [bot, pong] = await Promise.all([
    launch(['tools/start.mjs', 'discord/main'], botServer, dataDir),
    launch(['--import', 'tsx', 'bench/pong.ts'], pongServer, dataDir),
  ]);

  const rnd = random(11);
  const commands: [string, CommandOption[]][] = [
    ['quote', [{ name: 'person', type: 3, value: 'altman' }]],
    ['quote', [{ name: 'person', type: 3, value: 'musk' }]],
    ['timeline', []],
    ['timeline', [{ name: 'from', type: 4, value: 2024 }]],
    ['factcheck', [{ name: 'claim', type: 3, value: '97.4' }]],
    ['factcheck', [{ name: 'claim', type: 3, value: 'Musk kaufte Twitter für 44 Milliarden Dollar' }]],
    ['sources', []],
  ];
  const samples = { rivalen: [] as number[], pong: [] as number[] };
  const run = async (server: DiscordStandIn, into: number[] | null, n: number) => {
    for (let i = 0; i < n; i++) {
      const [name, options] = commands[Math.floor(rnd() * commands.length)]!;
      // A different member each time, as on a busy server: the cooldown never applies.
      const userId = String(200000000000000000n + BigInt(Math.floor(rnd() * 1e9)));
      const started = performance.now();
      await server.command(name, options, { userId });
      into?.push(performance.now() - started);
    }
  };
  await run(botServer, null, WARM_UP);
  await run(pongServer, null, WARM_UP);
  for (let done = 0; done < interactions; done += BLOCK) {
    await run(botServer, samples.rivalen, BLOCK);
    await run(pongServer, samples.pong, BLOCK);
  }
  for (const child of [bot, pong]) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    await exited;
  }
  await Promise.all([botServer.stop(), pongServer.stop()]);
  const rivalen = summarise(samples.rivalen);
  const pongLatency = summarise(samples.pong);
  const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
  return {
    interactions: samples.rivalen.length,
    rivalen,
    pong: pongLatency,
    ratio: { p50: ratio(rivalen.p50, pongLatency.p50), p99: ratio(rivalen.p99, pongLatency.p99) },
  };
}
