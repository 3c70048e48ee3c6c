import { WEEKDAYS, MONTHS } from './calendar.js';
import { DEFINITE_ARTICLES, INDEFINITE_ARTICLES } from './function-words.js';
import { SENTENCE_OPENERS } from './stop-words.js';

/**
 * Who speaks when no person is named: a spokesperson, an organisation, an organ or a document (`ein Sprecher der
 * Seebank`, `die Seebank`, `der Gesamtbetriebsrat`, `in einer Mitteilung der Seebank`). Such a source is shown as the
 * text words it, never as a person guessed from the sentences around it.
 */

const DETERMINER = [...INDEFINITE_ARTICLES, ...DEFINITE_ARTICLES].join('|');
/** A small word between an article and its noun: `ein hochrangiger`, `das 40-köpfige`. */
const SMALL = String.raw`(?!(?:am|im|in|an|auf|vor|nach|bei|mit|zu|zum|zur|gegenüber)\s)[\p{Ll}\d][\p{L}\d.-]*`;
/** A capitalised word, an age as a noun or a title in marks: `Seebank`, `IG-Metall`, `61-Jährige`, `„Nordblick“`. */
const CAPITALISED = String.raw`(?:\p{Lu}[\p{L}\d.&-]*|\d{1,3}-\p{Lu}\p{Ll}+|[„«»"“]\p{Lu}[^„“”«»"]{0,40}[“”»«"])`;
const NOUN_GROUP = String.raw`(?:(?:${DETERMINER})\s+(?:${SMALL}\s+){0,2})?${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`;
/** What a source is of or from: `der Seebank`, `von Seebank`, `aus Konzernkreisen`, `im nahen Seeland`. */
const OF_OR_FROM = String.raw`\s+(?:der|des|von|vom|aus|bei|beim)\s+${NOUN_GROUP}`;
/** `im fernen Seeland`, `in Seeland`; not what it was said in (`in einem Nachruf`, `in seinem Brief`). */
const NOT_A_PLACE = String.raw`(?:${DETERMINER}|sein\p{L}*|ihr\p{L}*|unser\p{L}*)\s`;
const PLACED = String.raw`\s+(?:im|in)\s+(?!${NOT_A_PLACE})(?:${SMALL}\s+){0,2}${CAPITALISED}`;
const COMPLEMENT = `(?:${OF_OR_FROM}|${PLACED})?`;

/** The words that name a source, at the start of a text: a noun group and what it is of or from. */
export const SOURCE_PHRASE = new RegExp(String.raw`^\s*(${NOUN_GROUP}${COMPLEMENT})(?![\p{L}\d])`, 'u');

/**
 * Nouns that open a noun group but name no source: days and months (`am Montag`), parts of time, and pronouns and
 * adverbs that open sentences capitalised (`Er`, `Dann`).
 */
const NOT_SOURCES = new Set<string>([
  ...WEEKDAYS,
  ...MONTHS,
  'Anfang',
  'Ende',
  'Mitte',
  'Abend',
  'Morgen',
  'Nachmittag',
  'Vormittag',
  'Wochenende',
  'Woche',
  'Jahr',
  'Tag',
  'Nacht',
  'Zeit',
  // the words themselves: `so der Wortlaut`
  'Wortlaut',
  'Worte',
  'Zitat',
  'Satz',
]);
/** `Montagabend`, `Sonntagmorgen`: a day and its part. */
const DAY_PART = new RegExp(`^(?:${WEEKDAYS.join('|')})(?:abend|morgen|nachmittag|vormittag|nacht)?$`, 'u');

/**
 * The head of a source's noun group: its first capitalised word that is no article or preposition opening a sentence
 * (`Eine Sprecherin`, `In dem Bericht`), quotation marks left off; empty when there is none.
 */
export function sourceHead(phrase: string): string {
  return phrase.match(/(?:\d{1,3}-)?\p{Lu}[\p{L}\d.&-]*/gu)?.find((w) => !SENTENCE_OPENERS.has(w)) ?? '';
}

export const namesNoSource = (head: string): boolean => NOT_SOURCES.has(head) || DAY_PART.test(head);

/**
 * `„…“, hieß es aus Paris`, `heißt es in einer Mitteilung der Seebank`, and opening a lead-in, `In der Mitteilung heißt
 * es:`, `Aus Paris hieß es,`, `In dem Bericht ist von einer Gefahr die Rede:`: speech given to a place or a document.
 * The first group is the source after, the second the one before (up to any comma).
 */
const WHERE = 'in|im|aus|auf|vom|von|bei|beim';
const WHERE_OPENING = WHERE.replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
export const IT_SAYS = new RegExp(
  String.raw`(?:^\s*[,–—-]?\s*(?:so\s+)?(?:heißt|hieß)\s+es\s+(?:\p{Ll}+\s+){0,2}?` +
    String.raw`((?:${WHERE})\s+[^,.;:!?„“”«»]{2,60}))|` +
    String.raw`(?:^\s*((?:${WHERE_OPENING})\s+[^,:;]{2,80}?)(?:,[^:;]{0,100})?\s+` +
    String.raw`(?:(?:heißt|hieß)\s+es(?!\p{L})|(?:ist|war)\s+[^:;]{0,100}die\s+Rede\s*:))`,
  'u',
);

/**
 * `nach Angaben der Seebank`, `laut Darstellung des Verlags`, `nach Auffassung eines Gerichts`: a noun for what is said
 * or held, and whose it is. The source is the whole phrase, as the text words it.
 */
export const ACCORDING_TO = new RegExp(
  String.raw`(?<!\p{L})((?:[Nn]ach|[Ll]aut)\s+(?:(?:den|der|dem)\s+)?(?:eigenen\s+)?` +
    String.raw`(?:Worten|Angaben|Aussagen?|Darstellung(?:en)?|Auffassung|Ansicht|Einschätzung|Meinung|Informationen)` +
    String.raw`\s+(?:des|der|eines|einer|von|vom)\s+(?:${SMALL}\s+){0,2}${CAPITALISED}(?:\s+${CAPITALISED}){0,2})`,
  'u',
);
