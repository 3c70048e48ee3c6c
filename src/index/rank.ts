import { fold } from '../language/de/fold.js';
import { MAX_QUERY_CHARS, type FoldedSearch } from './search.js';

/**
 * Autocomplete-style ranking, exact > prefix > fuzzy, with every label folded once at start-up:
 * autocomplete cannot be deferred, so each keystroke must be answered from what is already there.
 */
export interface Ranker<T> {
  entries: { item: T; labels: string[]; words: string[] }[];
  fuzzy: FoldedSearch<T>;
}

export interface Ranked<T> {
  item: T;
  /** 0 exact, 1 prefix (of a label or of one of its words), 2 fuzzy. */
  rank: 0 | 1 | 2;
  score: number;
}

export function ranker<T>(items: readonly T[], labelsOf: (item: T) => string[], fuzzy: FoldedSearch<T>): Ranker<T> {
  return {
    entries: items.map((item) => {
      const labels = labelsOf(item).map(fold);
      return { item, labels, words: labels.flatMap((l) => l.split(/[\s-]+/)) };
    }),
    fuzzy,
  };
}

export function rank<T>(r: Ranker<T>, query: string, limit: number, nameOf: (item: T) => string): Ranked<T>[] {
  const q = fold(query.slice(0, MAX_QUERY_CHARS).trim());
  if (q === '') return r.entries.slice(0, limit).map((e) => ({ item: e.item, rank: 2, score: 1 }));
  const ranked = new Map<T, Ranked<T>>();
  for (const e of r.entries) {
    if (e.labels.includes(q)) ranked.set(e.item, { item: e.item, rank: 0, score: 0 });
    else if (e.labels.some((l) => l.startsWith(q)) || e.words.some((w) => w.startsWith(q)))
      ranked.set(e.item, { item: e.item, rank: 1, score: 0 });
  }
  for (const { item, score } of r.fuzzy.search(q, limit))
    if (!ranked.has(item)) ranked.set(item, { item, rank: 2, score });
  return [...ranked.values()]
    .sort((a, b) => a.rank - b.rank || a.score - b.score || nameOf(a.item).localeCompare(nameOf(b.item)))
    .slice(0, limit);
}
