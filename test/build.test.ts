import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { tempDir } from './support/tmp.js';

const run = promisify(execFile);

/** A copy of the project's sources, to build apart from the real `dist/`. */
function project(): string {
  const root = tempDir();
  for (const dir of ['src', 'commands']) cpSync(dir, join(root, dir), { recursive: true });
  cpSync('package.json', join(root, 'package.json'));
  // The packages it bundles, from the project's own install.
  symlinkSync(resolve('node_modules'), join(root, 'node_modules'));
  return root;
}

/** `node tools/build.mjs <root>`: the folder it built into, relative to the root. */
async function build(root: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['tools/build.mjs', root]);
  return /^(dist\/[0-9a-f]{16}) /.exec(stdout)![1]!;
}

describe('the build npm start runs', () => {
  it('writes plain JavaScript and what the code reads beside it, and builds the same sources once', async () => {
    const root = project();
    const dir = await build(root);
    for (const entry of ['main.js', 'serve.js', 'sharded.js', 'reading.js', 'worker.js', 'nouns.txt'])
      expect(existsSync(join(root, dir, entry))).toBe(true);
    expect(readFileSync(join(root, dir, 'main.js'), 'utf8')).not.toMatch(/^import type /m);
    const stamp = readdirSync(join(root, 'dist'));
    expect(await build(root)).toBe(dir);
    expect(readdirSync(join(root, 'dist'))).toEqual(stamp);
  }, 60_000);

  it('builds anew when a source changes, and processes starting at once share one build', async () => {
    const root = project();
    const first = await build(root);
    writeFileSync(join(root, 'src/app.ts'), `${readFileSync(join(root, 'src/app.ts'), 'utf8')}\n// changed\n`);
    const [a, b, c] = await Promise.all([build(root), build(root), build(root)]);
    expect(a).not.toBe(first);
    expect([b, c]).toEqual([a, a]);
    // No half-written build is left behind.
    expect(readdirSync(join(root, 'dist')).filter((name) => name.includes('partial'))).toEqual([]);
    // The build is of the changed sources, found again from their names, sizes and times without hashing them.
    expect(await build(root)).toBe(a);
  }, 60_000);
});
