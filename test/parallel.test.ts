import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexReading, readDataFolder, readingOf, type FolderReading } from '../src/app.js';
import { PARALLEL_FROM, readInParallel, readerThreads } from '../src/discord/parallel.js';
import { answers, STORIES } from './support/answers.js';
import { tempDir } from './support/tmp.js';

/** Both readings of a folder: on one thread, and shared out to `threads`. */
async function bothReadings(dir: string, threads: number): Promise<[FolderReading, FolderReading]> {
  const { articles, ...folder } = readDataFolder(dir);
  return [readingOf(articles, folder), (await readInParallel(articles, folder, threads)).reading];
}

const index = (reading: FolderReading) => ({ ...indexReading(reading), builtAt: new Date(0) });

describe('articles read on several threads', () => {
  it.each(STORIES)(
    'reads %s as one thread does, and answers every command alike',
    async (dir) => {
      const [one, shared] = await bothReadings(dir, 2);
      // Field for field, in the same order: what spans articles was learned from every share.
      expect(JSON.stringify(shared)).toBe(JSON.stringify(one));
      expect(answers(index(shared))).toEqual(answers(index(one)));
    },
    60_000,
  );

  it('reads every story on the shelf as one corpus on three threads as one thread does', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    for (const dir of STORIES.slice(1))
      for (const file of readdirSync(join(dir, 'articles')))
        cpSync(join(dir, 'articles', file), join(data, 'articles', `${dir.split('/').pop()}-${file}`));
    const [one, shared] = await bothReadings(data, 3);
    expect(shared.extraction.segmented.length).toBeGreaterThan(40);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(one));
  }, 60_000);

  it('leaves out the articles a step cannot read, listed in the order one thread lists them', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const article = (id: string, body: string) =>
      writeFileSync(
        join(data, 'articles', `${id}.md`),
        `---\nid: ${id}\ntitle: "${id}"\noutlet: test\npublished: 2024-05-01\nlanguage: de\nurl: null\n---\n${body}\n`,
      );
    // Too many sentence ends to be an article, found while segmenting; too many quotations, found while reading.
    article('aaa-liste', 'Ja. '.repeat(20_001));
    article('zzz-zitate', '„Ja“, sagte Max Huber. '.repeat(2_001));
    article('mmm-liste', 'Nein. '.repeat(20_001));
    const [one, shared] = await bothReadings(data, 2);
    expect(shared.extraction.failed.map((p) => p.file)).toEqual(one.extraction.failed.map((p) => p.file));
    expect(one.extraction.failed.map((p) => p.file.split('/').pop())).toEqual([
      'aaa-liste.md',
      'mmm-liste.md',
      'zzz-zitate.md',
    ]);
    expect(JSON.stringify(shared)).toBe(JSON.stringify(one));
  }, 60_000);

  it('reads on as many threads as asked, else on one per core from a corpus large enough', () => {
    // Unasked: one per core, from a corpus large enough.
    expect(readerThreads(PARALLEL_FROM - 1, undefined, 4)).toBe(1);
    expect(readerThreads(PARALLEL_FROM, undefined, 4)).toBe(4);
    expect(readerThreads(5_000, undefined, 200)).toBe(8);
    // Asked: as many as asked, at any size, up to eight.
    expect(readerThreads(5, 2, 4)).toBe(2);
    expect(readerThreads(5_000, 1, 4)).toBe(1);
    expect(readerThreads(5_000, 64, 4)).toBe(8);
  });
});
