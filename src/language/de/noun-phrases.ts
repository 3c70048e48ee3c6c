import { MONTHS, WEEKDAYS } from './calendar.js';
import { TIME_NOUN } from './dates.js';
import { capitalised } from './patterns.js';

/**
 * How German writes the noun phrase a verb takes as its object, for a headline's `what`: `kündigte massiven
 * Widerstand an`, `hat die neuen Zahlen veröffentlicht`, `das veröffentlichte Gutachten`.
 */

/** Small words that end like an adjective but are none: articles, pronouns, conjunctions, adverbs. */
const NOT_ADJECTIVES =
  '(?:der|des|dem|den|die|das|eine|einer|eines|einem|einen|seine|seiner|seines|seinem|seinen|ihre|ihrer|ihres|' +
  'ihrem|ihren|unsere|unserer|unseren|diese|dieser|dieses|diesem|diesen|jene|jener|aber|oder|über|unter|hinter|' +
  'wieder|immer|weiter|später|sehr|eher|gerne|heute|alle|alles|beide|keine|keiner|keinen|welche|welcher|' +
  // Verbs that end so: `haben`, `hatte`, `wurden`.
  'haben|hatte|hatten|habe|werden|wurde|wurden|würde|würden|waren|wären|sollen|sollte|sollten|wollen|wollte|' +
  'wollten|können|konnte|konnten|müssen|musste|mussten|dürfen|durfte)';

/**
 * A participle used as an adjective, between a determiner and its noun: `der entlassene Trainer`, `die
 * gewählte Bürgermeisterin`. It names someone by what befell them, at some time the clause does not give.
 * `ATTRIBUTE_BEFORE` reads the text up to the word (a determiner, at most one word between, not one that says when),
 * `PARTICIPLE_AS_ADJECTIVE` the word, `ATTRIBUTE_AFTER` the text after it (an adjective at most, then the noun).
 */
const DETERMINERS = ['der', 'die', 'das', 'dem', 'den', 'des', 'ein', 'eine', 'einer', 'eines', 'einem', 'einen']
  .concat(['sein', 'ihr', 'dies'].flatMap((stem) => ['e', 'em', 'en', 'er', 'es'].map((end) => stem + end)))
  .flatMap((w) => [w, capitalised(w)]);
/** Words that say when, between a determiner and its participle (`die gestern vorgestellte Studie`). */
const WHEN_WORDS = 'heute|gestern|vorgestern|kürzlich|jüngst|neulich|soeben|zuvor|damals|einst|vorher|eben|erst|jetzt';
export const ATTRIBUTE_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:${DETERMINERS.join('|')})\s+(?:(?!(?:${WHEN_WORDS})\s)\p{Ll}+\s+)?$`,
  'u',
);
export const PARTICIPLE_AS_ADJECTIVE = /^\p{Ll}+(?:t|en)(?:e|en|em|er|es)$/u;
export const ATTRIBUTE_AFTER = /^\s+(?:\p{Ll}+(?:e|en|em|er|es)\s+)?\p{Lu}/u;

/**
 * The noun phrase `mit` governs, article and all, as a headline can repeat it after `mit`: `mit einem neuen Plan`
 * gives `einem neuen Plan`. Group: `phrase`.
 */
export const WITH_NOUN_PHRASE = new RegExp(
  String.raw`(?<!\p{L})mit\s+(?<phrase>(?:einem|einer|dem|der|den|seinem|seiner|seinen|ihrem|ihrer|ihren)\s+` +
    String.raw`(?:(?!${NOT_ADJECTIVES}\s)\p{Ll}{3,}(?:e|en|er|es)\s+){0,2}` +
    String.raw`\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)(?!\p{L})`,
  'u',
);

/**
 * A noun phrase that can be an accusative object: an article or possessive that can be accusative (never `dem`, `der`,
 * `des`: a dative or a genitive), up to two adjectives, a capitalised noun; or words in quotation marks.
 * Groups: `article`, `adjectives`, `noun`, `quoted`.
 */
export const OBJECT_NOUN_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(?<article>die|das|den|ein|eine|einen|sein|seine|seinen|ihr|ihre|ihren)\s+)?` +
    String.raw`(?<adjectives>(?:(?!${NOT_ADJECTIVES}\s)\p{Ll}{3,}(?:e|en|er|es)\s+){0,2})` +
    String.raw`(?<noun>\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)(?!\p{L})|` +
    String.raw`[„“"»](?<quoted>[^„“”"»«]{3,60})[“”"«]`,
  'gu',
);

/**
 * Adjectives that point back rather than describe (`den besagten Verein`, `die genannten Staaten`, `einen
 * entsprechenden Entwurf`, `derartige Pläne`): a headline names the thing without them.
 */
export const REFERRING_ADJECTIVE =
  /(?<!\p{L})(?:besagt|genannt|erwähnt|vorgenannt|obig|betreffend|fraglich|entsprechend|derartig)(?:e|en|er|es)\s+/giu;

/** A dative or genitive article, or a preposition fused with one, right before: `dem ersten Jahr`, `zur Wahl`. */
export const NOT_ACCUSATIVE_BEFORE = /(?<!\p{L})(?:dem|der|des|einem|einer|eines|zum|zur|im|am|beim|vom)\s+$/iu;

/** Nouns that say when, not what: `am Montag`, `im Januar`, `zwei Jahre`. */
export const isTimeNoun = (noun: string) =>
  TIME_NOUN.test(noun) ||
  (MONTHS as readonly string[]).includes(noun) ||
  WEEKDAYS.some((d) => noun.startsWith(d)) ||
  /^(?:Abend|Morgen|Nacht|Wochenende|Vormittag|Nachmittag|Mittag)$/.test(noun);

/** Nouns that measure an amount after a number (`17 Prozent`, `3 Millionen`): an amount, not a thing. */
export const MEASURE_NOUN = new RegExp(
  String.raw`^(?:Prozent|Prozentpunkte?n?|Euro|Dollar|Franken|Pfund|Cent|Million(?:en)?|Milliarden?|Mrd|Mio|` +
    String.raw`Tonnen?|Meter|Kilometer|Kilogramm|Grad|Punkte?n?|Stück)$`,
);

/**
 * Words in quotation marks that can be a thing: a noun, perhaps two, after at most two adjectives (`„massiven
 * Widerstand“`), not a fragment of speech (`„trotz aller Bedenken“`, `„hatte das Land“`).
 */
export const QUOTED_THING = new RegExp(
  String.raw`^(?:(?!${NOT_ADJECTIVES}\s)\p{Ll}{3,}(?:e|en|er|es)\s+){0,2}\p{Lu}\p{Ll}+(?:[\s-]\p{Lu}\p{Ll}+)?$`,
  'u',
);
