import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadIndex } from '../src/app.js';
import { factCheck } from '../src/factcheck/check.js';
import { factcheckPicture } from '../src/render/picture.js';
import { keyPair, signatureHeaders } from '../test/support/discord-keys.js';
import { DiscordStandIn } from '../test/support/discord-standin.js';
import { startRedis, type RedisServer } from '../test/support/redis.js';
import { summarise, type Latency } from './stats.js';

/**
 * Under load: the HTTP endpoint (`serve.ts`, its own process, a real redis-server for the shared budget) gets
 * `count` `/factcheck` commands at once, each with a picture to draw, each from its own member. What Discord needs is
 * the text answer within 3 s; `/healthz` is asked every 100 ms meanwhile, as a load balancer would. Run twice: with
 * Redis answering, and with Redis frozen (SIGSTOP) for the whole run.
 */
export interface LoadRun {
  redis: 'answering' | 'frozen';
  commands: number;
  answers: Latency;
  overThreeSeconds: number;
  failed: number;
  healthz: Latency;
}

/**
 * Claims typed many ways, each drawing its own chart (the claim is the picture's title), asked in English and German
 * by turns: `count` commands with as many different pictures.
 */
function pictureClaims(count: number): { claim: string; locale: string }[] {
  const index = loadIndex('data');
  const values = ['97.4', '97,4', '44', '40', '250', '277', '100', '500', '9.74', '9,74'];
  const scales = ['Milliarden', 'Mrd', 'bn', 'billion', 'Millionen', 'Mio', 'million', 'Mrd.'];
  const currencies = ['', ' Dollar', ' US-Dollar', ' USD'];
  const claims = values.flatMap((v) => scales.flatMap((s) => currencies.map((c) => `${v} ${s}${c}`)));
  const drawn = claims.filter((c) => factcheckPicture(factCheck(index, c), index.articleById, 'en'));
  return Array.from({ length: count }, (_, i) => ({
    claim: drawn[Math.floor(i / 2) % drawn.length]!,
    locale: i % 2 === 0 ? 'en-US' : 'de',
  }));
}

async function serve(env: Record<string, string>): Promise<{ child: ChildProcess; base: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/serve.ts'], {
    env: { ...process.env, PORT: '0', DOTENV_CONFIG_PATH: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the endpoint did not start: ${out}`)), 30_000);
    child.stdout!.on('data', () => {
      const m = /"port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

/** Past this a request counts as failed; the run never waits longer for one. */
const GIVE_UP_MS = 15_000;

async function timed(run: (signal: AbortSignal) => Promise<Response>): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  try {
    const res = await run(AbortSignal.timeout(GIVE_UP_MS));
    await res.arrayBuffer();
    return { ms: performance.now() - started, ok: res.ok };
  } catch {
    return { ms: performance.now() - started, ok: false };
  }
}

async function loadRun(
  redis: RedisServer,
  frozen: boolean,
  claims: { claim: string; locale: string }[],
): Promise<LoadRun> {
  const discord = keyPair();
  const standIn = await DiscordStandIn.start();
  const { child, base } = await serve({
    DISCORD_PUBLIC_KEY: discord.publicHex,
    DISCORD_API_URL: standIn.apiUrl,
    REDIS_URL: redis.url,
    // Discord's requests come from many addresses; this run's all come from one.
    CONNECTIONS_PER_ADDRESS: '1000',
    LOG_LEVEL: 'info',
  });
  await new Promise((resolve) => setTimeout(resolve, 500));
  if (frozen) redis.freeze();
  const health: number[] = [];
  let polling = true;
  const poll = (async () => {
    while (polling) {
      health.push((await timed((signal) => fetch(`${base}/healthz`, { signal }))).ms);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const answers = await Promise.all(
    claims.map(({ claim, locale }, i) => {
      const body = JSON.stringify(
        standIn.commandInteraction('factcheck', [{ name: 'claim', type: 3, value: claim }], {
          userId: String(600000000000000000n + BigInt(i)),
          locale,
        }),
      );
      return timed((signal) =>
        fetch(`${base}/interactions`, {
          signal,
          method: 'POST',
          body,
          headers: { 'content-type': 'application/json', ...signatureHeaders(body, discord.privateKey) },
        }),
      );
    }),
  );
  // Pictures are still being drawn and attached: the health check keeps being asked while they are.
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  polling = false;
  await poll;
  if (frozen) redis.thaw();
  const closed = once(child, 'close');
  child.kill('SIGTERM');
  await closed;
  await standIn.stop();
  return {
    redis: frozen ? 'frozen' : 'answering',
    commands: claims.length,
    answers: summarise(answers.map((a) => a.ms)),
    overThreeSeconds: answers.filter((a) => a.ms > 3_000).length,
    failed: answers.filter((a) => !a.ok).length,
    healthz: summarise(health),
  };
}

export async function loadRuns(count = 200): Promise<LoadRun[]> {
  const claims = pictureClaims(count);
  const redis = await startRedis();
  try {
    return [await loadRun(redis, false, claims), await loadRun(redis, true, claims)];
  } finally {
    await redis.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href)
  console.log(JSON.stringify(await loadRuns()));
