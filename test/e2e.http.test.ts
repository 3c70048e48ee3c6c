import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { request, type Server } from 'node:http';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cooldowns } from '../src/discord/cooldown.js';
import { createInteractionServer, MAX_BODY_BYTES, MAX_CONNECTIONS_PER_ADDRESS, TIMEOUTS } from '../src/discord/http.js';
import { publicKeyFromHex } from '../src/discord/signature.js';
import { startBot, type Harness } from './support/bot-harness.js';
import { runNpm } from './support/npm-process.js';
import { seedIndex } from './support/corpus.js';
import { keyPair, signatureHeaders } from './support/discord-keys.js';
import { DiscordStandIn, type CommandOption } from './support/discord-standin.js';

const discord = keyPair();
const stranger = keyPair();

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

interface Sent {
  status: number;
  body: unknown;
}

async function post(
  base: string,
  body: string | Buffer,
  headers: Record<string, string>,
  path = '/interactions',
  method = 'POST',
): Promise<Sent> {
  const res = await fetch(`${base}${path}`, {
    method,
    body: method === 'GET' ? undefined : body,
    headers: { 'content-type': 'application/json', ...headers },
  });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // leave as text
  }
  return { status: res.status, body: parsed };
}

function signed(body: string, key = discord.privateKey, timestamp?: string): Record<string, string> {
  return signatureHeaders(body, key, timestamp);
}

const send = (base: string, interaction: unknown) => {
  const body = JSON.stringify(interaction);
  return post(base, body, signed(body));
};

describe('the HTTP interactions endpoint', () => {
  let standIn: DiscordStandIn;
  let server: Server;
  let base: string;
  let gateway: Harness;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    server = createInteractionServer({
      index: seedIndex(),
      logger: pino({ level: 'silent' }),
      publicKey: publicKeyFromHex(discord.publicHex),
      apiUrl: standIn.apiUrl,
      cooldowns: new Cooldowns(10_000),
    });
    base = await listen(server);
    gateway = await startBot({ cooldowns: new Cooldowns(10_000) });
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await gateway.stop();
    await standIn.stop();
  });

  it('answers PING with PONG', async () => {
    expect(await send(base, { id: '1', application_id: '2', type: 1, token: 't', version: 1 })).toEqual({
      status: 200,
      body: { type: 1 },
    });
  });

  const cases: [string, CommandOption[], { locale?: string; type?: number }][] = [
    ['timeline', [], {}],
    ['timeline', [{ name: 'from', type: 4, value: 2024 }], { locale: 'de' }],
    ['quote', [{ name: 'person', type: 3, value: 'altman' }], {}],
    ['quote', [{ name: 'person', type: 3, value: 'Vance' }], { locale: 'de' }],
    ['factcheck', [{ name: 'claim', type: 3, value: '97.4' }], {}],
    [
      'factcheck',
      [{ name: 'claim', type: 3, value: 'Musk kaufte Twitter für 44 Milliarden Dollar' }],
      { locale: 'de' },
    ],
    ['sources', [], {}],
    ['quote', [{ name: 'person', type: 3, value: 'x'.repeat(30) }], {}],
    ['quote', [{ name: 'person', type: 3, value: 'al', focused: true }], { type: 4 }],
    ['timeline', [{ name: 'topic', type: 3, value: 'tw', focused: true }], { type: 4 }],
  ];

  const sameReading = (body: unknown): unknown => JSON.parse(JSON.stringify(body).replace(/<t:\d+:f>/g, '<t:read:f>'));

  it.each(cases)('returns the same payload as the gateway for /%s %j %j', async (name, options, extra) => {
    const interaction = standIn.commandInteraction(name, options, extra);
    const viaHttp = await send(base, interaction);
    const viaGateway = await gateway.standIn.command(name, options, extra);
    expect(viaHttp.status).toBe(200);
    // Each process stamps the index with when it read the articles (`/sources`): the two may read a second apart.
    expect(sameReading(viaHttp.body)).toEqual(sameReading(viaGateway.body));
  });

  it('returns the same payload as the gateway for a page button, and refuses another user the same way', async () => {
    const first = (await send(base, standIn.commandInteraction('timeline'))).body as {
      data: { components: { components: { custom_id: string }[] }[] };
    };
    const next = first.data.components[0]!.components[1]!.custom_id;
    for (const userId of [undefined, '100000000000000099']) {
      const extra = userId ? { userId } : {};
      const viaHttp = await send(base, standIn.buttonInteraction(next, extra));
      const viaGateway = await gateway.standIn.button(next, extra);
      expect(viaHttp.body).toEqual(viaGateway.body);
    }
  });

  it('says 503 on /healthz when commands cannot be answered, so a load balancer takes it out', async () => {
    // An index no command can read: every answer would be an apology.
    const broken = { ...seedIndex(), articles: undefined as never };
    const failing = createInteractionServer({
      index: broken,
      logger: pino({ level: 'silent' }),
      publicKey: publicKeyFromHex(discord.publicHex),
    });
    const failingBase = await listen(failing);
    try {
      const res = await fetch(`${failingBase}/healthz`);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ status: 'failing', reason: 'commands cannot be answered in time' });
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });

  it('defers when the corpus is large and edits the answer in through REST, as the gateway does', async () => {
    const slowServer = createInteractionServer({
      index: seedIndex(),
      logger: pino({ level: 'silent' }),
      publicKey: publicKeyFromHex(discord.publicHex),
      apiUrl: standIn.apiUrl,
      deferAboveSentences: 0,
    });
    const slowBase = await listen(slowServer);
    const slowGateway = await startBot({ deferAboveSentences: 0 });
    try {
      const interaction = standIn.commandInteraction('quote', [{ name: 'person', type: 3, value: 'altman' }]);
      const edited = standIn.waitForRequest(
        (r) =>
          r.method === 'PATCH' &&
          r.path ===
            `/api/v10/webhooks/${String(interaction.application_id)}/${String(interaction.token)}/messages/@original`,
      );
      const response = await send(slowBase, interaction);
      const gatewayEdited = slowGateway.standIn.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'),
      );
      const gatewayResponse = await slowGateway.standIn.command('quote', [
        { name: 'person', type: 3, value: 'altman' },
      ]);
      expect(response.body).toEqual(gatewayResponse.body);
      expect(response.body).toEqual({ type: 5, data: { flags: 0 } });
      expect((await edited).body).toEqual((await gatewayEdited).body);
    } finally {
      slowServer.closeAllConnections();
      await new Promise((resolve) => slowServer.close(resolve));
      await slowGateway.stop();
    }
  });

  describe('refuses what is not a signed Discord request', () => {
    const body = JSON.stringify(standInInteraction());
    it.each([
      ['no signature headers', () => post(base, body, {}), 401],
      [
        'a malformed signature',
        () => post(base, body, { 'x-signature-ed25519': 'zz', 'x-signature-timestamp': '1' }),
        401,
      ],
      ['a tampered body', () => post(base, body.replace('sources', 'timeline'), signed(body)), 401],
      ['another key', () => post(base, body, signed(body, stranger.privateKey)), 401],
      [
        'a timestamp older than 5 minutes',
        () => post(base, body, signed(body, discord.privateKey, String(Math.floor(Date.now() / 1000) - 301))),
        401,
      ],
      [
        'a body over 64 KiB',
        () => {
          const big = JSON.stringify({ type: 2, padding: 'x'.repeat(MAX_BODY_BYTES) });
          return post(base, big, signed(big));
        },
        413,
      ],
      ['a signed body that is not JSON', () => post(base, 'not json', signed('not json')), 400],
      ['GET /interactions', () => post(base, '', {}, '/interactions', 'GET'), 405],
      ['POST elsewhere', () => post(base, body, signed(body), '/other'), 404],
    ] as const)('%s', async (_what, request, status) => {
      expect((await request()).status).toBe(status);
    });

    it('but answers GET /healthz', async () => {
      expect(await post(base, '', {}, '/healthz', 'GET')).toEqual({
        status: 200,
        body: {
          status: 'ok',
          articles: 5,
          answerMs: expect.any(Number) as number,
          pictures: expect.any(Number) as number,
        },
      });
    });
  });

  it('serves 2,000 signed requests, 50 at a time, with no error', async () => {
    const commands: [string, CommandOption[]][] = [
      ['quote', [{ name: 'person', type: 3, value: 'altman' }]],
      ['timeline', []],
      ['factcheck', [{ name: 'claim', type: 3, value: '97.4' }]],
      ['sources', []],
      ['quote', [{ name: 'person', type: 3, value: 'mu', focused: true }]],
    ];
    let next = 0;
    const statuses: number[] = [];
    const worker = async () => {
      while (next < 2_000) {
        const i = next++;
        const [name, options] = commands[i % commands.length]!;
        const interaction = standIn.commandInteraction(name, options, {
          userId: String(300000000000000000n + BigInt(i)),
          type: options.some((o) => o.focused) ? 4 : 2,
        });
        const { status, body } = await send(base, interaction);
        statuses.push(status);
        expect((body as { type: number }).type).toBeGreaterThanOrEqual(4);
      }
    };
    await Promise.all(Array.from({ length: 50 }, worker));
    expect(statuses).toHaveLength(2_000);
    expect(statuses.every((s) => s === 200)).toBe(true);
  }, 60_000);
});

describe('the HTTP endpoint under abuse', () => {
  let server: Server;
  let port: number;
  let standIn: DiscordStandIn;

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    server = createInteractionServer({
      index: seedIndex(),
      logger: pino({ level: 'silent' }),
      publicKey: publicKeyFromHex(discord.publicHex),
      apiUrl: standIn.apiUrl,
    });
    port = Number(new URL(await listen(server)).port);
  });

  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await standIn.stop();
  });

  it('refuses a signed request sent again inside its window, once it was answered', async () => {
    const body = JSON.stringify(standIn.commandInteraction('sources'));
    const headers = signed(body);
    const base = `http://127.0.0.1:${port}`;
    expect((await post(base, body, headers)).status).toBe(200);
    expect(await post(base, body, headers)).toEqual({ status: 409, body: { error: 'interaction already answered' } });
  });

  it('closes 200 slow connections from one address within 10 s, and answers others meanwhile', async () => {
    // 100 trickle a header byte every half second (slowloris), 100 open and say nothing.
    const sockets = Array.from({ length: 200 }, (_, i) => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.on('error', () => undefined);
      // (Not `once`: it rejects on the reset a refused socket reports before it closes.)
      const closed = new Promise<number>((resolve) => socket.once('close', () => resolve(performance.now())));
      let timer: NodeJS.Timeout | undefined;
      socket.on('connect', () => {
        if (i % 2 === 1) return;
        socket.write('POST /interactions HTTP/1.1\r\nHost: x\r\n');
        timer = setInterval(() => socket.write('X'), 500);
      });
      socket.on('close', () => clearInterval(timer));
      return closed;
    });
    const started = performance.now();
    // Meanwhile Discord, from another address, gets its answers.
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      const body = JSON.stringify(standIn.commandInteraction('quote', [{ name: 'person', type: 3, value: 'altman' }]));
      statuses.push(await postFrom('127.0.0.2', port, body, signed(body)));
    }
    expect(statuses).toEqual(Array(10).fill(200));
    const closedAt = await Promise.all(sockets);
    expect(Math.max(...closedAt) - started).toBeLessThan(10_000);
    // Those over the per-address cap were closed at once, long before any timeout.
    expect(closedAt.filter((at) => at - started < TIMEOUTS.headersMs / 2).length).toBeGreaterThanOrEqual(
      200 - MAX_CONNECTIONS_PER_ADDRESS,
    );
  }, 20_000);
});

/** A signed POST from a given local address (the loopback network has many), answering its status. */
function postFrom(localAddress: string, port: number, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        localAddress,
        method: 'POST',
        path: '/interactions',
        headers: { 'content-type': 'application/json', ...headers },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

function standInInteraction() {
  return {
    id: '1300000000000000001',
    application_id: '100000000000000001',
    type: 2,
    token: 'tok',
    version: 1,
    locale: 'en-US',
    data: { id: '1', name: 'sources', type: 1 },
    member: { user: { id: '100000000000000010' } },
  };
}

describe('npm run serve', () => {
  it('starts the endpoint from the environment, answers, and exits 0 on SIGTERM', async () => {
    const { child, stdout } = runNpm('serve', { DISCORD_PUBLIC_KEY: discord.publicHex, PORT: '0' });
    try {
      await expect.poll(() => /"port":(\d+)/.exec(stdout())?.[1], { timeout: 20_000 }).toBeDefined();
      const port = /"port":(\d+)/.exec(stdout())![1]!;
      const url = `http://127.0.0.1:${port}`;
      expect((await post(url, '', {}, '/healthz', 'GET')).status).toBe(200);
      const ping = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });
      expect(await post(url, ping, signed(ping))).toEqual({ status: 200, body: { type: 1 } });
      expect((await post(url, ping, signed(ping, stranger.privateKey))).status).toBe(401);
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      expect((await closed)[0]).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 30_000);
});
