import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIndex } from '../src/app.js';
import { GOLD_SETS, evaluate, shortfalls, type Gold } from './gold/score.js';

const readGold = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Gold;

describe.each(GOLD_SETS)('extraction against the gold set: $name', ({ data, gold, thresholds }) => {
  const index = loadIndex(data);
  const expected = readGold(gold);

  it('meets every threshold', () => {
    const result = evaluate(index, expected);
    expect(shortfalls(result, thresholds), JSON.stringify(result, null, 2)).toEqual([]);
  });

  it('cites every item verbatim', () => {
    for (const q of index.quotes) {
      const body = index.articleById.get(q.citation.article)!.body;
      expect(body.slice(q.citation.start, q.citation.end)).toBe(q.citation.text);
      // An interrupted quotation's halves both stand in its citation.
      for (const part of q.text.split(' … ')) expect(q.citation.text).toContain(part);
    }
    for (const c of [...index.events.flatMap((e) => e.citations), ...index.figures.map((f) => f.citation)]) {
      expect(index.articleById.get(c.article)!.body.slice(c.start, c.end)).toBe(c.text);
    }
  });
});

describe('the thresholds', () => {
  it('fail when extraction misses what the gold expects', () => {
    const gold = readGold('test/gold/seeds.json');
    const article = gold.articles['musks-kampf-um-openai']!;
    article.quotes.push({ text: 'Ein Zitat, das es nicht gibt', speaker: 'Elon Musk', partial: false });
    article.figures.push({ value: 1, unit: 'USD', original: '1 Dollar' });
    gold.events.push({
      what: 'nothing',
      date: '1999',
      precision: 'year',
      articles: ['musks-kampf-um-openai'],
      evidence: 'Ein Satz, den es nicht gibt',
    });
    const misses = shortfalls(evaluate(loadIndex('data'), gold));
    expect(misses).toEqual([
      expect.stringMatching(/^quotes recall/),
      expect.stringMatching(/^speakers recall/),
      expect.stringMatching(/^figures recall/),
      expect.stringMatching(/^events recall/),
      expect.stringMatching(/^timeline found/),
    ]);
  });

  it('fail when an event is dated wrongly, merged partly or headed by the wrong actors', () => {
    const gold = readGold('test/gold/seeds.json');
    const bid = gold.events.find((e) => e.kind === 'bid')!;
    bid.date = '2025-02-11';
    bid.actors = ['Sam Altman'];
    gold.events.find((e) => e.kind === 'departure')!.articles.push('musks-kampf-um-openai');
    expect(shortfalls(evaluate(loadIndex('data'), gold))).toEqual([
      expect.stringMatching(/^timeline merged/),
      expect.stringMatching(/^timeline dated/),
      expect.stringMatching(/^timeline actors/),
    ]);
  });
});
