import type { KeyObject } from 'node:crypto';
import { once } from 'node:events';
import { expect } from 'vitest';
import { signatureHeaders } from './discord-keys.js';
import type { Callback } from './discord-standin.js';
import { runNpm, type NpmProcess } from './npm-process.js';

/** `npm run serve` as an operator starts it, its address once it listens; `cleanups` gets what stops it. */
export async function endpointProcess(
  env: Record<string, string>,
  cleanups: (() => Promise<void>)[],
): Promise<{ npm: NpmProcess; base: string }> {
  const npm = runNpm('serve', { PORT: '0', ...env });
  cleanups.push(async () => {
    if (npm.child.exitCode !== null) return;
    const closed = once(npm.child, 'close');
    npm.child.kill('SIGTERM');
    await closed;
  });
  await expect.poll(() => /"port":(\d+)/.exec(npm.stdout())?.[1], { timeout: 20_000 }).toBeDefined();
  return { npm, base: `http://127.0.0.1:${/"port":(\d+)/.exec(npm.stdout())![1]}` };
}

/** An interaction POSTed to an endpoint, signed as Discord signs it; its status, time and body. */
export async function postSigned(
  base: string,
  body: string,
  key: KeyObject,
): Promise<{ status: number; ms: number; body: Callback }> {
  const started = performance.now();
  const res = await fetch(`${base}/interactions`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', ...signatureHeaders(body, key) },
  });
  return { status: res.status, ms: performance.now() - started, body: (await res.json()) as Callback };
}
