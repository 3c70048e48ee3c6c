import { MONTH } from './calendar.js';
import { COUNT_WORDS, VAGUE_COUNT_WORDS } from './numbers.js';
import { PREPOSITIONS } from './function-words.js';
import { alternatives } from './patterns.js';

/**
 * How German news writes when something happened: parts of a year or month, years, yearless days, relative and
 * anchored dates, and the words that make a date a bound.
 */

/**
 * Expressions dated by another occasion, built from named parts:
 * `Vier Tage vor der Amtseinführung des Präsidenten`, `Wenige Stunden nach der Ankündigung von Nordhafen`,
 * `an seinem ersten Tag im Weißen Haus`.
 */
export const COUNT = `(?<count>${alternatives([...COUNT_WORDS, ...VAGUE_COUNT_WORDS], 'any case')}|\\d{1,3})`;

export const UNIT = '(?<unit>Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?)';

export const DATE_DETERMINER = '(?:der|dem|den|seiner|seinem|ihrer|ihrem)';

/** `Ankündigung von Nordhafen`, `Amtseinführung des Präsidenten`: a noun and what it is of. */
export const OCCASION =
  '(?<occasion>\\p{Lu}[\\p{L}-]*(?:\\s+(?:von|vom|des|der)\\s+(?:(?:dem|den|der)\\s+)?«?\\p{Lu}[\\p{L}.-]*»?)?)';

export const FIRST_DAY =
  '(?<first>ersten\\s+(?:Tag|Amtstag|Arbeitstag)(?:\\s+(?:im|in|' +
  'als)\\s+\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,2})?)';

/**
 * Words that make a date a bound, not when anything happens: `der frühestmögliche Termin wäre der 25. Dezember`,
 * `spätestens am Freitag`.
 */
export const BOUND_BEFORE_DATE =
  /(?:frühestmöglich\p{L}*|frühestens|spätestmöglich\p{L}*|spätestens)\s+(?:\p{L}+\s+){0,3}$/iu;

/**
 * `bis` before a date makes it a deadline or the end of a state, not when anything happened: `läuft bis 2027`,
 * `will bis 2030 … abbauen`, `bis zum Sommer`. After another date (`von Mai bis Juli`) it ends a period instead.
 */
export const DEADLINE_BEFORE =
  /(?<!\p{L})bis\s+(?:(?:zum|zur|Ende|Mitte|Anfang)\s+)?(?:(?:Sommer|Herbst|Winter|Frühjahr|Frühling)\s+)?$/iu;

/**
 * `zum 1. April`, `ab dem 1. Mai`, `per 1. Juli`: the day a deed takes effect from, not the day it was done, when the
 * clause dates it otherwise too (`hat am Montag die Erhöhung zum 1. April beschlossen`). Not `in der Nacht zum`, the
 * night before, nor `bis zum`, which ends a period.
 */
export const EFFECTIVE_BEFORE = /(?<!\p{L})(?<!(?:Nacht|bis)\s)(?:zum|ab(?:\s+dem)?|per)\s+$/iu;

/**
 * A date a plan is for: `für` before it and a word of planning after it, in its clause (`ist für 2019 geplant`, `die
 * für den 5. Mai angesetzte Wahl`, `sind für Montag angekündigt`). What it dates was planned for then; it may not
 * have happened (`Der für Dienstag geplante Parteitag fiel aus`).
 */
export const TARGET_BEFORE = /(?<!\p{L})für\s+(?:(?:den|die|das|dem)\s+)?$/iu;
const PLANNING = ['geplant', 'angesetzt', 'vorgesehen', 'terminiert', 'anberaumt', 'angekündigt'];
export const PLANNING_AFTER = new RegExp(
  String.raw`^[^,.;:]{0,60}?(?<!\p{L})(?:${PLANNING.join('|')})(?:e|en|er|es|em)?(?!\p{L})`,
  'iu',
);

/**
 * `von der Gründung bis zum April 2021`: `bis` after `von` or `zwischen` ends a period, whatever began it, in one
 * phrase: a finite verb between (`Die Sparte von Seebank will bis 2030 …`) leaves `von` another preposition.
 */
const FINITE_BETWEEN = 'will|wollen|soll|sollen|muss|müssen|kann|können|wird|werden|hat|haben|hatte|ist|sind|war|plant';
export const PERIOD_END_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:von|vom|zwischen)\s(?:(?!(?<!\p{L})(?:${FINITE_BETWEEN})\s)[^,;]){1,60}?\sbis\s+` +
    String.raw`(?:(?:zum|zur|Ende|Mitte|Anfang)\s+)?$`,
  'iu',
);

/** Between a weekday and the day it names: `am Mittwoch, den 24. Januar`, `Mittwoch 24. Januar`. */
export const DAY_APPOSITION = /^,?\s*(?:den\s+|dem\s+)?$/;

/**
 * `seit` and `ab` before a date begin a state or a rule (`seit 2011 spielt er …`, `gilt ab dem 1. Mai`): with no kind
 * of event in its sentence the date names no event.
 */
export const START_BEFORE =
  /(?<!\p{L})(?:seit|ab)\s+(?:de[mn]\s+)?(?:(?:Sommer|Herbst|Winter|Frühjahr|Frühling)\s+)?$/iu;

/**
 * `seit` a date inside a noun phrase, before its participle: `der erst seit Mai amtierende Chef`, `das seit Jahren
 * gültige Verbot`, `die seit Wochen geplante Reform`. It says since when the thing is as it is, a state: it dates
 * nothing the clause tells, whatever kind the noun names.
 */
export const SINCE_ATTRIBUTE_BEFORE =
  /(?<!\p{L})(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen)\s+(?:(?:erst|bereits|schon|noch)\s+)?$/iu;
export const SINCE_ATTRIBUTE_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+\p{Ll}+(?:t|en|end)(?:e|en|em|er|es)\s+\p{Lu}/u;

/**
 * A date inside a noun phrase, between its article and an adjective made of a participle: `der 2019 gegründete
 * Verein`, `einer im März erschienenen Studie`. It says when that thing became what it is, not what the clause did.
 */
export const ATTRIBUTIVE_BEFORE =
  /(?<!\p{L})(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen)\s+(?:(?:im|am)\s+)?$/iu;
export const ATTRIBUTIVE_AFTER = /^(?:\s+[\p{L}-]+){0,6}?\s+\p{Ll}+(?:t|en)(?:e|en|em|er|es)\s+\p{Lu}/u;
/** The same with a present participle: `der am 3. Mai stattfindenden Wahl`. */
export const PRESENT_PARTICIPLE_AFTER = /^(?:\s+[\p{L}-]+){0,3}?\s+\p{Ll}+end(?:e|en|em|er|es)\s+\p{Lu}/u;

/**
 * A year right after a noun that a preposition governs or that stands in the genitive: `nach der Flut 1997`,
 * `zu dem Feuer im Jahr 2011`, `die Siegerin des Seepreises im Jahr 2003`. It dates that thing, not the clause. A
 * `der` after a comma opens a relative clause (`Huber, der Weber 2001 verdrängt hatte`), whose verb the year dates.
 */
const GOVERNING_YEAR = alternatives([...PREPOSITIONS]);
export const YEAR_OF_NOUN_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:(?:${GOVERNING_YEAR})\s+(?:der|die|das|dem|den|des|einer|einem|eines)|` +
    String.raw`(?<!,\s*)(?:des|der))\s+` +
    String.raw`(?:\p{Ll}+(?:e|en|er|es|em)\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,2}(?:(?:im\s+Jahre?|anno)\s+)?$`,
  'u',
);

/**
 * A relative clause's opening, after its comma: `, die 2019 nach Berlin zog`, `, den der Verein 2020 holte`, `, in dem
 * …`. A pronoun, not an article: a small word or a number follows (`, die Bahn …` is an article and its noun).
 */
export const RELATIVE_OPENER = new RegExp(
  String.raw`^\s*(?:(?:mit|von|in|an|auf|bei|nach|für|über|unter|zu|seit)\s+)?` +
    String.raw`(?:der|die|das|dem|den|deren|dessen|denen)\s+(?:\p{Ll}|\d)`,
  'u',
);

/**
 * Nouns after a number that measure time, not a count: `um 13 Uhr`, `in den darauffolgenden 60 Tagen`. A duration or
 * a time of day is no figure to check.
 */
export const TIME_NOUN = /^(?:Uhr|Sekunden?|Minuten?|Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Jahrzehnte?n?)$/;

/** Which part of a year or month `Anfang 2015`, `Ende Februar` means. */
export const PART_WORDS: Record<string, 'early' | 'mid' | 'late'> = {
  anfang: 'early',
  beginn: 'early',
  mitte: 'mid',
  ende: 'late',
};

/** `Anfang Februar 2025`: an optional part before a month. */
export const PART_OF_MONTH = '(?:(Anfang|Mitte|Ende)\\s+)?';

/** `Ende 2015`, `Anfang des Jahres 2024`. */
export const PART_OF_YEAR = /\b(Anfang|Beginn|Mitte|Ende)\s+(?:des\s+Jahres\s+)?((?:19|20)\d{2})\b/gi;

/** A season of a year, which names it in German: `Frühjahr` and `Frühling` are one. Winter spans two years. */
export type Season = 'spring' | 'summer' | 'autumn';
export const SEASONS: Record<string, Season> = {
  frühjahr: 'spring',
  frühling: 'spring',
  sommer: 'summer',
  herbst: 'autumn',
};

/** `im Herbst 2022`, `Sommer 2013`, `im Frühjahr des Jahres 2024`: a season of a year, its word captured first. */
export const SEASON_OF_YEAR = new RegExp(
  String.raw`(?<![\p{L}-])(${Object.keys(SEASONS).join('|')})\s+(?:des\s+Jahres\s+)?((?:19|20)\d{2})(?!\d|[.,]\d)`,
  'giu',
);

/** `Ende desselben Jahres`: the year named last. */
export const PART_OF_SAME_YEAR = /\b(Anfang|Mitte|Ende)\s+(?:desselben|des\s+gleichen|dieses|jenes)\s+Jahres\b/gi;

/** A bare year, unless it is an amount (`2015 Dollar`) or part of a longer number. */
export const BARE_YEAR =
  /(?<![\d.,'’-])((?:19|20)\d{2})(?![\d.,'’]\d|\s*(?:Milliarden|Millionen|Mrd|Mio|Dollar|Euro|Franken|%|Prozent))/g;

/** Which year `kommenden Jahres` and the like mean, counted from the article's. */
export const RELATIVE_YEAR: Record<string, number> = {
  kommenden: 1,
  nächsten: 1,
  vergangenen: -1,
  letzten: -1,
  vorigen: -1,
  dieses: 0,
  diesen: 0,
};

/** `kommenden Jahres` after a day or a month, its word captured (see `RELATIVE_YEAR`). */
const WHICH_YEAR = String.raw`(?:\s+(${Object.keys(RELATIVE_YEAR).join('|')})\s+Jahres)?`;

/**
 * `am 15. Januar`, `(23. Februar)`, `am Abend des 6. November vergangenen Jahres`: a day of a month without its year,
 * perhaps with words that say which year, relative to the article's (`RELATIVE_YEAR`).
 */
export const YEARLESS_DAY = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})\.\s?${MONTH}(?!\s+(?:19|20)\d{2})${WHICH_YEAR}`,
  'g',
);

/**
 * `im März`, `Ende Januar`, `im Juni vergangenen Jahres`: a month without its year, after the words that make it a
 * time, perhaps with words that say which year (`RELATIVE_YEAR`).
 */
export const YEARLESS_MONTH = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|(Anfang|Mitte|Ende))\s+${MONTH}` +
    String.raw`(?!\s+(?:19|20)\d{2})(?![\p{L}])${WHICH_YEAR}`,
  'gu',
);

/** A year that names a thing rather than a time: `Haushalt 2025`, `Agenda 2010`, `Euro 2024`. */
export const NAMED_BY_YEAR =
  /(?<![\p{L}])(?:Haushalts?|Haushaltsjahr|Etats?|Budgets?|Agenda|Vision|Strategie|Expo|Euro|WM|EM|Jahrgang)\s*$/u;

/** `gestern`. */
export const YESTERDAY = /\bgestern\b/gi;

/** `am Montag`, `seit Dienstagabend`, given the weekday pattern. */
export const onWeekday = (weekday: string) =>
  new RegExp(`\\b(?:am|vom|seit)\\s+${weekday}(?:abend|morgen|nachmittag|mittag)?\\b`, 'gi');

/** `letzten Sonntag`, `am vergangenen Freitagabend`: the weekday before the day of writing, never that day itself. */
export const lastWeekday = (weekday: string) =>
  new RegExp(`\\b(?:am\\s+)?(?:vergangenen|letzten|vorigen)\\s+${weekday}(?:abend|morgen|nachmittag|mittag)?\\b`, 'gi');

/**
 * `am Freitag vergangener Woche`, `Mittwoch dieser Woche`, `am Montag der kommenden Woche`: a weekday of the calendar
 * week that its words count from the week of writing (`WEEK_SHIFT`, by the word's stem), captured second.
 */
export const weekdayOfWeek = (weekday: string) =>
  new RegExp(
    `\\b(?:am\\s+|des\\s+)?${weekday}s?(?:abend|morgen|nachmittag|mittag)?\\s+(?:der\\s+)?` +
      `(vergangen|letzt|vorig|dies|kommend|nächst)(?:e[rn]?)\\s+Woche\\b`,
    'gi',
  );
/** How many calendar weeks from the week of writing a `weekdayOfWeek` names, by its word's stem. */
export const WEEK_SHIFT: Record<string, number> = {
  vergangen: -1,
  letzt: -1,
  vorig: -1,
  dies: 0,
  kommend: 1,
  nächst: 1,
};

/** `am kommenden Freitag`, `nächsten Montag`: the weekday after the day of writing, never that day itself. */
export const nextWeekday = (weekday: string) =>
  new RegExp(`\\b(?:am\\s+)?(?:kommenden|nächsten)\\s+${weekday}(?:abend|morgen|nachmittag|mittag)?\\b`, 'gi');

/**
 * What is set `für Montag` (`rief für Montag zum Streik auf`, `die für Mittwoch geplante Kundgebung`): that weekday
 * ahead of the writing, or the day of writing itself.
 */
export const forWeekday = (weekday: string) =>
  new RegExp(`\\bfür\\s+(?:den\\s+)?${weekday}(?:abend|morgen|nachmittag|mittag)?\\b`, 'gi');

/**
 * A clause that tells what someone means or is meant to do (`will am Montag eine Vorlage präsentieren`, `soll am
 * Freitag absolviert werden`): a weekday in it lies ahead. Not one that reports a past by hearsay (`soll sich am
 * Samstag ereignet haben`, `die am Freitag getötet worden sein sollen`).
 */
export const INTENDED = /(?<!\p{L})(?:will|wollen|soll|sollen)(?!\p{L})/u;
/**
 * A clause told in the future or the present passive by `wird`, `werden` (`wird am Sonntag abgestimmt`, `werden am
 * Montag beraten`): a weekday in it lies ahead; not a passive of the past (`ist … gewählt worden`).
 */
export const FUTURE_AUXILIARY = /(?<!\p{L})(?:wird|werden)(?!\p{L})/u;
export const HEARSAY_PAST =
  /(?<!\p{L})(?:worden|gewesen)(?!\p{L})|(?<!\p{L})(?:haben|sein)(?:\s+(?:soll|sollen|will|wollen))?\s*$/u;

/**
 * A clause told in the past by its auxiliary (`wurde im April festgenommen`, `war im Mai gekommen`, `hatte im Juni
 * gesagt`): a day or month in it without its year lies before the day of writing, however near the next one is.
 */
export const TOLD_IN_THE_PAST = /(?<!\p{L})(?:wurde|wurden|war|waren|hatte|hatten)(?!\p{L})/u;

/**
 * A sentence that opens on the present (`Jetzt wurde er verhaftet`, `Nun hat die Stadt …`) tells of the time of
 * writing, not of the time the sentence before it named.
 */
export const NOW_OPENER = /^\s*(?:Jetzt|Nun|Nunmehr)(?!\p{L})/u;

/** `vor drei Tagen`. */
export const DAYS_AGO = new RegExp(String.raw`\bvor\s+(${alternatives(COUNT_WORDS)}|\d{1,2})\s+Tage?n?\b`, 'gi');

/** `am Wochenende`, `am vergangenen Wochenende`: news reports the weekend just past. */
export const LAST_WEEKEND = /\b[Aa]m\s+(?:vergangenen\s+|letzten\s+)?Wochenende\b/g;

/** `vergangene Woche`. */
export const LAST_WEEK = /\b(?:vergangene|letzte|vorige)\s+Woche\b/gi;

/** `vor ein paar Jahren`: in the past, no date. */
export const VAGUELY_AGO = new RegExp(
  String.raw`\bvor\s+(?:${alternatives([...VAGUE_COUNT_WORDS, ...COUNT_WORDS])}|\d+)\s+(?:Jahren|Monaten|Wochen)\b`,
  'gi',
);

/** `gut eine Woche`, `knapp 14 Tage`: a count that is only about right. */
export const APPROXIMATE_COUNT = '(?<approx>[Gg]ut|[Kk]napp|[Rr]und|[Ee]twa|[Uu]ngefähr|[Ff]ast)\\s+';

/** `Vier Tage vor der Amtseinführung`: which way an anchored count goes. */
export const ANCHOR_DIRECTION = '(?<dir>vor|nach)';

/** `An seinem ersten Tag im Amt`. */
export const ON_FIRST_DAY_OF = '[Aa]n\\s+(?:seinem|ihrem|dem)';

/** The time units of an anchored count (`Vier Tage vor …`), by their stem. */
export const UNIT_STEMS = [
  [/^Stunde/, 'hours'],
  [/^Tag/, 'days'],
  [/^Woche/, 'weeks'],
  [/^Monat/, 'months'],
  [/^Jahr/, 'years'],
] as const;

/** A unit a date is counted from another in: `drei Tage nach`. */
export type AnchorUnit = (typeof UNIT_STEMS)[number][1];
