import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { dispatch, type Incoming } from '../dispatch.js';
import type { CorpusIndex } from '../index/build.js';
import { langOf, t } from '../render/i18n.js';
import { COLOURS, ephemeral } from '../render/reply.js';
import { Cooldowns } from './cooldown.js';
import { deliver, toIncoming } from './interactions.js';

export interface BotOptions {
  index: CorpusIndex;
  logger: Logger;
  /** REST base, e.g. `http://127.0.0.1:8080/api` for a stand-in; Discord's own when unset. */
  apiUrl?: string;
  /** Page buttons are removed this long after a reply: Discord's token lives 15 minutes, so 14. */
  pagerLifetimeMs?: number;
  /** A corpus of at least this many sentences may take a command past 2 s: such commands defer first. */
  deferAboveSentences?: number;
  cooldowns?: Cooldowns;
  /** How long shutdown waits for answers already being sent. */
  drainMs?: number;
}

const OPTION_LOG_CHARS = 100;
export const PAGER_LIFETIME_MS = 14 * 60_000;
/** About 2,500 articles of the seed's size; `npm run bench` shows where the 2-second mark really lies. */
export const DEFER_ABOVE_SENTENCES = 100_000;

export interface Bot {
  client: Client;
  /** Stops taking interactions, lets answers in flight finish (up to `drainMs`), then disconnects. */
  shutdown(): Promise<void>;
}

/** The discord.js client with the Guilds intent only: slash commands need nothing more. */
export function createBot(options: BotOptions): Bot {
  const { index, logger } = options;
  const client = new Client({ intents: [GatewayIntentBits.Guilds], ...(options.apiUrl ? { rest: { api: options.apiUrl } } : {}) });
  const cooldowns = options.cooldowns ?? new Cooldowns();
  const pagerLifetime = options.pagerLifetimeMs ?? PAGER_LIFETIME_MS;
  const slow = index.sentenceCount >= (options.deferAboveSentences ?? DEFER_ABOVE_SENTENCES);
  const inFlight = new Set<Promise<void>>();
  /** One removal timer per message with page buttons, restarted whenever a page is turned. */
  const pagerTimers = new Map<string, NodeJS.Timeout>();
  let accepting = true;

  client.once(Events.ClientReady, (ready) => logger.info({ user: ready.user.tag, guilds: ready.guilds.cache.size }, 'connected to Discord'));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'client error'));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on(Events.ShardResume, (shard, replayed) => logger.info({ shard, replayed }, 'gateway resumed'));
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const work = handle(interaction).finally(() => inFlight.delete(work));
    inFlight.add(work);
  });

  async function handle(interaction: Interaction): Promise<void> {
    const started = performance.now();
    const incoming = toIncoming(interaction);
    if (!incoming) return;
    const log = logger.child({ interaction: interaction.id, kind: incoming.kind, command: commandOf(incoming), options: optionsOf(incoming), user: interaction.user.id });
    const done = (outcome: string) => log.info({ latencyMs: Math.round(performance.now() - started), outcome }, 'answered');
    try {
      if (incoming.kind !== 'autocomplete') {
        const waitMs = cooldowns.take(incoming.userId);
        if (waitMs > 0) {
          await deliver(interaction, { kind: 'reply', reply: ephemeral(t(langOf(incoming.locale)).slowDown(Math.ceil(waitMs / 1000)), COLOURS.disagree) });
          return done('cooldown');
        }
      }
      // Deferring buys 15 minutes; it must happen within 3 s, so before the work, not after.
      if (slow && incoming.kind === 'command' && interaction.isRepliable()) await interaction.deferReply();
      else if (slow && incoming.kind === 'button' && interaction.isButton()) await interaction.deferUpdate();
      const { out, error } = dispatch(index, incoming);
      if (error) log.error({ err: error }, 'handler failed; answered with an apology');
      if (interaction.isRepliable() && interaction.deferred && out.kind === 'reply' && out.reply.flags === MessageFlags.Ephemeral && incoming.kind === 'command') {
        // A deferred reply is public; a private note (an apology, a bad option) goes as an ephemeral follow-up.
        await interaction.deleteReply().catch(() => undefined);
        await interaction.followUp({ ...out.reply, flags: MessageFlags.Ephemeral });
      } else await deliver(interaction, out);
      if (out.kind !== 'choices' && out.reply.components.length > 0) expirePager(interaction);
      done(error ? 'apology' : out.kind);
    } catch (deliveryError) {
      // An expired token (10062), a 5xx that outlived its retries: the user may see nothing, the bot goes on.
      log.error({ err: deliveryError, latencyMs: Math.round(performance.now() - started) }, 'could not deliver the answer');
    }
  }

  function expirePager(interaction: Interaction): void {
    if (!interaction.isRepliable()) return;
    const key = interaction.isButton() ? interaction.message.id : interaction.id;
    clearTimeout(pagerTimers.get(key));
    const timer = setTimeout(() => {
      pagerTimers.delete(key);
      // The last interaction's token edits the message: its own 15 minutes have not run out.
      interaction.editReply({ components: [] }).catch((error: unknown) => logger.warn({ err: error, interaction: interaction.id }, 'could not remove page buttons'));
    }, pagerLifetime);
    timer.unref();
    pagerTimers.set(key, timer);
  }

  return {
    client,
    async shutdown() {
      accepting = false;
      for (const timer of pagerTimers.values()) clearTimeout(timer);
      const drain = Promise.allSettled([...inFlight]);
      const limit = new Promise((resolve) => setTimeout(resolve, options.drainMs ?? 3_000).unref());
      logger.info({ inFlight: inFlight.size }, 'finishing answers in flight');
      await Promise.race([drain, limit]);
      await client.destroy();
    },
  };
}

function commandOf(incoming: Incoming): string | undefined {
  return incoming.kind === 'button' ? incoming.customId.split('|')[1] : incoming.name;
}

function optionsOf(incoming: Incoming): string {
  const raw = incoming.kind === 'command' ? incoming.options : incoming.kind === 'button' ? incoming.customId : incoming.focused;
  return JSON.stringify(raw).slice(0, OPTION_LOG_CHARS);
}
