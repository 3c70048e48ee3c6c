import { Client, Events, GatewayIntentBits } from 'discord.js';
import { answer, answerContext, type AnswerOptions } from './answer.js';
import { gatewayResponder, toIncoming } from './interactions.js';

export interface BotOptions extends AnswerOptions {
  /** REST base, e.g. `http://127.0.0.1:8080/api` for a stand-in; Discord's own when unset. */
  apiUrl?: string;
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
    // Every page of one message shares the id of the interaction that created it, which each press carries.
    const messageKey = interaction.isButton()
      ? (interaction.message.interactionMetadata?.id ?? interaction.message.id)
      : undefined;
    const meta = { id: interaction.id, ...(messageKey ? { messageKey } : {}) };
    const work = answer(incoming, meta, gatewayResponder(interaction), ctx).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  return {
    client,
    async shutdown() {
      accepting = false;
      const drain = Promise.allSettled([...inFlight]);
      const limit = new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 3_000).unref());
      logger.info({ inFlight: inFlight.size }, 'finishing answers in flight');
      await Promise.race([drain, limit]);
      await ctx.close();
      await client.destroy();
    },
  };
}
