import { once } from 'node:events';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logLines, runNpm } from './support/npm-process.js';
import { tempDir } from './support/tmp.js';

/** `npm run serve` on `data` until it listens; what it logged. */
async function serve(data: string, env: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const { child, stdout } = runNpm('serve', { DATA_DIR: data, DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: '0', ...env });
  try {
    await expect.poll(() => stdout().includes('listening for interactions'), { timeout: 20_000 }).toBe(true);
  } finally {
    const closed = once(child, 'close');
    child.kill('SIGTERM');
    await closed;
  }
  return logLines(stdout());
}

const counts = (log: Record<string, unknown>[]) => ({
  ...log.find((l) => l.msg === 'index built'),
  time: 0,
  pid: 0,
  readyMs: 0,
});

describe('the reading kept between starts (npm run serve)', () => {
  it('is kept by the first start, used by the next, and read anew when damaged', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    // One an earlier run kept beside the shipped articles is not this test's.
    rmSync(join(data, '.index-cache'), { force: true });
    const first = await serve(data);
    expect(first.map((l) => l.msg)).not.toContain('reading kept from an earlier start');
    const second = await serve(data);
    expect(second.map((l) => l.msg)).toContain('reading kept from an earlier start');
    expect(counts(second)).toEqual(counts(first));
    const file = join(data, '.index-cache');
    const kept = readFileSync(file);
    writeFileSync(file, kept.subarray(0, kept.length >> 1));
    const third = await serve(data);
    expect(third).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'the kept reading is damaged; the articles were read again' }),
    );
    expect(counts(third)).toEqual(counts(first));
    expect((await serve(data)).map((l) => l.msg)).toContain('reading kept from an earlier start');
  }, 120_000);

  it('reads the articles on as many threads as READ_THREADS asks, to the same index', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const one = await serve(data, { INDEX_CACHE: 'off' });
    expect(one.map((l) => l.msg)).not.toContain('articles read on several threads');
    const three = await serve(data, { INDEX_CACHE: 'off', READ_THREADS: '3' });
    expect(three).toContainEqual(expect.objectContaining({ msg: 'articles read on several threads', threads: 3 }));
    expect(counts(three)).toEqual(counts(one));
  }, 60_000);
});
