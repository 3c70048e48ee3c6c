import { firstIndexWhereNot } from '../lib/collections.js';

/**
 * The one clause splitter: figures, quotations and events all read "the clause around" the same way.
 */

/** Where clauses part: commas, semicolons, colons and dashes, each as the span of its mark. */
export function clauseBreaks(text: string): { at: number; end: number }[] {
  if (lastBreaks?.text === text) return lastBreaks.breaks;
  // A comma inside parentheses (`Huber (X, Nordwerk...)`) does not end a clause.
  const masked = text.replace(/\([^()]*\)/g, (m) => m.replace(/[,;:–—-]/g, ' '));
  // A colon inside a word marks a gender (`Mitarbeiter:innen`), not a clause's end.
  const breaks = [...masked.matchAll(/[,;–—]|:(?!\p{Ll})|\s-\s/gu)].map((m) => ({
    at: m.index,
    end: m.index + m[0].length,
  }));
  lastBreaks = { text, breaks };
  return breaks;
}
/** Where the clause around `at` begins and ends: after the break before it, up to the break after it. */
export function clauseSpan(text: string, at: number): { from: number; to: number } {
  const breaks = clauseBreaks(text);
  const from = breaks.filter((b) => b.end <= at).pop()?.end ?? 0;
  const to = breaks.find((b) => b.at > at)?.at ?? text.length;
  return { from, to };
}

/** The last sentence's breaks: its figures and quotes ask one after another, and each asking must not re-read it. */
let lastBreaks: { text: string; breaks: { at: number; end: number }[] } | undefined;

/**
 * The longest clause, in characters either side of what it is around. A "clause" longer than this
 * is a run without punctuation (a broken scrape), not something a reader would take as a statement.
 */
const MAX_CLAUSE_SIDE = 300;

/** The clause around `at` (between commas, colons, dashes), as a short statement of what a figure measures. */
export function clauseAround(text: string, at: number, end: number): string {
  const breaks = clauseBreaks(text);
  const before = firstBreakFrom(breaks, at);
  const after = firstBreakFrom(breaks, end);
  const from = before > 0 ? breaks[before - 1]!.end : 0;
  const to = after < breaks.length ? breaks[after]!.at : text.length;
  return text
    .slice(Math.max(from, at - MAX_CLAUSE_SIDE), Math.min(to, end + MAX_CLAUSE_SIDE))
    .trim()
    .replace(/[.!?]+$/, '');
}

/** The index of the first break at or after `pos`, by binary search: a sentence can hold thousands. */
function firstBreakFrom(breaks: { at: number }[], pos: number): number {
  return firstIndexWhereNot(breaks.length, (i) => breaks[i]!.at < pos);
}
