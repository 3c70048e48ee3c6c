import { once } from 'node:events';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { logLines, runNpm } from './support/npm-process.js';
import { tempDir } from './support/tmp.js';

// A start that cannot work is a failure a supervisor sees (exit non-zero, one line saying why), never a quiet exit 0
// that on-failure restarts ignore; a start that can work but has nothing to say warns.

const endpointEnv = { DISCORD_PUBLIC_KEY: 'a'.repeat(64), PORT: '0' };

describe('failures are failures', () => {
  it('the endpoint on a port in use exits 1 with one line naming the port', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '::', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { child, stderr } = runNpm('serve', { ...endpointEnv, PORT: String(port) });
      const [code] = await once(child, 'close');
      expect(code).toBe(1);
      expect(stderr().trim()).toBe(`rivalen: cannot listen on port ${port}: it is in use`);
    } finally {
      taken.close();
    }
  });

  it.each(['serve', 'start'] as const)(
    'npm run %s with a data folder that does not exist exits 1, saying so',
    async (script) => {
      const missing = join(tempDir(), 'nowhere');
      const env = { ...endpointEnv, DISCORD_TOKEN: 'missing-data.token.secret', DATA_DIR: missing };
      const { child, stderr } = runNpm(script, env);
      const [code] = await once(child, 'close');
      expect(code).toBe(1);
      expect(stderr().trim()).toBe(
        `rivalen: the data folder has no articles folder: ${join(missing, 'articles')} ` +
          '(set DATA_DIR to a folder with an articles/ folder)',
      );
    },
  );

  it('an empty articles folder starts the endpoint, with a warning', async () => {
    const data = tempDir();
    mkdirSync(join(data, 'articles'));
    const { child, stdout } = runNpm('serve', { ...endpointEnv, DATA_DIR: data });
    try {
      await expect.poll(() => stdout().includes('listening for interactions'), { timeout: 20_000 }).toBe(true);
      expect(logLines(stdout()).find((l) => l.level === 40 && String(l.msg).startsWith('no articles'))).toMatchObject({
        folder: join(data, 'articles'),
      });
    } finally {
      const closed = once(child, 'close');
      child.kill('SIGTERM');
      expect((await closed)[0]).toBe(0);
    }
  });
});
