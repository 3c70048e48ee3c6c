import { formsOf } from './conjugation.js';
import { PEOPLE_OR_JOBS } from './counting.js';
import { isCommonNoun } from './nouns.js';
import { SENTENCE_OPENERS } from './stop-words.js';
import { VERBS } from './verbs.js';

/**
 * What a percentage is a share of, as German says it around the number. Two shares measure the same thing only when
 * they name the same noun: the 40 percent of the votes and the 70 percent turnout of one election are not two values
 * of one quantity.
 */

/** `40 Prozent der Stimmen`, `90 Prozent der befragten Mitglieder`: the noun in the genitive after the share. */
const GENITIVE_AFTER = /^\s+((?:der|des|aller)\s+(?:\p{Ll}+\s+){0,2})(\p{Lu}[\p{L}-]*)/u;
/** `60 Prozent Zustimmung`, `5 Prozent höhere Zulagen`: a noun right after it, perhaps behind one adjective. */
const NOUN_AFTER = /^\s+(?:\p{Ll}+e[nrsm]?\s+)?(\p{Lu}[\p{L}-]*)/u;
/** `lag`, `beträgt`, `stieg`: the finite verbs a quantity stands at a value with. */
const LEVEL_VERB = formsOf(VERBS, 'level', 'finite').join('|');

/**
 * `die Quote lag bei 5 Prozent`, `ein Anteil von 9 Prozent`, `gab die Beteiligung mit gut 60 Prozent an`, `die
 * Zulagen steigen um 4 Prozent`: the noun the share is given for, before it, which may carry a genitive (`die Quote
 * der Partei lag bei`); up to three small words (`mehr als`, `je`) between the preposition and the number.
 */
const NOUN_BEFORE = new RegExp(
  String.raw`(\p{Lu}[\p{L}-]*)(?:\s+(?:der|des)\s+(?:\p{Ll}+\s+)?\p{Lu}[\p{L}-]*)?\s+` +
    String.raw`(?:(?:${LEVEL_VERB})\s+)?(?:bei|von|mit|um)\s+(?:\p{Ll}+\s+){0,3}$`,
  'u',
);

/**
 * What a share measures, read from the words around it (`before` ends where the number begins, `after` starts where
 * the figure ends): `der Stimmen` for a noun in the genitive, kept with its article so that a reader's label says
 * `Anteil der Stimmen`; else the noun itself (`Wahlbeteiligung`). Null when no common noun stands there: a party's
 * result (`die Liste kam auf 30 Prozent`) is said of its party, not of a noun.
 */
export function shareMeasure(before: string, after: string): string | null {
  const genitive = GENITIVE_AFTER.exec(after);
  if (genitive && isCommonNoun(genitive[2]!)) return `${genitive[1]!.split(/\s+/)[0]} ${genitive[2]}`;
  if (genitive) return null;
  const next = NOUN_AFTER.exec(after);
  if (next && isCommonNoun(next[1]!)) return next[1]!;
  const near = before.slice(-80);
  const prior = NOUN_BEFORE.exec(near);
  if (!prior || !isCommonNoun(prior[1]!)) return null;
  // `Eva Muster mit 20 Prozent`: after a given name, the word is a surname (a compound's head may hide in it), not
  // what the share is of.
  const previous = /(\p{Lu}\p{Ll}+)\s+$/u.exec(near.slice(0, prior.index))?.[1];
  return previous !== undefined && !isCommonNoun(previous) && !SENTENCE_OPENERS.has(previous) ? null : prior[1]!;
}

/**
 * The noun a measure names, reduced so that its forms meet: `Stimmen` and `Stimme`, `Anteile` and `Commerzbank-Anteil`
 * (a compound is the thing its last part names), `Mitarbeiter` and `Mitarbeitern` (a dative plural ending after a
 * plural one).
 */
export function measureKey(measure: string): string {
  const noun = measure.split(/\s+/).pop()!.split('-').pop()!.toLowerCase();
  return noun.replace(/(?:en|er|e|n|s)$/, '').replace(/(?:en|er|e|n|s)$/, '');
}

/** A share's measure as a key beside the transactions' (`share:stimm`): shares of one noun are one thing. */
export const shareKey = (measure: string) => `share:${measureKey(measure)}`;

/**
 * A unit as it is compared: a currency code, `%` and `years` as they are; a count of jobs or of people as one
 * (`Mitarbeiter`, `Beschäftigte`, `Menschen`, `Stellen`: reports of one workforce use each); another counted noun by
 * its `measureKey`.
 */
export const unitKey = (unit: string | null) =>
  unit === null || unit === '%' || unit === 'years' || /^[A-Z]{3}$/.test(unit)
    ? unit
    : PEOPLE_OR_JOBS.test(unit)
      ? 'people'
      : measureKey(unit);

/**
 * How a reader names a measure: a noun in the genitive as a share of it (`Anteil der Stimmen`, `share of Stimmen`,
 * with `share` the reply language's word); a noun the number is given for as itself (`Wahlbeteiligung`).
 */
export function measureLabel(measure: string, share: string, lang: 'de' | 'en' = 'de'): string {
  const genitive = /^(?:der|des|aller)\s+(.+)$/.exec(measure);
  // `28 Prozent der Anteile` is a stake: a share, said once.
  if (measureKey(measure) === 'anteil') return share;
  if (!genitive) return measure;
  return lang === 'de' ? `${share} ${measure}` : `${share} of ${genitive[1]}`;
}
