import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A loopback Discord for tests: REST over HTTP and the gateway over WebSocket on 127.0.0.1,
 * port 0. It speaks just enough of the protocol for the real discord.js client: HELLO →
 * IDENTIFY → READY, heartbeats, INTERACTION_CREATE, and records every REST call it receives.
 */
export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  /** The JSON body, or for multipart requests their `payload_json` part. */
  body: unknown;
  /** The files of a multipart request, as discord.js sends attachments. */
  files?: { name: string; filename: string; contentType: string; data: Buffer }[];
}

/** The parts of a multipart/form-data body: enough of RFC 7578 for what discord.js sends. */
function multipart(raw: Buffer, boundary: string): { headers: string; data: Buffer }[] {
  const parts: { headers: string; data: Buffer }[] = [];
  const delimiter = Buffer.from(`--${boundary}`);
  let at = raw.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (raw.subarray(start, start + 2).toString() === '--') break;
    const next = raw.indexOf(delimiter, start);
    if (next < 0) break;
    const part = raw.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    parts.push({ headers: part.subarray(0, split).toString('utf8'), data: part.subarray(split + 4) });
    at = next;
  }
  return parts;
}

export interface OverrideResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Hold the response this long, as a slow Discord would. */
  delayMs?: number;
}

/** Lets a test answer a request its own way (a 500, a 429, an expired token); undefined falls through. */
export type RestOverride = (req: RecordedRequest) => OverrideResponse | undefined;

export interface CommandOption {
  name: string;
  type: number;
  /** Absent for a subcommand, which has `options` instead. */
  value?: string | number;
  focused?: boolean;
  options?: CommandOption[];
}

export interface InteractionExtra {
  locale?: string;
  userId?: string;
  /** 2 for a slash command (default), 4 for autocomplete. */
  type?: number;
  guildId?: string;
  /** The member's permissions, Discord's decimal bit field: '0' (none) unless given; '32' is Manage Server. */
  permissions?: string;
  /** Files sent with the command, by attachment id, as Discord resolves them (`data.resolved.attachments`). */
  attachments?: Record<string, { url: string; filename: string; size: number; content_type?: string }>;
}

/** The body of the bot's answer to an interaction (`POST …/callback`), as far as the tests read it. */
export interface Callback {
  type: number;
  data?: {
    embeds?: { title?: string; description?: string; footer?: { text: string } }[];
    components?: { components: { custom_id: string; disabled: boolean }[] }[];
    flags?: number;
  };
}

export const APPLICATION_ID = '100000000000000001';
export const BOT_USER_ID = '100000000000000002';
export const GUILD_ID = '100000000000000003';
export const CHANNEL_ID = '100000000000000004';

export class DiscordStandIn {
  readonly requests: RecordedRequest[] = [];
  readonly identifies: unknown[] = [];
  resumes = 0;
  override: RestOverride | undefined;
  private server: Server;
  private wss: WebSocketServer;
  private sockets = new Set<WebSocket>();
  /** Which shard each connection identified as, so an interaction goes to the shard of its guild. */
  private shardOf = new Map<WebSocket, [number, number]>();
  /** What `GET /gateway/bot` recommends. */
  recommendedShards = 1;
  private seq = 0;
  private waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private identifyWaiters: (() => void)[] = [];
  /** The timers of waits still open: cleared at stop(), so no wait rejects after its test has ended. */
  private readonly waitTimers = new Set<NodeJS.Timeout>();
  private nextId = 1n;

  private constructor() {
    this.server = createServer((req, res) => void this.onHttp(req, res));
    this.wss = new WebSocketServer({ server: this.server });
    this.wss.on('connection', (ws) => this.onGateway(ws));
  }

  static async start(): Promise<DiscordStandIn> {
    const standIn = new DiscordStandIn();
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    return standIn;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What `DISCORD_API_URL` should be: discord.js appends `/v10/…`. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get connections(): number {
    return this.sockets.size;
  }

  async stop(): Promise<void> {
    for (const timer of this.waitTimers) clearTimeout(timer);
    this.waitTimers.clear();
    for (const ws of this.sockets) ws.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Resolves with the next REST request that matches, or one already received and not yet claimed. */
  waitForRequest(match: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('stand-in: no matching request in time')), timeoutMs);
      this.waiters.push({
        match,
        resolve: (r) => {
          clearTimeout(timer);
          resolve(r);
        },
      });
    });
  }

  /** Resolves at the next IDENTIFY or RESUME: the bot is (back) on the gateway. */
  waitForIdentify(timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waitTimers.delete(timer);
        reject(new Error('stand-in: no IDENTIFY in time'));
      }, timeoutMs);
      this.waitTimers.add(timer);
      this.identifyWaiters.push(() => {
        clearTimeout(timer);
        this.waitTimers.delete(timer);
        resolve();
      });
    });
  }

  /** Sends INTERACTION_CREATE for a slash command and resolves with the callback the bot POSTs. */
  async command(name: string, options: CommandOption[] = [], extra: InteractionExtra = {}) {
    return this.send(this.commandInteraction(name, options, extra));
  }

  /** Sends INTERACTION_CREATE without waiting for the answer; returns what the bot will answer to. */
  sendCommand(
    name: string,
    options: CommandOption[] = [],
    extra: InteractionExtra = {},
  ): { id: string; token: string } {
    const interaction = this.commandInteraction(name, options, extra);
    this.dispatch('INTERACTION_CREATE', interaction);
    return { id: interaction.id as string, token: interaction.token as string };
  }

  /**
   * Sends a command and resolves with what the member finally sees: the reply; after a deferral, the edit that
   * replaced "thinking…" or the private note sent in its place.
   */
  async finalAnswer(
    name: string,
    options: CommandOption[] = [],
    extra: InteractionExtra = {},
  ): Promise<{ data: NonNullable<Callback['data']>; deferred: boolean }> {
    const interaction = this.commandInteraction(name, options, extra);
    const hook = `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token as string}`;
    const later = this.waitForRequest(
      (r) =>
        (r.method === 'PATCH' && r.path === `${hook}/messages/@original`) || (r.method === 'POST' && r.path === hook),
      30_000,
    );
    // Not deferred: nothing follows, and the wait ends unheard.
    later.catch(() => undefined);
    const body = (await this.send(interaction)).body as Callback;
    if (body.type !== 5) return { data: body.data ?? {}, deferred: false };
    return { data: (await later).body as NonNullable<Callback['data']>, deferred: true };
  }

  /** The INTERACTION_CREATE payload for a command, as Discord would send it (also the HTTP endpoint's body). */
  commandInteraction(
    name: string,
    options: CommandOption[] = [],
    extra: InteractionExtra = {},
  ): Record<string, unknown> {
    const attachments = extra.attachments
      ? Object.fromEntries(Object.entries(extra.attachments).map(([id, a]) => [id, { id, proxy_url: a.url, ...a }]))
      : undefined;
    const data = {
      id: this.snowflake(),
      name,
      type: 1,
      options,
      ...(attachments ? { resolved: { attachments } } : {}),
    };
    return this.interaction(extra.type ?? 2, data, extra);
  }

  async button(customId: string, extra: { locale?: string; userId?: string } = {}) {
    return this.send(this.buttonInteraction(customId, extra));
  }

  /** The payload of a button press on a message of the bot's. */
  buttonInteraction(customId: string, extra: { locale?: string; userId?: string } = {}): Record<string, unknown> {
    const interaction = this.interaction(3, { custom_id: customId, component_type: 2 }, extra);
    (interaction as Record<string, unknown>).message = {
      id: this.snowflake(),
      channel_id: CHANNEL_ID,
      author: { id: BOT_USER_ID, username: 'rivalen', discriminator: '0', bot: true },
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      pinned: false,
      type: 0,
      components: [],
      flags: 0,
    };
    return interaction;
  }

  /** Drops every gateway connection, as a network failure would. */
  dropGateway(code = 4000): void {
    for (const ws of this.sockets) ws.close(code, 'stand-in drop');
  }

  private async send(
    interaction: Record<string, unknown>,
  ): Promise<RecordedRequest & { interaction: Record<string, unknown> }> {
    const id = interaction.id as string;
    const callback = this.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/api/v10/interactions/${id}/${interaction.token as string}/callback`,
    );
    this.dispatch('INTERACTION_CREATE', interaction);
    return { ...(await callback), interaction };
  }

  private interaction(type: number, data: Record<string, unknown>, extra: InteractionExtra): Record<string, unknown> {
    const userId = extra.userId ?? '100000000000000010';
    const id = this.snowflake();
    return {
      id,
      application_id: APPLICATION_ID,
      type,
      data,
      guild_id: extra.guildId ?? GUILD_ID,
      channel_id: CHANNEL_ID,
      channel: { id: CHANNEL_ID, type: 0, guild_id: extra.guildId ?? GUILD_ID, name: 'general' },
      member: {
        user: { id: userId, username: `user${userId.slice(-2)}`, discriminator: '0', global_name: null, avatar: null },
        roles: [],
        joined_at: new Date(0).toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
        permissions: extra.permissions ?? '0',
      },
      token: `token-${id}`,
      version: 1,
      locale: extra.locale ?? 'en-US',
      guild_locale: 'de',
      app_permissions: '0',
      entitlements: [],
      authorizing_integration_owners: { '0': GUILD_ID },
      context: 0,
    };
  }

  private snowflake(): string {
    return String(1300000000000000000n + this.nextId++);
  }

  private dispatch(event: string, data: unknown): void {
    this.seq += 1;
    // As Discord does: a guild's events go to shard (guild_id >> 22) % shard_count only.
    const guild = (data as { guild_id?: string }).guild_id;
    for (const ws of this.sockets) {
      const shard = this.shardOf.get(ws);
      if (guild && shard && Number((BigInt(guild) >> 22n) % BigInt(shard[1])) !== shard[0]) continue;
      ws.send(JSON.stringify({ op: 0, t: event, s: this.seq, d: data }));
    }
  }

  /** The shard that receives a guild's events, among `count`. */
  static shardForGuild(guild: string, count: number): number {
    return Number((BigInt(guild) >> 22n) % BigInt(count));
  }

  private onGateway(ws: WebSocket): void {
    this.sockets.add(ws);
    ws.on('close', () => {
      this.sockets.delete(ws);
      this.shardOf.delete(ws);
    });
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (raw) => {
      const packet = JSON.parse(String(raw)) as { op: number; d: unknown };
      if (packet.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (packet.op === 6) {
        // RESUME: the session goes on where it stopped.
        this.seq += 1;
        ws.send(JSON.stringify({ op: 0, t: 'RESUMED', s: this.seq, d: {} }));
        this.resumes += 1;
        for (const w of this.identifyWaiters.splice(0)) w();
        return;
      }
      if (packet.op === 2) {
        this.identifies.push(packet.d);
        const shard = (packet.d as { shard?: [number, number] }).shard;
        if (shard) this.shardOf.set(ws, shard);
        this.seq += 1;
        const ready = {
          v: 10,
          user: {
            id: BOT_USER_ID,
            username: 'rivalen',
            discriminator: '0',
            bot: true,
            avatar: null,
            global_name: null,
          },
          guilds: [],
          session_id: `session-${this.identifies.length}`,
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          application: { id: APPLICATION_ID, flags: 0 },
        };
        ws.send(JSON.stringify({ op: 0, t: 'READY', s: this.seq, d: ready }));
        for (const w of this.identifyWaiters.splice(0)) w();
      }
    });
  }

  private async onHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const raw = bytes.toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown = raw;
    let files: RecordedRequest['files'];
    const boundary = /multipart\/form-data;\s*boundary=(.+)$/.exec(req.headers['content-type'] ?? '')?.[1];
    if (boundary) {
      files = [];
      for (const part of multipart(bytes, boundary.replace(/^"|"$/g, ''))) {
        const name = /name="([^"]*)"/.exec(part.headers)?.[1] ?? '';
        const filename = /filename="([^"]*)"/.exec(part.headers)?.[1];
        const contentType = /content-type:\s*(\S+)/i.exec(part.headers)?.[1] ?? '';
        if (filename === undefined && name === 'payload_json') body = JSON.parse(part.data.toString('utf8'));
        else if (filename !== undefined) files.push({ name, filename, contentType, data: part.data });
      }
    } else {
      try {
        body = raw ? JSON.parse(raw) : null;
      } catch {
        // plain text stays a string
      }
    }
    const recorded: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      query: url.search,
      body,
      ...(files ? { files } : {}),
    };
    this.requests.push(recorded);
    const overridden = this.override?.(recorded);
    if (overridden) {
      if (overridden.delayMs) await new Promise((resolve) => setTimeout(resolve, overridden.delayMs));
      if (overridden.body === undefined) res.writeHead(overridden.status, overridden.headers ?? {}).end();
      else
        res
          .writeHead(overridden.status, { 'content-type': 'application/json', ...overridden.headers })
          .end(JSON.stringify(overridden.body));
      // A request answered with success still counts as received for a waiting test.
      if (overridden.status < 300) this.resolveWaiter(recorded);
      return;
    }
    this.resolveWaiter(recorded);
    if (recorded.path === '/api/v10/gateway/bot') {
      this.json(res, 200, {
        url: `ws://127.0.0.1:${this.port}`,
        shards: this.recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
      return;
    }
    if (recorded.path.endsWith('/callback')) {
      res.writeHead(204).end();
      return;
    }
    if (recorded.method === 'PUT' && /\/applications\/\d+\/(guilds\/\d+\/)?commands$/.test(recorded.path)) {
      this.json(
        res,
        200,
        (body as unknown[]).map((c, i) => ({
          ...(c as object),
          id: String(200000000000000000n + BigInt(i)),
          application_id: APPLICATION_ID,
          version: '1',
        })),
      );
      return;
    }
    if (recorded.method === 'DELETE') {
      res.writeHead(204).end();
      return;
    }
    if (recorded.method === 'PATCH' || recorded.method === 'POST') {
      this.json(res, 200, {
        id: this.snowflake(),
        channel_id: CHANNEL_ID,
        content: '',
        embeds: [],
        components: [],
        attachments: [],
        timestamp: new Date().toISOString(),
        type: 0,
        author: { id: BOT_USER_ID, username: 'rivalen', discriminator: '0' },
      });
      return;
    }
    this.json(res, 404, { message: 'Unknown route in stand-in', code: 0 });
  }

  private resolveWaiter(recorded: RecordedRequest): void {
    const waiterIndex = this.waiters.findIndex((w) => w.match(recorded));
    if (waiterIndex >= 0) this.waiters.splice(waiterIndex, 1)[0]!.resolve(recorded);
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
