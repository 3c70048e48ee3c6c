import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { dispatch } from '../dispatch.js';
import type { CorpusIndex } from '../index/build.js';
import { deliver, toIncoming } from './interactions.js';

export interface BotOptions {
  index: CorpusIndex;
  logger: Logger;
  /** REST base, e.g. `http://127.0.0.1:8080/api` for a stand-in; Discord's own when unset. */
  apiUrl?: string;
}

const OPTION_LOG_CHARS = 100;

/** The discord.js client with the Guilds intent only: slash commands need nothing more. */
export function createBot({ index, logger, apiUrl }: BotOptions): Client {
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...(apiUrl ? { rest: { api: apiUrl } } : {}) });

  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (_event, shard) => logger.warn({ shard }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.InteractionCreate, (interaction) => void handle(interaction, index, logger));
  return client;
}

async function handle(interaction: Interaction, index: CorpusIndex, logger: Logger): Promise<void> {
  const started = performance.now();
  const incoming = toIncoming(interaction);
  if (!incoming) return;
  const log = logger.child({
    interaction: interaction.id,
    kind: incoming.kind,
    command: 'name' in incoming ? incoming.name : incoming.customId.split('|')[1],
    options: JSON.stringify('options' in incoming ? incoming.options : 'customId' in incoming ? incoming.customId : incoming.focused).slice(0, OPTION_LOG_CHARS),
    user: interaction.user.id,
  });
  const { out, error } = dispatch(index, incoming);
  if (error) log.error({ err: error }, 'handler failed; answered with an apology');
  try {
    await deliver(interaction, out);
    log.info({ latencyMs: Math.round(performance.now() - started), outcome: error ? 'apology' : out.kind }, 'answered');
  } catch (deliveryError) {
    // An expired token (10062), a 5xx that outlived its retries: the user may see nothing, the bot goes on.
    log.error({ err: deliveryError, latencyMs: Math.round(performance.now() - started) }, 'could not deliver the answer');
  }
}
