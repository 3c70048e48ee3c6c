import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Docker sends the build context to the daemon before it reads a line of the Dockerfile: whatever .dockerignore does
// not exclude (a .env with the bot's token) leaves the machine. It admits only what the Dockerfile copies.

const ignore = readFileSync('.dockerignore', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l !== '' && !l.startsWith('#'));
const admitted = ignore.filter((l) => l.startsWith('!')).map((l) => l.slice(1).replace(/\/$/, ''));
const copied = [...readFileSync('Dockerfile', 'utf8').matchAll(/^COPY\s+(.+?)\s+\S+$/gm)].flatMap((m) =>
  m[1]!.split(/\s+/).map((p) => p.replace(/\/$/, '')),
);

describe('the container build context', () => {
  it('starts from nothing, so no secret or local file is sent', () => {
    expect(ignore[0]).toBe('*');
    for (const secret of ['.env', 'node_modules', '.git', 'test', 'bench']) expect(admitted).not.toContain(secret);
  });

  it('admits exactly what the Dockerfile copies', () => {
    expect(copied.length).toBeGreaterThan(0);
    expect([...admitted].sort()).toEqual([...new Set(copied)].sort());
  });
});
