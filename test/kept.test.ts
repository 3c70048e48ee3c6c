import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { readDataFolder, readingOf } from '../src/app.js';
import type { Article } from '../src/corpus/types.js';
import { readInParallel } from '../src/discord/parallel.js';
import { extractAll } from '../src/reconcile/extract-all.js';
import { extractKept, type KeptReadings } from '../src/reconcile/kept.js';
import { STORIES } from './support/answers.js';

const trip = (kept: KeptReadings) => deserialize(serialize(kept)) as KeptReadings;
const json = (x: unknown) => JSON.stringify(x);

/** Articles as a moderator's change leaves them: one taken away, one with a new paragraph naming a new person. */
function changes(articles: Article[]): { what: string; articles: Article[] }[] {
  const mid = Math.floor(articles.length / 2);
  const added = ' Erfunden ist dieser Satz: Lea Sommer, Sprecherin der Testbank, sagte am Montag: „Das prüfen wir.“';
  return [
    { what: 'the last article taken away', articles: articles.slice(0, -1) },
    { what: 'it added again', articles },
    // As a file renamed is read in another place: the reports kept are numbered again.
    { what: 'the first article read last', articles: [...articles.slice(1), articles[0]!] },
    { what: 'and first again', articles },
    {
      what: 'one article with a new paragraph',
      articles: articles.map((a, i) => (i === mid ? { ...a, body: `${a.body}\n\n${added}\n` } : a)),
    },
  ];
}

describe('reading a changed corpus with what was kept of each article', () => {
  it.each(STORIES)(
    'reads %s after each change as a reading from the start does, reading again only what changed',
    (dir) => {
      const { articles, people, world } = readDataFolder(dir);
      let kept = extractKept(articles, people, world, new Map());
      expect(json(kept.extraction)).toBe(json(extractAll(articles, people, world)));
      expect(kept.reread).toBe(articles.length);
      for (const change of changes(articles)) {
        // Kept in a file between readings, or in memory, where the timeline numbered the kept reports in place.
        const before = change.what.startsWith('and') || change.what.startsWith('it') ? kept.kept : trip(kept.kept);
        kept = extractKept(change.articles, people, world, before);
        expect(json(kept.extraction), change.what).toBe(json(extractAll(change.articles, people, world)));
      }
      expect(extractKept(changes(articles).pop()!.articles, people, world, kept.kept).reread).toBe(0);
    },
    60_000,
  );

  it('reads again only the changed article when the change names nobody new', () => {
    const { articles, people, world } = readDataFolder('data');
    const first = extractKept(articles, people, world, new Map());
    const changed = articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body}\n\nEin erfundener Absatz.\n` } : a));
    expect(extractKept(changed, people, world, first.kept).reread).toBe(1);
  });

  it('reads again only an added article that repeats an amount other articles wrote with a slip', () => {
    const { articles, people, world } = readDataFolder('data');
    const first = extractKept(articles, people, world, new Map());
    const slipped = first.extraction.figures.filter((f) => f.slip?.corroboratedBy);
    expect(slipped.length).toBeGreaterThan(0);
    // A copy of an article that gives the amount plainly corroborates the slip once more; what the events of the
    // article with the slip read is the same.
    const { value, unit } = slipped[0]!;
    const plain = first.extraction.figures.find((f) => !f.slip && f.unit === unit && f.value === value)!;
    const copy = { ...articles.find((a) => a.id === plain.citation.article)!, id: 'kopie', file: 'kopie.md' };
    const second = extractKept([...articles, copy], people, world, first.kept);
    const again = second.extraction.figures.find((f) => f.citation.start === slipped[0]!.citation.start && f.slip)!;
    expect(again.slip!.corroboratedBy).toBeGreaterThan(slipped[0]!.slip!.corroboratedBy);
    expect(second.reread).toBe(1);
  });

  it('reads everything again when the people list changes', () => {
    const { articles, people, world } = readDataFolder('data');
    const first = extractKept(articles, people, world, new Map());
    const others = people.map((p, i) => (i === 0 ? { ...p, aliases: [...p.aliases, 'Erfundener'] } : p));
    expect(extractKept(articles, others, world, first.kept).reread).toBe(articles.length);
  });

  it.each(STORIES.slice(0, 3))(
    'keeps of %s, read on two threads, what one thread keeps',
    async (dir) => {
      const { articles, ...folder } = readDataFolder(dir);
      const { readings, reading } = await readInParallel(articles, folder, 2);
      const one = extractKept(articles, folder.people, folder.world, new Map());
      expect(json([...readings])).toBe(json([...one.kept]));
      expect(json(reading)).toBe(json(readingOf(articles, folder)));
    },
    60_000,
  );
});
