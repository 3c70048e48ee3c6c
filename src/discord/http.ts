import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { KeyObject } from 'node:crypto';
import { REST, Routes } from 'discord.js';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import type { Outgoing } from '../dispatch.js';
import { toApiPayload, type Reply } from '../render/reply.js';
import { answer, type Responder } from './answer.js';
import { fromApiInteraction } from './api-interaction.js';
import { answerContext, type BotOptions } from './bot.js';
import { checkSignature } from './signature.js';

/**
 * The second way to run: Discord POSTs each interaction, signed, to `/interactions`, and the answer
 * is the HTTP response. No gateway, no sharding; it scales behind any load balancer. The same
 * answer pipeline as the gateway bot runs every command.
 */
export interface InteractionServerOptions extends Omit<BotOptions, 'drainMs'> {
  publicKey: KeyObject;
  /** The clock, in seconds, for checking a request's age; injectable for tests. */
  now?: () => number;
}

export const MAX_BODY_BYTES = 64 * 1024;

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));
}

/** The interaction callback body for an answer, as discord.js sends it on the gateway path. */
export function callbackBody(out: Outgoing): Record<string, unknown> {
  if (out.kind === 'choices') return { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: out.choices } };
  const type = out.kind === 'update' ? InteractionResponseType.UpdateMessage : InteractionResponseType.ChannelMessageWithSource;
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
  const ctx = answerContext(options);
  const now = options.now ?? (() => Date.now() / 1000);
  // Webhook routes need no bot token: the interaction's own token is the credential.
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {});

  function responder(interaction: APIInteraction, res: ServerResponse): Responder {
    const original = Routes.webhookMessage(interaction.application_id, interaction.token, '@original');
    let answered = false;
    const first = (body: unknown) => {
      answered = true;
      json(res, 200, body);
    };
    return {
      async respond(out) {
        first(callbackBody(out));
      },
      async defer(kind) {
        first(kind === 'update' ? { type: InteractionResponseType.DeferredMessageUpdate } : { type: InteractionResponseType.DeferredChannelMessageWithSource, data: { flags: 0 } });
      },
      async editOriginal(reply: Reply) {
        if (!answered) throw new Error('edit before the interaction was acknowledged');
        await rest.patch(original, { body: toApiPayload(reply, { edit: true }), auth: false });
      },
      async replaceWithEphemeral(reply: Reply) {
        await rest.delete(original, { auth: false }).catch(() => undefined);
        await rest.post(Routes.webhook(interaction.application_id, interaction.token), { body: { ...toApiPayload(reply), flags: MessageFlags.Ephemeral }, auth: false });
      },
    };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') {
      if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { error: 'method not allowed' }, { allow: 'GET, HEAD' });
      return json(res, 200, { status: 'ok', articles: options.index.articles.length });
    }
    if (path !== '/interactions') return json(res, 404, { error: 'not found' });
    if (req.method !== 'POST') return json(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
    const body = await readBody(req);
    if (body === 'too large') return json(res, 413, { error: `body over ${MAX_BODY_BYTES} bytes` }, { connection: 'close' });
    const problem = checkSignature(options.publicKey, header(req, 'x-signature-ed25519'), header(req, 'x-signature-timestamp'), body, now());
    if (problem) {
      logger.warn({ problem, remote: req.socket.remoteAddress }, 'refused an unsigned or forged request');
      return json(res, 401, { error: `invalid request signature (${problem})` });
    }
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
      if (typeof interaction !== 'object' || interaction === null || typeof interaction.type !== 'number') throw new Error('not an interaction');
    } catch {
      return json(res, 400, { error: 'body is not a JSON interaction' });
    }
    if (interaction.type === InteractionType.Ping) return json(res, 200, { type: InteractionResponseType.Pong });
    const incoming = fromApiInteraction(interaction);
    if (!incoming) return json(res, 400, { error: 'interaction type not handled' });
    const messageId = interaction.type === InteractionType.MessageComponent ? interaction.message.id : undefined;
    await answer(incoming, { id: interaction.id, ...(messageId ? { messageId } : {}) }, responder(interaction, res), ctx);
    // The pipeline always answers; a delivery failure there is logged, and Discord still gets a reply.
    if (!res.headersSent) json(res, 500, { error: 'no answer' });
  }

  return createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      logger.error({ err: error }, 'HTTP request failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
    });
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

