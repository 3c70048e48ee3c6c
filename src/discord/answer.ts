import type { Logger } from 'pino';
import type { ServerContext } from '../command.js';
import { acts, dispatch, dispatchAct, refuseButton, type Incoming, type Outgoing } from '../dispatch.js';
import { decodePageId } from '../render/pager.js';
import type { CorpusIndex } from '../index/build.js';
import { langOf, t } from '../render/i18n.js';
import { picturePool, type PicturePool } from '../picture/pool.js';
import { COLOURS, ephemeral, type Reply } from '../render/reply.js';
import { Cooldowns, type Limiter } from './cooldown.js';
import { keptValues, type KeptValues } from './kept.js';
import type { SharedRedis } from './redis.js';
import type { ServerStories, Story } from './servers.js';

/**
 * One interaction's way from arrival to answer, the same for every transport: cooldown, deferral
 * when the corpus is large, the command itself, delivery, page buttons that expire, one log line.
 * A transport (the gateway client, the HTTP endpoint) supplies only how to send.
 */
export interface Responder {
  /** The first answer, within Discord's 3 seconds: a reply, a page update, or autocomplete choices. */
  respond(out: Outgoing): Promise<void>;
  /** Acknowledge now and answer later: a reply shows "thinking…", a button press shows nothing. */
  defer(kind: 'reply' | 'update'): Promise<void>;
  /** After a deferral: the answer in place of the original message. */
  editOriginal(reply: Reply): Promise<void>;
  /** After a deferred reply: a private note (an apology, a bad option) instead of a public answer. */
  replaceWithEphemeral(reply: Reply): Promise<void>;
  /** After a deferred page turn: a private note to the presser; the message stays as it is. */
  followUpEphemeral(reply: Reply): Promise<void>;
  /** After the answer went out: the message again, its picture attached and shown in its first embed. */
  attachPicture(reply: Reply, png: Buffer): Promise<void>;
}

/** The file name the embed refers to (`attachment://…`); ASCII, as Discord requires. */
export const PICTURE_NAME = 'rivalen.png';

/** The reply as it looks with its picture: the first embed shows the attached file. */
export function withPictureEmbed(reply: Reply): Reply {
  const [first, ...rest] = reply.embeds;
  return first ? { ...reply, embeds: [{ ...first, image: { url: `attachment://${PICTURE_NAME}` } }, ...rest] } : reply;
}

export interface AnswerContext {
  /** The operator's index: what every server shares. */
  index: CorpusIndex;
  /** A server's story: the operator's index, or one with the server's own articles (see `servers.ts`). */
  storyOf: ServerStories['storyOf'];
  /** Where a server's articles are changed; absent where servers have no stories of their own. */
  libraryOf?: ServerStories['libraryOf'];
  logger: Logger;
  cooldowns: Limiter;
  /** The corpus is large enough that a command may take past 2 s: defer first. */
  slow: boolean;
  /** Removes the page buttons of the message with this key when their time is up. */
  expirePager(key: string, remove: () => Promise<void>): void;
  /** Where pictures are drawn: never on the thread that answers. */
  pictures: PicturePool;
  /** Page-button values kept by key (a long claim). */
  kept: KeptValues;
  /**
   * Counts the answers delivered to one message, by its key: a picture drawn for an older page is not attached over a
   * newer one.
   */
  delivered(key: string): number;
  /** The count so far for a message, to compare with. */
  latest(key: string): number;
}

const OPTION_LOG_CHARS = 100;

/**
 * `messageKey`: for a button, what identifies the message it sits on across all its pages (the id of the interaction
 * that created it, which Discord sends with every press); a command's own message has its interaction's id.
 */
export async function answer(
  given: Incoming,
  meta: { id: string; messageKey?: string },
  responder: Responder,
  ctx: AnswerContext,
): Promise<void> {
  const incoming = await withKeptValues(given, ctx.kept);
  const started = performance.now();
  const log = ctx.logger.child({
    interaction: meta.id,
    kind: incoming.kind,
    command: commandOf(incoming),
    options: optionsOf(incoming),
    user: incoming.userId,
    ...(incoming.guildId ? { server: incoming.guildId } : {}),
  });
  const done = (outcome: string) =>
    log.info({ latencyMs: Math.round(performance.now() - started), outcome }, 'answered');
  try {
    // Only a command spends the budget: paging through an answer and autocomplete are reading it.
    if (incoming.kind === 'command') {
      const waitMs = await ctx.cooldowns.take(incoming.userId);
      if (waitMs > 0) {
        await responder.respond({
          kind: 'reply',
          reply: ephemeral(t(langOf(incoming.locale)).slowDown(Math.ceil(waitMs / 1000)), COLOURS.disagree),
        });
        return done('cooldown');
      }
    }
    // A stranger's or a dead button is refused at once, privately, before any deferral: a deferred
    // update can only end by editing the message, and the owner's answer must not become the refusal.
    const refusal = incoming.kind === 'button' ? refuseButton(incoming) : null;
    if (refusal) {
      await responder.respond({ kind: 'reply', reply: refusal });
      return done('refused');
    }
    const { out, error, deferred } = await run(incoming, responder, ctx);
    if (error) log.error({ err: error }, 'handler failed; answered with an apology');
    // Kept before the buttons go out, so a press at once finds them.
    if (out.kind !== 'choices' && out.reply.kept) await ctx.kept.set(out.reply.kept.key, out.reply.kept.values);
    const privateNote = await deliver(out, deferred, incoming.kind === 'command', responder);
    done(error ? 'apology' : out.kind);
    if (out.kind !== 'choices' && !privateNote) {
      const key = meta.messageKey ?? meta.id;
      await afterAnswer(out.reply, responder, ctx, key, log, ctx.delivered(key));
    }
  } catch (deliveryError) {
    // An expired token (10062), a 5xx that outlived its retries: the user may see nothing, the bot goes on.
    log.error(
      { err: deliveryError, latencyMs: Math.round(performance.now() - started) },
      'could not deliver the answer',
    );
  }
}

/**
 * What follows a delivered answer: its picture, drawn and attached (drawing never delays or fails the
 * answer itself), and the timer that removes its page buttons. Editing a message drops the files not
 * sent again, so that edit sends the picture too.
 */
export async function afterAnswer(
  reply: Reply,
  responder: Responder,
  ctx: AnswerContext,
  key: string,
  log: Logger,
  generation = ctx.delivered(key),
) {
  const picture = reply.flags ? null : await drawn(reply, ctx.pictures, log);
  // A page turned while this picture was drawn: the message shows a newer page, which this edit must not undo.
  if (ctx.latest(key) !== generation) return;
  if (picture) {
    await responder.attachPicture(reply, picture).catch((error: unknown) => {
      log.warn({ err: error }, 'could not attach the picture; the answer stands without it');
    });
  }
  if (reply.components.length === 0) return;
  const bare = { ...reply, components: [] };
  ctx.expirePager(key, () => (picture ? responder.attachPicture(bare, picture) : responder.editOriginal(bare)));
}

/** Page-button expiry: one timer per message, restarted whenever a page is turned. */
export function pagerExpiry(lifetimeMs: number, logger: Logger) {
  const timers = new Map<string, NodeJS.Timeout>();
  return {
    expire(key: string, remove: () => Promise<void>): void {
      clearTimeout(timers.get(key));
      const timer = setTimeout(() => {
        timers.delete(key);
        remove().catch((error: unknown) => logger.warn({ err: error, message: key }, 'could not remove page buttons'));
      }, lifetimeMs);
      timer.unref();
      timers.set(key, timer);
    },
    clear(): void {
      for (const timer of timers.values()) clearTimeout(timer);
      timers.clear();
    },
  };
}

/**
 * The command's answer, from the story of the server it was used in. Deferring buys 15 minutes; it must happen within
 * 3 s, so before the work, not after: for a large corpus, for a page to fetch and read, and while the server's own
 * articles are being read.
 */
async function run(
  incoming: Incoming,
  responder: Responder,
  ctx: AnswerContext,
): Promise<ReturnType<typeof dispatch> & { deferred: boolean }> {
  const story = ctx.storyOf(incoming.guildId);
  const acting = acts(incoming);
  // A member the command refuses is told at once; only real work (a page to fetch and read) is deferred.
  const working = acting && Boolean(incoming.mayManage && incoming.guildId && ctx.libraryOf);
  const deferred = (ctx.slow || working || Boolean(story.pending)) && incoming.kind !== 'autocomplete';
  if (deferred) await responder.defer(incoming.kind === 'button' ? 'update' : 'reply');
  // Autocomplete cannot wait: it suggests from the story as last read.
  const ready: Story =
    story.pending && incoming.kind !== 'autocomplete' ? await story.pending.catch(() => story) : story;
  const server = serverContext(incoming, ready, ctx);
  const dispatched =
    acting && incoming.kind === 'command'
      ? await dispatchAct(ready.index, incoming, server)
      : dispatch(ready.index, incoming, server);
  return { ...dispatched, deferred };
}

/** What a command knows of the server it was used in; nothing outside a server. */
function serverContext(incoming: Incoming, story: Story, ctx: AnswerContext): ServerContext | undefined {
  if (!incoming.guildId) return undefined;
  const library = ctx.libraryOf?.(incoming.guildId);
  return {
    id: incoming.guildId,
    own: story.own,
    mayManage: incoming.kind !== 'button' && Boolean(incoming.mayManage),
    ...(library ? { library } : {}),
  };
}

/** Sends the answer as the interaction allows: at once, or in place of a deferral; true for a private note. */
async function deliver(out: Outgoing, deferred: boolean, command: boolean, responder: Responder): Promise<boolean> {
  const privateNote = out.kind === 'reply' && Boolean(out.reply.flags);
  if (!deferred) await responder.respond(out);
  else if (privateNote && command) await responder.replaceWithEphemeral(out.reply);
  else if (privateNote) await responder.followUpEphemeral(out.reply);
  else if (out.kind !== 'choices') await responder.editOriginal(out.reply);
  return privateNote;
}

/** A button that carries its values by key gets them from where they were kept (undefined when they are gone). */
async function withKeptValues(incoming: Incoming, kept: KeptValues): Promise<Incoming> {
  if (incoming.kind !== 'button') return incoming;
  const key = decodePageId(incoming.customId)?.kept;
  return key ? { ...incoming, kept: await kept.get(key) } : incoming;
}

function commandOf(incoming: Incoming): string | undefined {
  return incoming.kind === 'button' ? incoming.customId.split('|')[1] : incoming.name;
}

function optionsOf(incoming: Incoming): string {
  const raw =
    incoming.kind === 'command' ? incoming.options : incoming.kind === 'button' ? incoming.customId : incoming.focused;
  return JSON.stringify(raw).slice(0, OPTION_LOG_CHARS);
}

/** What both transports configure of the answer pipeline. */
export interface AnswerOptions {
  /** The index answers come from; with `live`, only the first one. */
  index: CorpusIndex;
  /** The index in service now, when the data folder is watched (see `watchIndex`): read for every answer. */
  live?: () => CorpusIndex;
  logger: Logger;
  /** Page buttons are removed this long after a reply: Discord's token lives 15 minutes, so 14. */
  pagerLifetimeMs?: number;
  /** A corpus of at least this many sentences may take a command past 2 s: such commands defer first. */
  deferAboveSentences?: number;
  /** The command budget; by default 5 commands in 10 s per member, in this process. */
  cooldowns?: Limiter;
  /** Where pictures are drawn; by default a pool of worker threads (`picturePool`). */
  pictures?: PicturePool;
  /** The Redis every replica shares, when configured: the budget, and replays refused across replicas. */
  redis?: SharedRedis;
  /** Each server's own articles (`servers.ts`); without it every server answers from the operator's index alone. */
  servers?: ServerStories;
}

export const PAGER_LIFETIME_MS = 14 * 60_000;
/** About 2,500 articles of the seed's size; `npm run bench` shows where the 2-second mark really lies. */
export const DEFER_ABOVE_SENTENCES = 100_000;

/** What both transports need to answer: built once from the options. */
export function answerContext(options: AnswerOptions): AnswerContext & { close(): Promise<void> } {
  const lifetime = options.pagerLifetimeMs ?? PAGER_LIFETIME_MS;
  const pagers = pagerExpiry(lifetime, options.logger);
  const pictures = options.pictures ?? picturePool();
  const deliveries = new Map<string, { count: number; at: number }>();
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
    storyOf: options.servers?.storyOf ?? (() => ({ index: current(), own: [] })),
    ...(options.servers ? { libraryOf: options.servers.libraryOf } : {}),
    logger: options.logger,
    cooldowns: options.cooldowns ?? new Cooldowns(),
    expirePager: pagers.expire,
    pictures,
    kept: keptValues(lifetime, options.redis),
    delivered(key) {
      const now = Date.now();
      // A message's count is needed while its buttons live; older ones are let go. Entries stay in the order of their
      // last delivery (moved to the end), so the walk stops at the first that still lives.
      for (const [old, { at }] of deliveries) {
        if (now - at <= lifetime) break;
        deliveries.delete(old);
      }
      const count = (deliveries.get(key)?.count ?? 0) + 1;
      deliveries.delete(key);
      deliveries.set(key, { count, at: now });
      return count;
    },
    latest: (key) => deliveries.get(key)?.count ?? 0,
    /** Stops the page timers and the drawing threads: after the last answer, at shutdown. */
    async close() {
      pagers.clear();
      await pictures.close();
    },
  };
}

/**
 * The reply's picture as PNG bytes, or null when it has none, when the drawing threads are too busy (the text answer
 * has gone out and stands alone), or when drawing failed (logged).
 */
async function drawn(reply: Reply, pictures: PicturePool, log: Logger): Promise<Buffer | null> {
  if (!reply.picture) return null;
  try {
    const png = await pictures.draw(reply.picture);
    if (!png) log.info({ pending: pictures.pending() }, 'too many pictures waiting: this answer goes without one');
    return png;
  } catch (error) {
    log.warn({ err: error }, 'could not draw the picture; the answer goes without it');
    return null;
  }
}
