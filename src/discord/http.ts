import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { KeyObject } from 'node:crypto';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { dispatch, type Outgoing } from '../dispatch.js';
import { toApiPayload, type Reply } from '../render/reply.js';
import { answer, answerContext, PICTURE_NAME, withPictureEmbed, type AnswerOptions, type Responder } from './answer.js';
import { fromApiInteraction } from './api-interaction.js';

import { checkSignature, MAX_SKEW_SECONDS } from './signature.js';
import { originalRoute, webhookClient, webhookRoute, type WebhookClient } from './webhook.js';

/**
 * The second way to run: Discord POSTs each interaction, signed, to `/interactions`, and the answer
 * is the HTTP response. No gateway, no sharding; it scales behind any load balancer. The same
 * answer pipeline as the gateway bot runs every command.
 */
export interface InteractionServerOptions extends AnswerOptions {
  /** REST base for edits and notes, e.g. a stand-in; Discord's own when unset. */
  apiUrl?: string;
  publicKey: KeyObject;
  /** The clock, in seconds, for checking a request's age; injectable for tests. */
  now?: () => number;
  /** Open connections one address may hold; more are closed at once (see `MAX_CONNECTIONS_PER_ADDRESS`). */
  maxConnectionsPerAddress?: number;
}

export const MAX_BODY_BYTES = 64 * 1024;

/**
 * How long a client may take: its headers within 5 s, its whole request within 8 s, and an idle
 * keep-alive connection is closed after 5 s. Discord sends a request in milliseconds; a client that
 * trickles bytes to hold connections open (slowloris) is cut off within seconds. Node checks these
 * every `CHECK_EVERY_MS`, not every 30 s as by default.
 */
export const TIMEOUTS = { headersMs: 5_000, requestMs: 8_000, keepAliveMs: 5_000 } as const;
const CHECK_EVERY_MS = 1_000;
/**
 * Discord's requests come from many addresses, a few connections each; one address holding more
 * is flooding. A busy client's pool churns past its own size (50 concurrent requests opened 66
 * connections in the test), hence the headroom. Behind a reverse proxy every request comes from
 * the proxy's address: raise it there (`CONNECTIONS_PER_ADDRESS` in the environment).
 */
export const MAX_CONNECTIONS_PER_ADDRESS = 128;
/**
 * Interaction ids answered, kept for twice the signature window (timestamps may be early or late
 * by it): a signed request sent again inside its window is refused rather than answered twice.
 */
const REMEMBER_MS = 2 * MAX_SKEW_SECONDS * 1000;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** The interaction callback body for an answer, as discord.js sends it on the gateway path. */
export function callbackBody(out: Outgoing): Record<string, unknown> {
  if (out.kind === 'choices')
    return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: out.choices } };
  const type =
    out.kind === 'update' ? InteractionResponseType.UpdateMessage : InteractionResponseType.ChannelMessageWithSource;
  return { type, data: toApiPayload(out.reply) };
}

function readBody(req: IncomingMessage): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY_BYTES) {
      resolve('too large');
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        resolve('too large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

export function createInteractionServer(options: InteractionServerOptions): Server {
  const { logger } = options;
  const endpoint: Endpoint = {
    options,
    ctx: answerContext(options),
    now: options.now ?? (() => Date.now() / 1000),
    webhook: webhookClient(options.apiUrl),
    answered: new AnsweredIds(REMEMBER_MS),
  };
  const server = createServer(
    {
      headersTimeout: TIMEOUTS.headersMs,
      requestTimeout: TIMEOUTS.requestMs,
      keepAliveTimeout: TIMEOUTS.keepAliveMs,
      connectionsCheckingInterval: CHECK_EVERY_MS,
    },
    (req, res) => {
      handle(endpoint, req, res).catch((error: unknown) => {
        logger.error({ err: error }, 'HTTP request failed');
        if (!res.headersSent) json(res, 500, { error: 'internal error' });
      });
    },
  );
  // A connection that says nothing at all is not covered by the header timeout: it is closed after as long idle.
  server.timeout = TIMEOUTS.headersMs;
  server.on('close', () => void endpoint.ctx.close());
  capConnectionsPerAddress(server, options.maxConnectionsPerAddress ?? MAX_CONNECTIONS_PER_ADDRESS, logger);
  return server;
}

/** What every request of one endpoint shares. */
interface Endpoint {
  options: InteractionServerOptions;
  ctx: ReturnType<typeof answerContext>;
  now: () => number;
  webhook: WebhookClient;
  answered: AnsweredIds;
}

/** One request: `/healthz`, or a signed interaction answered through the shared pipeline. */
async function handle(e: Endpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = (req.url ?? '/').split('?')[0];
  if (path === '/healthz') {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return json(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
    }
    const { code, body } = healthOf(e);
    return json(res, code, body);
  }
  if (path !== '/interactions') return json(res, 404, { error: 'not found' });
  if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
  const interaction = await signedInteraction(e, req, res);
  if (!interaction) return;
  if (interaction.type === InteractionType.Ping) return json(res, 200, { type: InteractionResponseType.Pong });
  const incoming = fromApiInteraction(interaction);
  if (!incoming) return json(res, 400, { error: 'interaction type not handled' });
  if (!(await firstTime(e, String(interaction.id)))) {
    e.options.logger.warn(
      { interaction: interaction.id, remote: req.socket.remoteAddress },
      'refused a replayed interaction',
    );
    return json(res, 409, { error: 'interaction already answered' });
  }
  // Every page of one message shares the id of the interaction that created it, which each press carries.
  const messageKey =
    interaction.type === InteractionType.MessageComponent
      ? (interaction.message.interaction_metadata?.id ?? interaction.message.id)
      : undefined;
  const meta = { id: interaction.id, ...(messageKey ? { messageKey } : {}) };
  await answer(incoming, meta, responder(e.webhook, interaction, res), e.ctx);
  // The pipeline always answers; a delivery failure there is logged, and Discord still gets a reply.
  if (!res.headersSent) json(res, 500, { error: 'no answer' });
}

/** The request's interaction when its body fits and Discord signed it; else the refusal is sent and null returned. */
async function signedInteraction(
  e: Endpoint,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<APIInteraction | null> {
  const body = await readBody(req);
  if (body === 'too large') {
    json(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
    return null;
  }
  const signature = header(req, 'x-signature-ed25519');
  const problem = checkSignature(e.options.publicKey, signature, header(req, 'x-signature-timestamp'), body, e.now());
  if (problem) {
    e.options.logger.warn({ problem, remote: req.socket.remoteAddress }, 'refused an unsigned or forged request');
    json(res, 401, { error: `invalid request signature (${problem})` });
    return null;
  }
  try {
    const interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    if (typeof interaction === 'object' && interaction !== null && typeof interaction.type === 'number')
      return interaction;
  } catch {
    // not JSON: refused below
  }
  json(res, 400, { error: 'body is not a JSON interaction' });
  return null;
}

/** Answers through the HTTP response first, then through the interaction's webhook for edits and notes. */
function responder(client: WebhookClient, interaction: APIInteraction, res: ServerResponse): Responder {
  const original = originalRoute(interaction.application_id, interaction.token);
  let answered = false;
  const followUp = async (reply: Reply) => {
    await client.post(webhookRoute(interaction.application_id, interaction.token), {
      ...toApiPayload(reply),
      flags: MessageFlags.Ephemeral,
    });
  };
  const first = (body: unknown) => {
    answered = true;
    json(res, 200, body);
  };
  return {
    async respond(out) {
      first(callbackBody(out));
    },
    async defer(kind) {
      first(
        kind === 'update'
          ? { type: InteractionResponseType.DeferredMessageUpdate }
          : { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } },
      );
    },
    async editOriginal(reply: Reply) {
      if (!answered) throw new Error('edit before the interaction was acknowledged');
      await client.patch(original, toApiPayload(reply, { edit: true }));
    },
    async replaceWithEphemeral(reply: Reply) {
      await client.delete(original).catch(() => undefined);
      await followUp(reply);
    },
    followUpEphemeral: followUp,
    async attachPicture(reply: Reply, png: Buffer) {
      const body = {
        ...toApiPayload(withPictureEmbed(reply), { edit: true }),
        attachments: [{ id: 0, filename: PICTURE_NAME }],
      };
      await client.patch(original, body, [{ name: PICTURE_NAME, data: png, contentType: 'image/png' }]);
    },
  };
}

/** Closes a new connection at once when its address already holds `max`; logs once per flood, not per socket. */
function capConnectionsPerAddress(server: Server, max: number, logger: InteractionServerOptions['logger']): void {
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const address = socket.remoteAddress ?? '?';
    const count = open.get(address) ?? 0;
    if (count >= max) {
      if (count === max) logger.warn({ remote: address, max }, 'closing connections over the per-address cap');
      open.set(address, count + 1);
      socket.once('close', () => release(address));
      socket.destroy();
      return;
    }
    open.set(address, count + 1);
    socket.once('close', () => release(address));
  });
  const release = (address: string) => {
    const left = (open.get(address) ?? 1) - 1;
    if (left <= 0) open.delete(address);
    else open.set(address, left);
  };
}

/** Ids claimed in time order, forgotten after `keepMs`: a Map keeps insertion order, so the oldest go first. */
class AnsweredIds {
  private readonly seen = new Map<string, number>();
  constructor(private readonly keepMs: number) {}

  /** True the first time an id is claimed within `keepMs`; false for a repeat. */
  claim(id: string, nowMs: number): boolean {
    for (const [old, at] of this.seen) {
      if (nowMs - at < this.keepMs) break;
      this.seen.delete(old);
    }
    if (this.seen.has(id)) return false;
    this.seen.set(id, nowMs);
    return true;
  }
}

/**
 * Is this the first time the interaction id arrives? This process remembers what it answered; with a shared Redis,
 * every replica does (`SET NX` for the signature's window), so a request replayed to another replica, or after a
 * restart, is refused too. A Redis that cannot answer in time leaves the decision to this process.
 */
async function firstTime(e: Endpoint, id: string): Promise<boolean> {
  if (!e.answered.claim(id, Date.now())) return false;
  const redis = e.options.redis;
  if (!redis) return true;
  const claimed = await redis.ask(
    async (client) => (await client.set(`rivalen:answered:${id}`, '1', 'PX', REMEMBER_MS, 'NX')) === 'OK',
  );
  return claimed ?? true;
}

/** Longer than this to answer the cheapest command, and no command would be answered within Discord's 3 s. */
const HEALTHY_ANSWER_MS = 1_000;

/**
 * What `/healthz` says: 503 when commands cannot be answered (the cheapest one fails or takes past a second), else
 * 200, `degraded` while a configured Redis is not answering (each process then limits on its own).
 */
function healthOf(e: Endpoint): { code: number; body: Record<string, unknown> } {
  const failing = (answerMs?: number) => ({
    code: 503,
    body: { status: 'failing', reason: 'commands cannot be answered in time', ...(answerMs ? { answerMs } : {}) },
  });
  const started = performance.now();
  try {
    const { out, error } = dispatch(e.ctx.index, { kind: 'command', name: 'sources', options: {}, userId: 'healthz' });
    const answerMs = Math.round(performance.now() - started);
    if (error || out.kind !== 'reply' || answerMs > HEALTHY_ANSWER_MS) return failing(answerMs);
    const redis = e.options.redis?.state();
    const status = redis === 'local' ? 'degraded' : 'ok';
    const articles = e.ctx.index.articles.length;
    return {
      code: 200,
      body: { status, articles, answerMs, ...(redis ? { redis } : {}), pictures: e.ctx.pictures.pending() },
    };
  } catch {
    // An index nothing can be read from is no healthier for the check itself failing on it.
    return failing();
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
