import { SENTENCE_OPENERS } from '../language/de.js';
import { GIVEN_NAMES_THAT_ARE_NOUNS, isCommonNoun } from '../language/de/nouns.js';

/**
 * Whether a capitalised word in front of a name says who the person is rather than naming them: a role or a
 * description (`Analystin`, `Gewerkschaftschef`, `SPD-Politiker`), an article or opener (`Die`, `Auch`). A given name
 * that is also a noun (`Ernst`, `Rose`) names.
 */
const describes = (word: string) =>
  SENTENCE_OPENERS.has(word) || (isCommonNoun(word) && !GIVEN_NAMES_THAT_ARE_NOUNS.has(word));

/**
 * The person a run of capitalised words names, or null: the words that describe them are dropped from its front
 * (`Analystin Eva Muster` is `Eva Muster`), and what remains must be a given name and a surname, the last two words
 * when there are more. A run of nouns (`Die Großbank`, `Der Konzernchef`) names no one: one capitalised word could be
 * any noun, and a surname alone is for the article's people to resolve. The surname itself may be a noun (`Koch`).
 */
export function personName(run: string): string | null {
  const words = run.split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length && describes(words[first]!)) first++;
  const name = words.slice(first);
  return name.length >= 2 ? name.slice(-2).join(' ') : null;
}
