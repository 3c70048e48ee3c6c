/**
 * Helpers that turn the word lists into patterns.
 */

/**
 * Every German (and English) word the rules read, in one place: speech and naming verbs, pronouns,
 * determiners and sentence openers, months and weekdays, scale and currency words, abbreviations,
 * kinds of events and transactions, and the interface text of news sites. Each entry says what it
 * is for and gives an example. A new word goes here; the rule that uses it stays where it is.
 * This module is the lowest layer: it imports nothing.
 */

/**
 * Words as one alternation for a pattern, longest first (`einem` before `ein`), spaces as any space; with `any case`
 * their first letter either way (`Vier Tage`, `vier Tage`).
 */
export function alternatives(words: readonly string[], anyCase?: 'any case'): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, String.raw`\s+`))
    .map((w) => (anyCase ? `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}` : w))
    .join('|');
}

export const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
