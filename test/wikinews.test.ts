import { describe, expect, it } from 'vitest';
import { namesSomeone, scoreWikinews, wikinewsDoc } from './gold/wikinews.js';

/** The dataset's JSON shape, for one invented article (the dataset itself stays outside the repository). */
const text = '„Wir bleiben hier“, sagte Max Huber am Montag. Er sprach von einem „klaren Signal“. Die Stadt feiert.';
const span = (quote: string) => {
  const charBegin = text.indexOf(quote);
  return { spans: [{ begin: 0, end: 0, charBegin, charEnd: charBegin + quote.length }], text: quote };
};
const raw = {
  documentName: '1 - Erfunden (2026-01-01)',
  originalText: text,
  annotations: [
    { type: 'Direct', quote: span('„Wir bleiben hier“'), speaker: { text: 'Max Huber' } },
    { type: 'Direct', quote: span('„klaren Signal“'), speaker: { text: 'Er' } },
    { type: 'Indirect', quote: span('Die Stadt feiert.'), speaker: { text: 'Die Stadt' } },
  ],
};

describe('the Wikinews quotation scorer', () => {
  it('reads direct quotations with their speakers, and scores what the bot finds against them', () => {
    const doc = wikinewsDoc(raw);
    expect(doc.direct.map((d) => [text.slice(d.start, d.end), d.speakers])).toEqual([
      ['„Wir bleiben hier“', ['Max Huber']],
      ['„klaren Signal“', ['Er']],
    ]);
    const score = scoreWikinews([doc]);
    expect(score.quotes).toMatchObject({ gold: 2, matched: 2 });
    // Only the first names its speaker in the text; a pronoun names no one.
    expect(score.speakers).toEqual({ named: 1, right: 1, share: 1 });
  });

  it('counts a mention as naming someone only where a name stands in it', () => {
    expect(['Max Huber', 'Sonia und Willy Bogner', 'GdP-Vorsitzende Eva Muster'].map(namesSomeone)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['Er', 'Der Staatsanwalt', 'die Sprecherin'].map(namesSomeone)).toEqual([false, false, false]);
  });
});
