import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXIT_CONFIG, SAME_REQUEST_MS } from '../src/discord/process.js';
import { DiscordStandIn } from './support/discord-standin.js';
import { logLines, runNpm, type NpmProcess } from './support/npm-process.js';

/** `npm start` as an operator runs it, against the stand-in instead of Discord. */
describe('the bot process (npm start)', () => {
  let standIn: DiscordStandIn;
  let bot: ChildProcess;
  let npm: NpmProcess;
  const token = 'process-test.token.secret';

  beforeAll(async () => {
    standIn = await DiscordStandIn.start();
    const identified = standIn.waitForIdentify(20_000);
    // Exactly the operator's command: npm must hand SIGTERM to the bot, not orphan it.
    npm = runNpm('start', { DISCORD_TOKEN: token, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: 'info' });
    bot = npm.child;
    await identified;
  }, 30_000);

  afterAll(async () => {
    if (bot.exitCode === null) bot.kill('SIGKILL');
    await standIn.stop();
  });

  it('answers the three example commands with cited embeds', async () => {
    const quote = await standIn.command('quote', [{ name: 'person', type: 3, value: 'altman' }]);
    const timeline = await standIn.command('timeline');
    const factcheck = await standIn.command('factcheck', [{ name: 'claim', type: 3, value: '97.4' }]);
    for (const { body } of [quote, timeline, factcheck]) {
      const data = (body as { data: { embeds: { description: string }[]; allowed_mentions: unknown } }).data;
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds[0]!.description).toMatch(/↳ \*.+\* .*· ¶ \d+, sentence \d+/);
    }
  });

  it('logs JSON lines with the index counts and never the token', async () => {
    const lines = () => logLines(npm.stdout() + npm.stderr());
    // The bot logs "answered" once Discord acknowledged the callback, just after the stand-in saw it.
    await expect.poll(() => lines().filter((l) => l.msg === 'answered').length, { timeout: 5_000 }).toBe(3);
    expect(lines().find((l) => l.msg === 'index built')).toMatchObject({ articles: 5 });
    expect(lines().find((l) => l.msg === 'answered')).toMatchObject({ command: 'quote', outcome: 'reply' });
    expect(npm.stdout() + npm.stderr()).not.toContain(token);
  });

  it('exits 0 within 5 s of SIGTERM', async () => {
    const exited = once(bot, 'exit');
    const started = Date.now();
    bot.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('a stop signal while an answer is on its way', () => {
  // SIGTERM as a supervisor sends it to `npm start`; SIGHUP as a closed terminal sends it to the bot itself.
  it.each([
    ['SIGTERM', 'npm'],
    ['SIGHUP', 'bot'],
  ] as const)(
    '%s to %s: finishes the answer, exits 0, and a restarted bot answers the next interaction',
    async (signal, target) => {
      const standIn = await DiscordStandIn.start();
      const env = { DISCORD_TOKEN: 'sigterm-test.token.secret', DISCORD_API_URL: standIn.apiUrl };
      const start = async () => {
        const identified = standIn.waitForIdentify(20_000);
        const started = runNpm('start', env);
        await identified;
        return started;
      };
      try {
        const first = await start();
        // Discord is slow to take this answer: the callback is held for a second.
        standIn.override = (r) => (r.path.endsWith('/callback') ? { status: 204, delayMs: 1_000 } : undefined);
        standIn.sendCommand('quote', [{ name: 'person', type: 3, value: 'altman' }]);
        await expect
          .poll(() => standIn.requests.some((r) => r.path.endsWith('/callback')), { timeout: 5_000 })
          .toBe(true);
        // 'close', not 'exit': the log lines are all read only once stdout has closed.
        const exited = once(first.child, 'close');
        const stopped = Date.now();
        if (target === 'npm') first.child.kill(signal);
        else process.kill(childOf(first.child.pid!), signal);
        const [code] = await exited;
        expect(code).toBe(0);
        expect(Date.now() - stopped).toBeLessThan(5_000);
        const lines = logLines(first.stdout());
        expect(lines.find((l) => l.msg === 'shutting down')).toMatchObject({ signal });
        expect(lines.find((l) => l.msg === 'finishing answers in flight')).toMatchObject({ inFlight: 1 });
        expect(lines.find((l) => l.msg === 'answered')).toMatchObject({ command: 'quote', outcome: 'reply' });

        standIn.override = undefined;
        const second = await start();
        const { body } = await standIn.command('sources');
        expect((body as { type: number }).type).toBe(4);
        second.child.kill('SIGTERM');
        await once(second.child, 'exit');
      } finally {
        await standIn.stop();
      }
    },
    40_000,
  );
});

describe('a stop signal to the whole process group, as systemd, Ctrl-C and container runtimes send it', () => {
  it.each([
    ['start', 'SIGTERM'],
    ['start', 'SIGINT'],
    ['serve', 'SIGTERM'],
    ['serve', 'SIGINT'],
  ] as const)(
    'npm run %s under %s exits 0 within 5 s',
    async (script, signal) => {
      const standIn = await DiscordStandIn.start();
      // Only the gateway bot identifies; a wait nobody awaits would reject after the test, failing the run.
      const identified = script === 'start' ? standIn.waitForIdentify(20_000) : null;
      // Its own process group, so the signal reaches npm and the bot at once, as a supervisor sends it.
      const { child, stdout } = runNpm(
        script,
        {
          DISCORD_TOKEN: 'group-signal.token.secret',
          DISCORD_PUBLIC_KEY: 'a'.repeat(64),
          PORT: '0',
          DISCORD_API_URL: standIn.apiUrl,
        },
        { detached: true },
      );
      try {
        if (identified) await identified;
        else await expect.poll(() => stdout().includes('listening for interactions'), { timeout: 20_000 }).toBe(true);
        const closed = once(child, 'close');
        const sent = Date.now();
        process.kill(-child.pid!, signal);
        const [code] = await closed;
        expect(code).toBe(0);
        expect(Date.now() - sent).toBeLessThan(5_000);
        expect(stdout()).toContain('"msg":"shutting down"');
      } finally {
        if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
        await standIn.stop();
      }
    },
    40_000,
  );
});

describe('a gateway Discord closes for good', () => {
  it.each([4004, 4014])(
    'close %i after READY: the bot says why on one line and exits non-zero',
    async (closeCode) => {
      const standIn = await DiscordStandIn.start();
      const identified = standIn.waitForIdentify(20_000);
      const {
        child: bot,
        stdout,
        stderr,
      } = runNpm('start', {
        DISCORD_TOKEN: 'fatal-close.token.secret',
        DISCORD_API_URL: standIn.apiUrl,
      });
      try {
        await identified;
        await expect.poll(() => stdout().includes('connected to Discord'), { timeout: 5_000 }).toBe(true);
        const closed = once(bot, 'close');
        standIn.dropGateway(closeCode);
        const [code] = await closed;
        expect(code).toBe(EXIT_CONFIG);
        expect(stderr().trim().split('\n')).toContainEqual(
          expect.stringMatching(new RegExp(`^rivalen: Discord closed the gateway with code ${closeCode}: `)),
        );
        expect(stdout()).toContain('Discord closed the gateway for good');
      } finally {
        if (bot.exitCode === null) bot.kill('SIGKILL');
        await standIn.stop();
      }
    },
    30_000,
  );
});

describe('the process', () => {
  it('logs a stray rejection and exception and keeps running', async () => {
    const { execFile } = await import('node:child_process');
    const out = await new Promise<string>((resolve, reject) =>
      execFile(process.execPath, ['--import', 'tsx', 'test/support/stray-errors.ts'], (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
    const lines = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { msg: string; err?: { message: string } });
    expect(lines.map((l) => [l.msg, l.err?.message])).toEqual([
      ['unhandled rejection', 'stray rejection'],
      ['uncaught exception', 'stray exception'],
      ['still alive', undefined],
    ]);
  });

  it('exits at once on a second SIGTERM while still finishing answers', async () => {
    const standIn = await DiscordStandIn.start();
    const identified = standIn.waitForIdentify(20_000);
    const { child: bot, stdout } = runNpm('start', {
      DISCORD_TOKEN: 'second-signal.token.secret',
      DISCORD_API_URL: standIn.apiUrl,
    });
    try {
      await identified;
      // An answer that Discord holds for 10 s keeps the first SIGTERM waiting.
      standIn.override = (r) => (r.path.endsWith('/callback') ? { status: 204, delayMs: 10_000 } : undefined);
      standIn.sendCommand('sources');
      await expect
        .poll(() => standIn.requests.some((r) => r.path.endsWith('/callback')), { timeout: 5_000 })
        .toBe(true);
      const closed = once(bot, 'close');
      bot.kill('SIGTERM');
      await expect.poll(() => stdout().includes('finishing answers in flight'), { timeout: 5_000 }).toBe(true);
      // At a person's pace: a repeat within SAME_REQUEST_MS is the same request (npm forwarding a group signal).
      await new Promise((resolve) => setTimeout(resolve, SAME_REQUEST_MS + 100));
      const second = Date.now();
      bot.kill('SIGTERM');
      const [code] = await closed;
      expect(code).toBe(1);
      expect(Date.now() - second).toBeLessThan(2_000);
      expect(stdout()).toContain('second signal: exiting now');
    } finally {
      if (bot.exitCode === null) bot.kill('SIGKILL');
      await standIn.stop();
    }
  }, 40_000);
});

/** The bot's pid under `npm start` (npm's only child: the script execs node); Linux's /proc says. */
function childOf(pid: number): number {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  expect(children).toHaveLength(1);
  return children[0]!;
}
