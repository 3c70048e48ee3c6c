import { describe, expect, it } from 'vitest';
import { readDataFolder } from '../src/app.js';
import { carrySearchMemo, prepareIndex } from '../src/index/build.js';
import { foldedSearch, prepareSearch, searchMemo } from '../src/index/search.js';
import { extractAll } from '../src/reconcile/extract-all.js';
import { TokenIndex } from '../src/index/tokens.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();
const json = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
const QUERIES = [
  'Twitter',
  'twiter',
  'Gründung',
  'gruendung',
  'OpenAI',
  'open ai',
  'Klage',
  'Stargate',
  'Altmann',
  'musk',
  'grossartig',
  'Milliarden Dollar',
  'Kauf',
  'xAI',
  'Trump Wahlkampf',
  'Microsoft',
  'ChatGPT',
  'Übernahme',
  'zz',
];

describe('the word index that narrows large searches', () => {
  it('finds equal, containing and one-edit words', () => {
    const tokens = new TokenIndex(['Sam Altman sagte', 'Die Gründung von OpenAI', 'Wahlkampfspenden für Trump'], 0.34);
    expect(tokens.candidates('altmann')).toEqual([0]);
    expect(tokens.candidates('openai')).toEqual([1]);
    expect(tokens.candidates('altman trump')).toEqual([0, 2]);
    expect(tokens.candidates('spenden')).toEqual([2]);
    expect(tokens.candidates('qqqqq')).toEqual([]);
    expect(tokens.candidates('!')).toBeNull();
  });

  // The narrowed search must answer exactly as the full scan does: same items, same scores, same order.
  it.each([
    ['events', index.events, [{ name: 'summary', weight: 2 }, 'citations.text', 'people', 'kind'] as const],
    ['quotes', index.quotes, ['text', 'intro.text', 'speaker.name'] as const],
    ['figures', index.figures, ['subject', 'citation.text', 'original'] as const],
  ])('gives the same results as a full scan for %s of the seed articles', (_name, items, keys) => {
    const full = foldedSearch<unknown>(items, [...keys], { threshold: 0.3, narrowAbove: Infinity });
    const narrowed = foldedSearch<unknown>(items, [...keys], { threshold: 0.3, narrowAbove: 0 });
    for (const q of QUERIES) expect(narrowed.search(q), q).toEqual(full.search(q));
  });
});

describe('the search memo a rebuilding thread carries from build to build', () => {
  it('prepares what a build of its own prepares, before a change, after it, and once it is undone', () => {
    const { articles, people, world } = readDataFolder('data');
    const changed = articles.map((a, i) => (i === 0 ? { ...a, body: `${a.body}\n\nEin erfundener Absatz.\n` } : a));
    const corpora = [articles, changed, articles].map((list) => extractAll(list, people, world));
    const alone = corpora.map((c) => json(prepareIndex(c)));
    carrySearchMemo();
    expect(corpora.map((c) => json(prepareIndex(c)))).toEqual(alone);
  });

  it('splits into words, build after build, as a fresh index does, for a collection the word index narrows', () => {
    const items = (n: number) =>
      Array.from({ length: n }, (_, i) => ({ text: `Erfundener Satz ${i % 40} über die Seebank, Nummer ${i}` }));
    const memo = searchMemo();
    for (const n of [600, 700, 600]) {
      const carried = prepareSearch(items(n), ['text'], {}, memo);
      expect(carried.postings).not.toBeNull();
      expect(json(carried)).toBe(json(prepareSearch(items(n), ['text'])));
      memo.folded.end(true);
      memo.words.end(true);
    }
  });
});
