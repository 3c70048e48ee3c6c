import { Writable } from 'node:stream';
import { pino } from 'pino';
import { loadIndex } from '../../src/app.js';
import { createBot, type Bot, type BotOptions } from '../../src/discord/bot.js';
import type { CorpusIndex } from '../../src/index/build.js';
import { DiscordStandIn } from './discord-standin.js';

let index: CorpusIndex | undefined;

/** The real bot, logged in to the stand-in, with its log lines captured for assertions. */
export interface Harness {
  standIn: DiscordStandIn;
  bot: Bot;
  logs: Record<string, unknown>[];
  /** Logs in another bot (a restart) against the same stand-in. */
  restart(options?: Partial<BotOptions>): Promise<void>;
  stop(): Promise<void>;
}

export async function startBot(options: Partial<BotOptions> = {}, standIn?: DiscordStandIn): Promise<Harness> {
  index ??= loadIndex('data');
  const server = standIn ?? (await DiscordStandIn.start());
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean))
        logs.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const logger = pino({ level: 'debug' }, sink);
  const login = async (extra: Partial<BotOptions>) => {
    const bot = createBot({ index: index!, logger, apiUrl: server.apiUrl, ...options, ...extra });
    const ready = new Promise((resolve) => bot.client.once('clientReady', resolve));
    await bot.client.login('harness.token.not-real');
    await ready;
    return bot;
  };
  const harness: Harness = {
    standIn: server,
    bot: await login({}),
    logs,
    async restart(extra = {}) {
      await harness.bot.shutdown();
      harness.bot = await login(extra);
    },
    async stop() {
      await harness.bot.shutdown();
      await server.stop();
    },
  };
  return harness;
}
