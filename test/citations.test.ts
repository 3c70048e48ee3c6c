import { describe, expect, it } from 'vitest';
import type { Citation } from '../src/corpus/types.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();
const bodyOf = (id: string) => index.articleById.get(id)!.body;

function expectVerbatim(citation: Citation): void {
  const body = bodyOf(citation.article);
  expect(body.slice(citation.start, citation.end)).toBe(citation.text);
  expect(citation.text.trim()).not.toBe('');
}

describe('every citation is verbatim in its article', () => {
  it('for quotations and the sentences that introduce them', () => {
    expect(index.quotes.length).toBeGreaterThan(0);
    for (const q of index.quotes) {
      expectVerbatim(q.citation);
      expect(q.citation.text.trim()).toBe(q.text);
      if (q.intro) expectVerbatim(q.intro);
    }
  });

  it('for events, every report of them', () => {
    expect(index.events.length).toBeGreaterThan(0);
    for (const e of index.events) for (const c of e.citations) expectVerbatim(c);
  });

  it('for figures, whose original text is inside the cited sentence', () => {
    expect(index.figures.length).toBeGreaterThan(0);
    for (const f of index.figures) {
      expectVerbatim(f.citation);
      expect(f.citation.text).toContain(f.original);
    }
  });

  it('for quoted terms and for what the cleaner removed', () => {
    for (const t of index.terms) expectVerbatim(t.citation);
    for (const { article, removed } of index.segmented) {
      for (const r of removed) expect(article.body.slice(r.start, r.end)).toBe(r.text);
    }
  });

  it('and paragraph and sentence numbers point at the sentence that holds it', () => {
    for (const f of index.figures) {
      const sentences = index.segmented.find((s) => s.article.id === f.citation.article)!.sentences;
      const sentence = sentences[f.citation.sentence - 1]!;
      expect(sentence.paragraph).toBe(f.citation.paragraph);
      expect(sentence.start).toBeLessThanOrEqual(f.citation.start);
    }
  });
});
