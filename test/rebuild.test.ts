import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import { ReadingThread, rebuildOffThread } from '../src/discord/rebuild.js';
import { IN_MEMORY, readFolderKept, type ReadingSource } from '../src/snapshot.js';
import { logSource } from '../src/discord/startup.js';
import type { Logger } from 'pino';
import { tempDir } from './support/tmp.js';

// A live rebuild reads on a thread of its own, so a large or hostile article never holds the answers meanwhile; what
// it builds is the index a start-up would build from the same folder.

const counts = (i: ReturnType<typeof loadIndex>) => ({
  articles: i.articles.map((a) => a.id),
  events: i.events.map((e) => e.summary),
  quotes: i.quotes.map((q) => [q.text, q.speaker?.id]),
  figures: i.figures.map((f) => [f.value, f.subject]),
  groups: i.figureGroups.length,
  skipped: i.skipped,
  people: i.people.length,
});

describe('rebuildOffThread', () => {
  it('builds the index start-up builds, and lets the answering thread run meanwhile', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    writeFileSync(join(data, 'articles', 'broken.md'), 'no front matter at all');
    const last = loadIndex(data);
    let answered = false;
    setImmediate(() => (answered = true));
    const rebuilt = rebuildOffThread(data, last);
    // A build on this thread would finish before any callback of the loop ran.
    const { index } = await rebuilt;
    expect(answered).toBe(true);
    expect(counts(index)).toEqual(counts(last));
    expect(index.skipped.some((p) => p.file === 'broken.md')).toBe(true);
    expect(index.search.people.search('altmann')[0]?.item.name).toBe('Sam Altman');
  });

  it('keeps the reading in its file after handing the index over, and says why when it cannot', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    rmSync(file, { force: true });
    const last = loadIndex(data);
    const { index, source, kept } = await rebuildOffThread(data, last, file);
    expect(source).toMatchObject({ from: 'articles', because: 'missing' });
    expect(counts(index)).toEqual(counts(last));
    expect(await kept).toBeUndefined();
    expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
    const nowhere = await rebuildOffThread(data, last, join(data, 'no-such-folder', 'kept'));
    expect(await nowhere.kept).toMatch(/ENOENT/);
  });

  it('keeps the people in service when people.json has become unusable', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const last = loadIndex(data);
    writeFileSync(join(data, 'people.json'), '{ not json');
    const { index } = await rebuildOffThread(data, last);
    expect(index.people).toEqual(last.people);
    expect(index.skipped.find((p) => p.file === 'people.json')?.reason).toMatch(/last good people\.json stays in use/);
  });

  it('uses no people list once people.json is taken away: it is optional, the text names the speakers', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const last = loadIndex(data);
    rmSync(join(data, 'people.json'));
    const { index } = await rebuildOffThread(data, last);
    expect(index.skipped.some((p) => p.file === 'people.json')).toBe(false);
    expect(index.people.every((p) => p.id.startsWith('text-'))).toBe(true);
    expect(index.people.map((p) => p.name)).toContain('Sam Altman');
  });

  it('rejects when the folder cannot be read, so the caller keeps its index', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const last = loadIndex(data);
    rmSync(join(data, 'articles'), { recursive: true });
    await expect(rebuildOffThread(data, last)).rejects.toThrow();
  });
});

describe('the reading thread of the live index', () => {
  const edit = (data: string, text: string) => {
    const file = join(data, 'articles', readdirSync(join(data, 'articles')).sort()[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${text}\n`);
  };

  it('reads again, rebuild after rebuild, only the changed article, from what it holds, as a start does', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    rmSync(file, { force: true });
    const reader = new ReadingThread();
    try {
      let last = loadIndex(data);
      // The first rebuild has nothing in memory and no kept file: it reads every article.
      const first = await reader.rebuild(data, last, file);
      expect(first.source).toMatchObject({ from: 'articles', because: 'missing' });
      await first.kept;
      last = first.index;
      for (const text of ['Ein erfundener Absatz.', 'Noch ein erfundener Absatz.']) {
        edit(data, text);
        const next = await reader.rebuild(data, last, file);
        expect(next.source).toMatchObject({ from: 'articles', because: 'stale', detail: IN_MEMORY, reread: 1 });
        const fresh = loadIndex(data);
        expect(counts(next.index)).toEqual(counts(fresh));
        // The articles it did not read again came as ids, and are those of the index before, with their sentences.
        expect(next.index.segmented).toEqual(fresh.segmented);
        expect(next.index.segmented.filter((s) => last.segmented.includes(s))).toHaveLength(fresh.articles.length - 1);
        last = next.index;
        await next.kept;
      }
    } finally {
      reader.close();
    }
  });

  it('holds what the kept file read of each article before the first change, when warmed at start', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    readFolderKept(data, file);
    const reader = new ReadingThread();
    try {
      reader.warm(data, file);
      edit(data, 'Ein erfundener Absatz.');
      const { index, source } = await reader.rebuild(data, loadIndex(data), file);
      expect(source).toMatchObject({ from: 'articles', because: 'stale', detail: IN_MEMORY, reread: 1 });
      expect(counts(index)).toEqual(counts(loadIndex(data)));
    } finally {
      reader.close();
    }
  });

  it('serves the next rebuild after one failed', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const last = loadIndex(data);
    const reader = new ReadingThread();
    try {
      rmSync(join(data, 'articles'), { recursive: true });
      await expect(reader.rebuild(data, last)).rejects.toThrow();
      cpSync('data/articles', join(data, 'articles'), { recursive: true });
      expect(counts((await reader.rebuild(data, last)).index)).toEqual(counts(last));
    } finally {
      reader.close();
    }
  });
});

describe('the reading thread that keeps its reading once the folder is quiet', () => {
  it('keeps only the last of two rebuilds asked for in a row, and that one after the wait', async () => {
    const data = tempDir();
    cpSync('data', data, { recursive: true });
    const file = join(data, '.index-cache');
    rmSync(file, { force: true });
    const reader = new ReadingThread(300);
    try {
      const last = loadIndex(data);
      const first = await reader.rebuild(data, last, file);
      const second = await reader.rebuild(data, first.index, file);
      // The first was not kept: the second came before the folder was quiet, and is kept instead.
      expect(await first.kept).toBeUndefined();
      expect(existsSync(file)).toBe(false);
      expect(await second.kept).toBeUndefined();
      expect(readFolderKept(data, file).source).toEqual({ from: 'snapshot' });
    } finally {
      reader.close();
    }
  });
});

describe('what the log says a rebuild read', () => {
  const said = (source: ReadingSource) => {
    const lines: string[] = [];
    const note = (_fields: unknown, message: string) => void lines.push(message);
    logSource(source, '/data/.index-cache', { info: note, warn: note } as unknown as Logger);
    return lines;
  };

  it('tells a change read from what the thread holds from a start that found its kept file out of date', () => {
    expect(said({ from: 'articles', because: 'stale', detail: IN_MEMORY, reread: 1 })).toEqual([
      'what changed since the last reading was read again',
    ]);
    expect(
      said({ from: 'articles', because: 'stale', detail: 'an article or a data file changed', reread: 1 }),
    ).toEqual(['the kept reading is out of date; what changed was read again']);
  });
});
