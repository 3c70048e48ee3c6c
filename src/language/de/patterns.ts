/**
 * Helpers that turn the word lists into patterns.
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
