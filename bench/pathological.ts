import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadIndex } from '../src/app.js';
import { rebuildOffThread } from '../src/discord/rebuild.js';
import { FULL_SIZE, pathologicalFile, type PathologicalShape } from '../test/support/pathological.js';

/**
 * Runs in a fresh process per file (`bench/run.ts` spawns it): the shipped data folder with one
 * hostile file dropped in, built as start-up builds it, at full size and at half size. The ratio of
 * the two shows how the cost grows with the file: about 2 is linear, 4 would be quadratic.
 * Prints one JSON line.
 */
const shape = process.argv[2] as PathologicalShape;

function buildMs(bytes: number): { ms: number; fate: string } {
  const dir = mkdtempSync(join(tmpdir(), 'rivalen-pathological-'));
  try {
    cpSync('data', dir, { recursive: true });
    const file = pathologicalFile(shape, bytes);
    writeFileSync(join(dir, 'articles', file.name), file.source);
    const started = performance.now();
    const index = loadIndex(dir);
    const ms = performance.now() - started;
    const skipped = index.skipped.find((p) => p.file === file.name);
    const served = index.articles.some((a) => a.file === file.name);
    return {
      ms,
      fate: skipped
        ? `skipped: ${skipped.reason}`
        : served
          ? `served (${index.sentenceCount} sentences in all)`
          : 'missing',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The longest gap between ticks of a 1 ms timer while the folder with the full-size file is rebuilt on its reading
 * thread: how long an answer could wait on the rebuild.
 */
async function rebuildStallMs(): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), 'rivalen-pathological-'));
  try {
    cpSync('data', dir, { recursive: true });
    const last = loadIndex(dir);
    const file = pathologicalFile(shape, FULL_SIZE);
    writeFileSync(join(dir, 'articles', file.name), file.source);
    let longest = 0;
    let tick = performance.now();
    const timer = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - tick);
      tick = now;
    }, 1);
    await rebuildOffThread(dir, last);
    clearInterval(timer);
    return Math.max(longest, performance.now() - tick);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// A small file first, so neither measured run pays for compiling the code.
buildMs(20_000);
const half = buildMs(Math.round(FULL_SIZE / 2));
const full = buildMs(FULL_SIZE);
const stall = await rebuildStallMs();
console.log(
  JSON.stringify({
    shape,
    bytes: FULL_SIZE,
    buildMs: Math.round(full.ms),
    halfMs: Math.round(half.ms),
    ratio: Number((full.ms / half.ms).toFixed(2)),
    fate: full.fate,
    rebuildStallMs: Math.round(stall),
  }),
);
