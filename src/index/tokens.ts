import { fold } from '../language/de/fold.js';
import { pushTo } from '../lib/collections.js';
import { TextMemo } from '../lib/memo.js';

/**
 * An inverted index over folded words, to narrow a fuzzy search before fuse.js scans: fuse.js
 * reads every item on every query, which for 5,000 articles misses Discord's 3-second deadline.
 * A query word stands for every index word that contains it with at most as many typing errors as
 * fuse.js would allow (`altmann` → `altman`, `klage` → `beklagten`); an item is a candidate when it
 * has such a word for any query word. (fuse.js matches the query as one pattern, so its errors may
 * all fall in one word: only the union is sure to hold every item it would find.)
 */
export class TokenIndex {
  private readonly postings: Map<string, number[]> = new Map();
  private readonly vocabulary: string[];

  /**
   * `texts` holds each item's text, or its fields' texts; `threshold` is fuse.js's: the share of a
   * pattern's letters that may be wrong. Items often share a field's text (the figures of one
   * sentence cite it whole), so each distinct text is split into words once (`split`: a memo of
   * `words`, this index's own unless a build shares one, see `prepareIndex`).
   */
  constructor(
    texts: readonly (string | readonly string[])[] | { postings: Map<string, number[]> },
    private readonly threshold: number,
    split: (text: string) => string[] = memoOf(words),
  ) {
    if ('postings' in texts) this.postings = texts.postings;
    else
      texts.forEach((text, id) => {
        const itemWords = typeof text === 'string' ? split(text) : text.flatMap((t) => split(t));
        for (const word of new Set(itemWords)) {
          pushTo(this.postings, word, id);
        }
      });
    this.vocabulary = [...this.postings.keys()];
  }

  /** Each word and the items that hold it, as plain data: kept with a reading, it makes the same index at once. */
  get entries(): Map<string, number[]> {
    return this.postings;
  }

  /** Ids of items with a match for any query word, ascending; null when the query has no word to look up. */
  candidates(query: string): number[] | null {
    const queryWords = [...new Set(words(query))];
    if (queryWords.length === 0) return null;
    const ids = new Set<number>();
    for (const q of queryWords) {
      // fuse.js accepts a match when errors ÷ pattern length stays within the threshold. For a query of
      // several words, the pattern's errors cannot exceed every word's own share at once, so each word
      // is looked up with its own share and the union holds every match.
      const errors = Math.floor(this.threshold * q.length);
      for (const word of this.vocabulary) {
        if (containsApproximately(word, q, errors)) for (const id of this.postings.get(word)!) ids.add(id);
      }
    }
    return [...ids].sort((a, b) => a - b);
  }
}

/**
 * Folded words of two letters or more, and compounds also without their hyphens (`Open-AI-Guru` →
 * `openaiguru`), since fuse.js finds `openai` across the hyphen.
 */
export function words(text: string): string[] {
  const folded = fold(text);
  const plain = folded.match(/[\p{L}\d]{2,}/gu) ?? [];
  const joined = (folded.match(/[\p{L}\d]+(?:[-'’.][\p{L}\d]+)+/gu) ?? []).map((w) => w.replace(/[-'’.]/g, ''));
  return [...plain, ...joined];
}

/** Does `text` contain `pattern` with at most `errors` edits? (Sellers' algorithm: the match may start anywhere.) */
export function containsApproximately(text: string, pattern: string, errors: number): boolean {
  if (errors === 0) return text.includes(pattern);
  if (text.length + errors < pattern.length) return false;
  const m = pattern.length;
  let previous = new Uint16Array(m + 1).map((_, i) => i);
  let current = new Uint16Array(m + 1);
  for (let j = 0; j < text.length; j++) {
    const ch = text.charCodeAt(j);
    current[0] = 0;
    for (let i = 1; i <= m; i++) {
      const substitution = previous[i - 1]! + (pattern.charCodeAt(i - 1) === ch ? 0 : 1);
      current[i] = Math.min(previous[i]! + 1, current[i - 1]! + 1, substitution);
    }
    if (current[m]! <= errors) return true;
    [previous, current] = [current, previous];
  }
  return previous[m]! <= errors;
}

const memoOf = (make: (text: string) => string[]) => {
  const memo = new TextMemo(make);
  return (text: string) => memo.get(text);
};
