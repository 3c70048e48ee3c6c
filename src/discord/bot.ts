import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { CorpusIndex } from '../index/build.js';
import { answer, pagerExpiry, type AnswerContext } from './answer.js';
import { Cooldowns, type Limiter } from './cooldown.js';
import { gatewayResponder, toIncoming } from './interactions.js';

export interface BotOptions {
  /** The index answers come from; with `live`, only the first one. */
  index: CorpusIndex;
  /** The index in service now, when the data folder is watched (see `watchIndex`): read for every answer. */
  live?: () => CorpusIndex;
  logger: Logger;
  /** REST base, e.g. `http://127.0.0.1:8080/api` for a stand-in; Discord's own when unset. */
  apiUrl?: string;
  /** Page buttons are removed this long after a reply: Discord's token lives 15 minutes, so 14. */
  pagerLifetimeMs?: number;
  /** A corpus of at least this many sentences may take a command past 2 s: such commands defer first. */
  deferAboveSentences?: number;
  /** The command budget; by default 5 commands in 10 s per member, in this process. */
  cooldowns?: Limiter;
  /** How long shutdown waits for answers already being sent. */
  drainMs?: number;
  /** Discord closed the gateway for a reason no reconnect can fix (see `FATAL_CLOSE_CODES`). */
  onFatalClose?: (code: number, meaning: string) => void;
}

/**
 * Gateway close codes after which discord.js does not reconnect, because the same connection
 * would be closed again: the process must end with an error, not sit there or exit 0.
 */
export const FATAL_CLOSE_CODES: ReadonlyMap<number, string> = new Map([
  [4004, 'authentication failed: the token is wrong or was reset'],
  [4010, 'invalid shard'],
  [4011, 'sharding required: the bot is in too many servers for one connection'],
  [4012, 'invalid API version'],
  [4013, 'invalid intents'],
  [4014, 'disallowed intents: enable them in the Developer Portal or remove them'],
]);

export const PAGER_LIFETIME_MS = 14 * 60_000;
/** About 2,500 articles of the seed's size; `npm run bench` shows where the 2-second mark really lies. */
export const DEFER_ABOVE_SENTENCES = 100_000;

/** What both transports need to answer: built once from the options. */
export function answerContext(
  options: Omit<BotOptions, 'apiUrl' | 'drainMs'>,
): AnswerContext & { clearPagers(): void } {
  const pagers = pagerExpiry(options.pagerLifetimeMs ?? PAGER_LIFETIME_MS, options.logger);
  const current = options.live ?? (() => options.index);
  const deferAbove = options.deferAboveSentences ?? DEFER_ABOVE_SENTENCES;
  return {
    // Read per answer: a rebuilt index is swapped in whole, and the next answer uses it.
    get index() {
      return current();
    },
    get slow() {
      return current().sentenceCount >= deferAbove;
    },
    logger: options.logger,
    cooldowns: options.cooldowns ?? new Cooldowns(),
    expirePager: pagers.expire,
    clearPagers: pagers.clear,
  };
}

export interface Bot {
  client: Client;
  /** Stops taking interactions, lets answers in flight finish (up to `drainMs`), then disconnects. */
  shutdown(): Promise<void>;
}

/** The discord.js client with the Guilds intent only: slash commands need nothing more. */
export function createBot(options: BotOptions): Bot {
  const { logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}),
  });
  const ctx = answerContext(options);
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  client.once(Events.ClientReady, (ready) =>
    logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'),
  );
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) => {
    const meaning = FATAL_CLOSE_CODES.get(event.code);
    if (!meaning) return logger.warn({ shard, code: event.code }, 'gateway disconnected');
    logger.error({ shard, code: event.code, meaning }, 'Discord closed the gateway for good');
    options.onFatalClose?.(event.code, meaning);
  });
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.InteractionCreate, (interaction) => {
    const incoming = accepting ? toIncoming(interaction) : null;
    if (!incoming) return;
    const meta = { id: interaction.id, ...(interaction.isButton() ? { messageId: interaction.message.id } : {}) };
    const work = answer(incoming, meta, gatewayResponder(interaction), ctx).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  return {
    client,
    async shutdown() {
      accepting = false;
      ctx.clearPagers();
      const drain = Promise.allSettled([...inFlight]);
      const limit = new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 3_000).unref());
      logger.info({ inFlight: inFlight.size }, 'finishing answers in flight');
      await Promise.race([drain, limit]);
      await client.destroy();
    },
  };
}
