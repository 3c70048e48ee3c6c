import { readFileSync } from 'node:fs';

/**
 * German common nouns: whether a capitalised word is one (`Konzern`, `Angebot`, `Nein`), so that it is not taken for
 * a person's name. The forms (140,000 of 66,600 nouns) come from LanguageTool's morphological dictionary
 * (`nouns.txt`, CC BY-SA 4.0, see `nouns.LICENSE.md`; `tools/nouns.ts` writes it). The file is read once, when a
 * word is first asked about, and searched in place: it is sorted, so a lookup is a binary search over its lines,
 * with no list or set built (that cost 60–150 ms and 10–20 MB; reading the 1.8 MB file costs about 25 ms).
 */

let text: string | null = null;
const nouns = () => (text ??= readFileSync(new URL('./nouns.txt', import.meta.url), 'utf8'));

/** Whether `word` is a line of the sorted file. */
function listed(word: string): boolean {
  const all = nouns();
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = all.lastIndexOf('\n', mid - 1) + 1;
    const end = all.indexOf('\n', start);
    const line = all.slice(start, end);
    if (line === word) return true;
    if (line < word) lo = end + 1;
    else hi = start;
  }
  return false;
}

/**
 * Given names that are also common nouns (`Ernst`, `Horst`, `Rose`), or that the compound rule below reads as one
 * (`Wilhelm` ends in `Helm`, `Wolfgang` in `Gang`): before a surname they are names. Found by checking common given
 * names against the dictionary; `test/language.test.ts` keeps the check.
 */
export const GIVEN_NAMES_THAT_ARE_NOUNS = new Set([
  'August',
  'Birke',
  'Emmanuelle',
  'Erle',
  'Ernst',
  'Friedhelm',
  'Heide',
  'Hermann',
  'Horst',
  'Iris',
  'Jeanette',
  'Linde',
  'Mark',
  'Raimund',
  'Roman',
  'Rose',
  'Rosemarie',
  'Siegmund',
  'Sieglinde',
  'Sigmund',
  'Wilhelm',
  'Wolf',
  'Wolfgang',
]);

/**
 * Whether a word is a noun the dictionary lists as it stands, compounds not read by their head: a place's name is often
 * made like a compound (`Nordland`, `Seeburg`, `Bergheim`) and is no common noun.
 */
export function isListedNoun(word: string): boolean {
  return /^\p{Lu}\p{Ll}/u.test(word) && listed(word);
}

/** The shortest noun a compound is read as ending in (`Bank`, `Chef`), and the shortest part before it. */
const MIN_HEAD = 4;
const MIN_MODIFIER = 3;

/**
 * Whether a capitalised word is a German common noun: listed in the dictionary; a hyphenated compound whose last part
 * is one (`Partei-Politiker`); or a compound ending in one (`Großbank`, `Gewerkschaftschefin`: the dictionary lists few
 * compounds, German makes them freely).
 */
export function isCommonNoun(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  if (hyphen > 0) return isCommonNoun(word.slice(hyphen + 1));
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  if (listed(word)) return true;
  for (let at = MIN_MODIFIER; at <= word.length - MIN_HEAD; at++) {
    const head = word[at]!.toUpperCase() + word.slice(at + 1);
    if (listed(head)) return true;
  }
  return false;
}

/**
 * An adjective German makes with `-isch`, inflected, capitalised as the first word of a name (`Europäische`,
 * `Seeländischer`, `Technischen`, and `Deutscher` of `-sch`): never a given name, however a bracket after the name
 * reads.
 */
export const INFLECTED_ISCH_ADJECTIVE = /^\p{Lu}\p{Ll}+i?sch(?:e|er|en|es|em)$/u;

/** Endings German makes nouns with (`Unverfrorenheit`, `Vernetzung`, `Rivalität`), and their plurals. */
export const NOUN_SUFFIX = /(?:ung|heit|keit|ität|schaft|ismus|tion|nis)(?:en|se)?$/u;

/**
 * A name that is a long compound of a feminine noun (`Bundesregierung`, `Staatsanwaltschaft`) takes its genitive after
 * what it owns, with its article (`Kredit der Bundesregierung`), not an `s` before it. Long: a short word of these
 * endings is as often a surname (`Jung`).
 */
export const FEMININE_COMPOUND_NAME = /^\p{Lu}\p{Ll}{5,}(?:ung|heit|keit|ität|schaft)$/u;

/** The shortest noun an `-es` genitive is read back to: `Gebiet`, `Staat`; not `Mos` of `Moses`, `Jon` of `Jones`. */
const MIN_GENITIVE_STEM = 4;

/**
 * A noun's genitive in `-es` (`des Gebietes`, `des Bundeslandes`): capitalised before a name as a given name would be
 * (`des nördlichen Gebietes Seeland`), it is never one. Given names ending so (`Hannes`, `Agnes`, `Andres`) are no
 * noun's.
 */
export function isNounGenitive(word: string): boolean {
  if (!word.endsWith('es')) return false;
  const stem = word.slice(0, -2);
  return stem.length >= MIN_GENITIVE_STEM && isCommonNoun(stem);
}
