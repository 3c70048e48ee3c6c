import Fuse, { type IFuseOptions } from 'fuse.js';
import { fold } from '../language/de/fold.js';
import { TextMemo } from '../lib/memo.js';
import { TokenIndex, words } from './tokens.js';

/** A fuzzy search whose keys and queries are folded the same way (case, umlauts, ß). */
export interface FoldedSearch<T> {
  search(query: string, limit?: number): { item: T; score: number }[];
}

export interface SearchKey {
  /** A path into the item (`intro.text`, `citations.text` for every citation). */
  name: string;
  weight?: number;
}

export interface SearchOptions {
  threshold?: number;
  /** Collections larger than this are narrowed by a word index before fuse.js ranks what remains. */
  narrowAbove?: number;
}

/**
 * Above this many candidates ranking them would cost what a full scan does: they are returned as
 * found (each holds a word that matches the query within fuse.js's error budget), unranked.
 */
const RANK_AT_MOST = 1_000;
export const NARROW_ABOVE = 500;
/** Longer queries are cut: no topic or name is this long, and fuse.js's cost grows with the pattern. */
export const MAX_QUERY_CHARS = 100;

export type Folded = Record<string, string | string[] | undefined>;

/** The value at a dotted path, through arrays (`citations.text` → every citation's text). */
function valuesAt(item: unknown, path: string, fold: (text: string) => string): string | string[] | undefined {
  let current: unknown[] = [item];
  for (const part of path.split('.')) {
    current = current.flatMap((v) => {
      const next = v === null || v === undefined ? undefined : (v as Record<string, unknown>)[part];
      return Array.isArray(next) ? next : next === undefined || next === null ? [] : [next];
    });
  }
  if (current.length === 0) return undefined;
  const texts = current.map((v) => fold(String(v)));
  return texts.length === 1 && !path.includes('.') ? texts[0] : texts;
}

/**
 * What a search is built from besides its items, as plain data: the folded copies of the searched fields, and for a
 * large collection the word index that narrows it (see `TokenIndex`). Made where the articles are read, it is kept
 * with the reading, so an index is built from it at once.
 */
export interface PreparedSearch {
  folded: Folded[];
  postings: Map<string, number[]> | null;
}

const keyListOf = (keys: (string | SearchKey)[]) => keys.map((k) => (typeof k === 'string' ? { name: k } : k));
const thresholdOf = (options: SearchOptions) => options.threshold ?? 0.34;

/** What searches made of texts while they were prepared (see `TextMemo`): folded, and split into words. */
export interface SearchMemo {
  folded: TextMemo<string>;
  words: TextMemo<string[]>;
}
export const searchMemo = (): SearchMemo => ({ folded: new TextMemo(fold), words: new TextMemo(words) });

export function prepareSearch<T>(
  items: readonly T[],
  keys: (string | SearchKey)[],
  options: SearchOptions = {},
  // Many items share a text (the figures of a sentence cite it whole): each is folded and split once.
  memo: SearchMemo = searchMemo(),
): PreparedSearch {
  const keyList = keyListOf(keys);
  const foldOnce = (text: string) => memo.folded.get(text);
  const folded: Folded[] = items.map((item) =>
    Object.fromEntries(keyList.map((k) => [k.name, valuesAt(item, k.name, foldOnce)])),
  );
  const postings =
    items.length > (options.narrowAbove ?? NARROW_ABOVE)
      ? new TokenIndex(
          folded.map((r) => Object.values(r).flatMap((v) => v ?? [])),
          thresholdOf(options),
          (text) => memo.words.get(text),
        ).entries
      : null;
  return { folded, postings };
}

/**
 * fuse.js over folded copies of the searched fields, made once at start-up (or `prepared` where the articles were
 * read). For large collections a word index narrows the candidates first; fuse.js scores each item on its own (field
 * norm off), so ranking the candidates gives the same scores and order a full scan would.
 */
export function foldedSearch<T>(
  items: readonly T[],
  keys: (string | SearchKey)[],
  options: SearchOptions = {},
  prepared: PreparedSearch = prepareSearch(items, keys, options),
): FoldedSearch<T> {
  const keyList = keyListOf(keys);
  const { folded, postings } = prepared;
  const fuseOptions: IFuseOptions<Folded> = {
    keys: keyList.map((k) => ({ name: k.name, weight: k.weight ?? 1 })),
    includeScore: true,
    ignoreLocation: true,
    // A match inside a long sentence is as good as one in a short name, and scores do not depend on the collection.
    ignoreFieldNorm: true,
    threshold: thresholdOf(options),
    getFn: (record, path) => record[Array.isArray(path) ? path.join('.') : path] as string | string[],
  };
  const full = new Fuse(folded, fuseOptions);
  const tokens = postings ? new TokenIndex({ postings }, fuseOptions.threshold!) : null;

  return {
    search(query, limit) {
      const q = fold(query.slice(0, MAX_QUERY_CHARS));
      const ids = tokens?.candidates(q);
      if (!tokens || ids === null || ids === undefined) {
        return full
          .search(q, limit === undefined ? undefined : { limit })
          .map((r) => ({ item: items[r.refIndex]!, score: r.score ?? 1 }));
      }
      if (ids.length > RANK_AT_MOST)
        return ids.slice(0, limit ?? ids.length).map((id) => ({ item: items[id]!, score: 0 }));
      const subset = new Fuse(
        ids.map((id) => folded[id]!),
        fuseOptions,
      );
      return subset
        .search(q, limit === undefined ? undefined : { limit })
        .map((r) => ({ item: items[ids[r.refIndex]!]!, score: r.score ?? 1 }));
    },
  };
}

/** The same search, answering with something derived from each hit (a record's event, a label's text). */
export function mapSearch<A, B>(search: FoldedSearch<A>, project: (a: A) => B): FoldedSearch<B> {
  return {
    search: (query, limit) => search.search(query, limit).map((r) => ({ item: project(r.item), score: r.score })),
  };
}

/** Fuzzy search over plain strings (topics, names). */
export function foldedLabelSearch(labels: readonly string[], options: SearchOptions = {}): FoldedSearch<string> {
  return mapSearch(
    foldedSearch(
      labels.map((label) => ({ label })),
      ['label'],
      options,
    ),
    (r) => r.label,
  );
}
