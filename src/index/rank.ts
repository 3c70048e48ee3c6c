import type { FoldedSearch } from './search.js';
import { fold } from './fold.js';

/**
 * Ranks labels for a typed prefix the way users expect from autocomplete: exact match first,
 * then labels that start with (a word starting with) the query, then fuzzy matches.
 */
export function rankLabels(query: string, labels: readonly string[], fuzzy: FoldedSearch<string>, limit: number): string[] {
  const q = fold(query.trim());
  if (q === '') return labels.slice(0, limit);
  const exact: string[] = [];
  const prefix: string[] = [];
  for (const label of labels) {
    const f = fold(label);
    if (f === q) exact.push(label);
    else if (f.startsWith(q) || f.split(/[\s-]+/).some((w) => w.startsWith(q))) prefix.push(label);
  }
  const seen = new Set([...exact, ...prefix]);
  const rest = fuzzy
    .search(q, limit)
    .map((r) => r.item)
    .filter((l) => !seen.has(l));
  return [...exact, ...prefix, ...rest].slice(0, limit);
}
