import { AUXILIARIES, DEFINITE_ARTICLES, FUNCTION_WORDS_CAPITALISED, PARTICLES } from './function-words.js';
import { SCALE_ROWS, VAGUE_COUNT_WORDS } from './numbers.js';
import { capitalised } from './patterns.js';
import { isCommonNoun } from './nouns.js';

/**
 * Words that name nothing, as the rules need them: sentence openers, and what is no topic of an event or a claim.
 */

/** Words that begin German sentences and never continue a brand name: the function words, capitalised. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(FUNCTION_WORDS_CAPITALISED);

/** Words a name or title may hold uncapitalised: `Bank of America`, `Haus der Geschichte`, `Ärzte für Afrika`. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...['of', 'the', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'de', 'la', '&'],
  ...DEFINITE_ARTICLES,
  ...['von', 'und', 'für'],
]);

/** Sentence openers and other capitalised words that say nothing about a topic. */
export const NOT_TOPICS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS_CAPITALISED,
  ...VAGUE_COUNT_WORDS.map(capitalised),
  ...['Jahr', 'Jahre', 'Jahren', 'Ende', 'Anfang', 'Mitte'],
]);

export const CLAIM_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS_CAPITALISED.map((w) => w.toLowerCase()),
  ...Object.values(AUXILIARIES).flat(),
  ...PARTICLES,
  ...'with that this from have were what when which their there about dollar euro'.split(' '),
  ...SCALE_ROWS.flatMap((r) => [r.de.one, r.de.many, r.en.word]).map((w) => w.toLowerCase()),
]);

/** Small words inside names, between capitalised ones: `Retter ohne Grenzen`, `Gazzetta del Lago`. */
export const NAME_LINKS: ReadonlySet<string> = new Set([
  ...['am', 'im', 'zum', 'zur', 'vom', 'ohne'],
  ...['dello', 'della', 'dei', 'del', 'da', 'di', 'do', 'dos', 'das', 'du', 'des', 'y', 'e', 'et'],
]);

const FUNCTION_WORDS_SMALL: ReadonlySet<string> = new Set(FUNCTION_WORDS_CAPITALISED.map((w) => w.toLowerCase()));

/** Letters and endings of German words in small letters: `größer`, `vergleichsweise`, `sorgfältig`, `heftig`. */
const GERMAN_SMALL = /[äöüß]|(?:lich|ig|isch|bar|sam|haft|los|weise)$/u;

/**
 * Whether words hold German: a function word, a common noun, or a word spelt or ending as German words do. Words
 * quoted in another language (`summa cum laude`, `space recovery experiment`) or a brand in small letters (`nordfon
 * ag`) hold none.
 */
export function holdsGerman(text: string): boolean {
  return text
    .split(/[\s,.;:!?()[\]–-]+/u)
    .some(
      (w) => FUNCTION_WORDS_SMALL.has(w.toLowerCase()) || (/^\p{Lu}/u.test(w) ? isCommonNoun(w) : GERMAN_SMALL.test(w)),
    );
}
