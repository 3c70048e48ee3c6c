import { describe, expect, it } from 'vitest';
import { foldedSearch } from '../src/index/search.js';
import { TokenIndex } from '../src/index/tokens.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();
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
