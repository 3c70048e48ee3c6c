import { formsOf } from './de/conjugation.js';
import { VERBS } from './de/verbs.js';
import { MONTH } from './de/calendar.js';
import { COUNT_WORDS, SCALE_ROWS, VAGUE_COUNT_WORDS } from './de/numbers.js';
import {
  AUXILIARIES,
  CONTINUING_ADVERBS,
  COORDINATING_CONJUNCTIONS,
  DEFINITE_ARTICLES,
  DEMONSTRATIVES,
  FUNCTION_WORDS_CAPITALISED,
  PARTICLES,
  PRONOUNS,
  SUBORDINATING_CONJUNCTIONS,
  possessives,
} from './de/function-words.js';

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
function alternatives(words: readonly string[], anyCase?: 'any case'): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, String.raw`\s+`))
    .map((w) => (anyCase ? `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}` : w))
    .join('|');
}

const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const SUBJECTS = [PRONOUNS.masculine.subject, PRONOUNS.feminine.subject];
const POSSESSIVES = possessives([PRONOUNS.masculine.possessive, PRONOUNS.feminine.possessive]);
/** Every form that points back to a man (`er`, `ihn`, `ihm`, `seinem`), and to a woman or a plural. */
const MASCULINE = [
  PRONOUNS.masculine.subject,
  ...PRONOUNS.masculine.objects,
  ...possessives([PRONOUNS.masculine.possessive]),
];
const FEMININE = [
  PRONOUNS.feminine.subject,
  ...PRONOUNS.feminine.objects,
  ...possessives([PRONOUNS.feminine.possessive]),
];

// ── corpus/clean.ts ──

/** Interface text of websites and comment systems, matched against a whole line. */
export const CHROME_LINES: RegExp[] = [
  /^(?:(?:dark|light) mode\s*)+$/i,
  /^(?:add a comment\s*)+$/i,
  /^(?:schreibe|hinterlasse) einen kommentar$/i,
  /^leave a (?:comment|reply)$/i,
  /e-mail-adresse wird nicht veröffentlicht/i,
  /^your email address will not be published/i,
  /^artikel (?:anhören|vorlesen|teilen|drucken|merken)$/i,
  /^(?:teilen|drucken|merken|zurück|weiter|menü|menu|suche|search|login|anmelden|abonnieren)$/i,
  /^(?:zum )?(?:newsletter|kommentare?)(?: anmelden| lesen)?$/i,
];

/** Lines after which the page shows other content: related posts, partner blocks, comment forms. */
export const FOOTER_MARKERS: RegExp[] = [
  /^(?:previous|next) (?:post|article)$/i,
  /^(?:vorheriger|nächster) (?:beitrag|artikel)$/i,
  /^mehr zum thema$/i,
  /^(?:das könnte sie auch interessieren|weitere artikel|related (?:posts|articles))$/i,
  /^unsere partner$/i,
  /^(?:anzeige|werbung|advertisement|sponsored)$/i,
  /^(?:add a comment\s*)+$/i,
  /^(?:schreibe|hinterlasse) einen kommentar$/i,
];

/**
 * An agency's credit closing a caption or a line: `(IMAGO / ZUMA Wire)`, `(dpa)`, `Foto: Reuters`.
 * Names of picture agencies, so `(Huber)` or `(Seebank)` at a line's end stay text.
 */
export const AGENCY_CREDIT = new RegExp(
  String.raw`\s*\((?:IMAGO|imago|dpa|AFP|Reuters|AP Photo|AP|Keystone|` +
    String.raw`KEYSTONE|Getty Images|picture alliance|EPA|Bloomberg|` +
    String.raw`Shutterstock|AWP|SDA|APA|KNA|epd|dts|AFX)\b[^()]{0,80}\)\s*$`,
  '',
);

/**
 * An agency's sign-off after a report's last sentence: `… Deutschlands. dpa/gf`, `… lehnte dies ab./abc/DP/mis`.
 */
export const AGENCY_SIGNOFF = new RegExp(
  String.raw`(?<=[.!?»“"])\s*(?:(?:dpa|AFP|AWP|Reuters|APA|SDA|KNA|epd|dts|AP)(?:/[\p{L}]{1,5}){0,4}|` +
    String.raw`(?:/[\p{L}]{1,5}){2,5})\s*$`,
  'u',
);

/** A caption that ends in its photo credit, e.g. `… der USA. Bild: keystone`. */
export const CAPTION_CREDIT =
  /(?:^|\s)(?:Bild|Bilder|Foto|Fotos|Grafik|Illustration|Quelle|Image|Photo|Credit)\s*:\s*[^.!?:]{1,40}$/i;

/** A bare credit line such as `jensenartofficial (CC0), Pixabay` or `screenshot x`. */
export const CREDIT_LINE =
  /\((?:CC0|CC[ -]BY[^)]*|public domain)\)|\b(?:pixabay|unsplash|getty images|shutterstock|imago|istock|screenshot)\b/i;

/** A byline glued to the end of a line: `…Ein Kommentar.Stephan Scheuer 11.02.2025 - 15:40 Uhr`. */
export const TRAILING_BYLINE =
  /(?<=[.!?]|^)\s*(?:[A-ZÄÖÜ][\p{Ll}-]+ ){1,3}\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[-–]\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?\s*$/u;

/** A video's date and length glued to the end of a line: `… fordern.13.01.2025 | 1:34 min`. */
export const TRAILING_VIDEO_STAMP = /(?<=[.!?]|^)\s*\d{1,2}\.\d{1,2}\.\d{2,4}\s*\|\s*\d{1,2}:\d{2}\s*min\s*$/u;

/** Words that begin German sentences and never continue a brand name: the function words, capitalised. */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(FUNCTION_WORDS_CAPITALISED);

// ── corpus/segment.ts ──

/**
 * Abbreviations after which ICU's German sentence segmenter wrongly ends a sentence
 * (`97,4 Mrd. Dollar`, `z. B.`); matched case-insensitively at the end of a segment.
 */
export const ABBREVIATIONS = [
  'mrd',
  'mio',
  'tsd',
  'bzw',
  'ca',
  'dr',
  'prof',
  'nr',
  'st',
  'vgl',
  'inkl',
  'evtl',
  'ggf',
  'sog',
  'bspw',
  'abs',
  'jh',
  'jhd',
  'etc',
  'mr',
  'mrs',
  'ms',
  'hr',
  'fr',
  'u',
  'a',
  'z',
  'b',
  'd',
  'h',
  'o',
  's',
  'v',
  'chr',
  'bn',
  'mn',
  'vs',
  'ehem',
  'gest',
  'geb',
  'str',
  'tel',
  'zit',
  'ff',
  'usd',
  'eur',
  'ag',
  'co',
  'inc',
  'ltd',
];

// ── extract/dates.ts ──

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

// ── extract/events.ts ──

/** `er`, `Sie`: a subject that points back to a person. */
export const SUBJECT_PRONOUN = new RegExp(String.raw`\b(${alternatives(SUBJECTS, 'any case')})\b`);

export const POSSESSIVE_PRONOUN = new RegExp(String.raw`\b(?:${alternatives(POSSESSIVES)})\b`, 'i');

/** A finite plural verb right before or after `sie` (`trafen sie`, `sie gründeten`); articles are not verbs. */
export const PLURAL_VERB = new RegExp(
  String.raw`(?:\b(?!(?:einen|keinen|den|denen|ihnen|einem)\b)\p{Ll}+(?:en|` +
    String.raw`ten)\s*\|)|(?:\|\s*(?!(?:einen|keinen|den|denen|ihnen|` +
    String.raw`einem)\b)\p{Ll}+(?:en|ten)\b)`,
  'u',
);

export const BOTH = /\b(?:[Dd]ie\s+beiden|[Bb]eide)\b/;

/** `das Unternehmen`, `die Plattform`: words that point back to a company named before. */
export const EVENT_ORG_ANAPHOR = new RegExp(
  String.raw`\b(?:das|dem|des|die|der)\s+(?:soziale\s+)?(?:Unternehmens?|` +
    String.raw`Firma|Organisation|Plattform|Netzwerks?|Projekts?|Konzerns?)\b|` +
    String.raw`\bes\b`,
  '',
);

/** A publication reporting is not an event: `So schrieb das «Wall Street Journal» vergangene Woche`. */
/** A purpose clause, `um … zu` up to its verb: `um Neuwahlen zu ermöglichen`, `um Nordhafen anzukündigen`. */
export const PURPOSE_CLAUSE = /(?<![\p{L}])um\s+[^,.;:]*?(?:\bzu\s+\p{L}+|\p{L}+zu\p{L}+en\b)/gu;

/** Words of a plan or an expectation rather than of something done: `soll … abstimmen`, `voraussichtlich`. */
export const PLANNED = /\b(?:soll|sollen|will|wollen|wird|werden|geplant|plant|planen|voraussichtlich|könnten?)\b/;

/** Between a name and its bracketed affiliation: `Paul Berger (`, `Berger (66, `. */
export const AFFILIATION_BEFORE = /^\s*\((?:[^()]{0,30},\s*)?$/;
/** After the affiliation: `)`, or `, …)` with more in the same brackets. */
export const AFFILIATION_AFTER = /^\s*(?:,[^()]{0,30})?\)/;

/** Conjunctions that open a clause with its own subject: `während die Grünen … fordern`, `weil`, `obwohl`. */
export const SUBORDINATE_OPENER = new RegExp(String.raw`^\s*(?:${alternatives(SUBORDINATING_CONJUNCTIONS)})\s+`, 'i');

/** A sentence that opens with a pronoun or demonstrative needs the one before to be understood. */
export const LEANS_ON_BEFORE = new RegExp(
  String.raw`^\s*(?:${alternatives([...DEMONSTRATIVES, ...SUBJECTS, 'es'].map(capitalised))})\s`,
);

/** A sentence that begins with a demonstrative continues the one before: `Diese könnten dann im März stattfinden.` */
export const DEMONSTRATIVE_OPENER = new RegExp(String.raw`^\s*(?:${alternatives(DEMONSTRATIVES.map(capitalised))})\s`);

/**
 * Words that make a date a bound, not when anything happens: `der frühestmögliche Termin wäre der 25. Dezember`,
 * `spätestens am Freitag`.
 */
export const BOUND_BEFORE_DATE =
  /(?:frühestmöglich\p{L}*|frühestens|spätestmöglich\p{L}*|spätestens)\s+(?:\p{L}+\s+){0,3}$/iu;

/**
 * Passive voice beside a dismissal: its one person is the one dismissed (`dass Muster zunächst entlassen … wurde`).
 */
export const PASSIVE_AUXILIARY = new RegExp(String.raw`\b(?:${alternatives(AUXILIARIES.werden)})\b`);

/** After the word for a dismissal, who was dismissed: `die Entlassung von Roth`, `entließ Roth`. */
export const DISMISSED_AFTER = /^\S*\s+(?:(?:von|des|der)\s+)?(?:\p{L}+\s+){0,2}$/u;

/** An outlet reporting: `berichtete`, `meldet`, `schrieb`. */
export const REPORTING_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${formsOf(VERBS, 'report', 'finite').join('|')})(?!\p{L})`,
  'u',
);

// ── extract/figures.ts ──

/** A date or a time is not a figure: `11.02.2025`, `15:40`, `21. Jahrhundert`. */
export const NOT_A_FIGURE_AFTER = new RegExp(String.raw`^(?:\.\d|:\d|\.\s*(?:Jahrhundert|Jh|${MONTH}))`, '');

/**
 * A capitalised noun right after a bare number, perhaps behind one adjective, is what it counts (`1'000 neue Stellen`).
 */
export const COUNTED_NOUN =
  /^\s(?:(?!(?:des|der|dem|den|die|das|eine[snmr]?)\s)\p{Ll}+e[nrsm]?\s)?(\p{Lu}[\p{Ll}äöüß]+(?:-\p{L}+)?)/u;

/**
 * Nouns after a number that measure time, not a count: `um 13 Uhr`, `in den darauffolgenden 60 Tagen`. A duration or
 * a time of day is no figure to check.
 */
export const TIME_NOUN = /^(?:Uhr|Sekunden?|Minuten?|Stunden?|Tage?n?|Wochen?|Monate?n?|Jahre?n?|Jahrzehnte?n?)$/;

/** Nouns a number labels rather than counts: `Artikel 112 des Grundgesetzes`, `Paragraf 5`, `Platz 2`. */
export const LABEL_BEFORE_NUMBER = new RegExp(
  String.raw`(?<!\p{L})(?:Artikel|Art\.|Paragrafe?n?|Paragraphe?n?|§|Absatz|Abs\.|Nummer|Nr\.|Kapitel|Seite|` +
    String.raw`Platz|Punkt|Folge|Staffel|Band)\s*$`,
  'u',
);

/**
 * `Vier Männer stimmten mit Nein und zwei enthielten sich`: a bare number joined to a count and followed by its
 * verb shares the count's noun. What stands between the two: the rest of the first clause, then `und` or a comma.
 */
export const SHARED_COUNT_JOIN = /(?:\s+und|,)\s*$/;

// ── extract/people.ts ──

/** `mit Ausnahme von Tim Lang`, `außer Lang`: a person named as the exception does not act. */
export const EXCEPTED_BEFORE =
  /(?:mit\s+Ausnahme\s+(?:von|des|der)|außer|bis\s+auf|ausgenommen)\s+(?:\p{L}+\s+){0,2}$/u;

export const ADDRESSEE_BEFORE = /(?:gegenüber|an)\s+(?:dem|den|der|die)?\s*(?:\p{L}+\s+){0,2}$/u;

// ── extract/quotes.ts ──

/** Any form of a speech verb (`sagte`, `gesagt`, `erwidere`), from the verb table. */
export const SPEECH_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${formsOf(VERBS, 'speech', 'all').join('|')})(?!\p{L})`,
  'iu',
);
/** A speech verb as a clause's finite verb (`sagte`, `poltert`). */
const SPEECH_FINITE = formsOf(VERBS, 'speech', 'finite').join('|');

export const NAMING_VERB =
  /\b(?:heißt|heisst|hieß|hiess|namens|sogenannt\w*|so genannt\w*|Titel|Name[ns]?|taufte|getauft)\b/i;

/** Words a name or title may hold uncapitalised: `Bank of America`, `Haus der Geschichte`, `Ärzte für Afrika`. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...['of', 'the', 'and', 'for', 'a', 'an', 'in', 'on', 'to', 'de', 'la', '&'],
  ...DEFINITE_ARTICLES,
  ...['von', 'und', 'für'],
]);

/** An intro with no subject of its own continues the previous sentence's (`Und wurde dann … deutlich:`). */
export const SUBJECTLESS = new RegExp(
  String.raw`^\s*(?:(?:und|dann|doch|aber|später|daraufhin)\s+)*` +
    String.raw`(?:wurde|war|hat|hatte|legte|${SPEECH_FINITE})(?!\p{L})`,
  'iu',
);

/** Reporting verbs that follow a quotation (`«…», polterte Huber`): `so`, and a speech verb's finite forms. */
const TRAILING_SPEECH_VERBS = `so|${SPEECH_FINITE}`;

/** The clause after a quotation that says who spoke: `«…», sagte Huber`; it ends before the next quotation. */
export const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^\s*[,–—-]?\s*(?:${TRAILING_SPEECH_VERBS})\s+([^.!?„“”«»‹›"]{2,80})`,
  'i',
);

/**
 * Between the two halves of an interrupted quotation: `, sagte Eva Muster, ` (no sentence end). A quoted name in
 * it stands without its marks (`, so der Wortlaut laut Spiegel, `).
 */
export const INTERRUPTION = new RegExp(
  String.raw`^\s*[,–—]\s*(?:${TRAILING_SPEECH_VERBS}|fügte\s+\S+\s+hinzu)\s+[^.!?„“”«»‹›"]{2,80},\s*$`,
  'i',
);

/**
 * What makes a sentence report speech, so that words quoted inside it are someone's (a partial quotation) and not
 * a word the writer marks (a term, `über eine «außerplanmäßige Ausgabe» finanzieren`): a speech verb, a noun for
 * what was said or filed (`Vorwürfe`, `Klage`), Konjunktiv I of reported speech (`Roth sei „verantwortungslos“`),
 * or `so`/`laut` with a source.
 */
export const SPEECH_NOUN = new RegExp(
  String.raw`(?<!\p{L})(?:Vorw[uü]rf\p{L}*|Klage\p{L}*|Kritik|Botschaft|Aussage\p{L}*|Worte\p{L}*|Wortlaut|` +
    String.raw`Forderung\p{L}*|Interview\p{L}*|Rede|Brief|Tweet\p{L}*|Stellungnahme|Erklärung)(?!\p{L})`,
  'u',
);
export const REPORTED_SPEECH = new RegExp(
  String.raw`(?<!\p{L})(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gehe|stehe|gebe|liege|komme|` +
    String.raw`fehle|bleibe|brauche|wisse)(?!\p{L})|(?:^|,\s*)(?:so|laut)\s+\p{Lu}`,
  'u',
);

/**
 * Words that continue the sentence before (`Aber dann müssten «…», sagte der Kanzler.`): a quotation they follow
 * belongs to the same speech.
 */
export const CONTINUING_OPENER = new RegExp(
  String.raw`^\s*(?:${alternatives([...COORDINATING_CONJUNCTIONS, ...CONTINUING_ADVERBS])})\s`,
  'i',
);

/** Nouns that name a quotation as a title rather than speech: `"…", "…" – ein Auszug der Schlagzeilen`. */
export const TITLE_NOUN =
  /(?<!\p{L})(?:Schlagzeilen?|Überschrift(?:en)?|Headlines?|Motto|Slogans?|(?:mit|unter) dem Titel)(?!\p{L})/u;

// ── extract/subject.ts ──

/**
 * A purchase said conditionally or announced is an offer, not a sale that happened: `wir würden
 * Alpenpost für 9,74 Milliarden kaufen`, `…, wenn du möchtest`, `kündigte … den Kauf … an`.
 */
export const OFFERED = /\bwürden?\b|\bwenn\b|\bkündigte\b|\bAbsicht\b|\bwill\b|\bwollen\b|\bwould\b|\bif\b/i;

/** `er`, `sie`, `seine`: a pronoun that can stand for who acts. */
export const ACTOR_PRONOUN = new RegExp(String.raw`\b(?:${alternatives([...SUBJECTS, ...POSSESSIVES])})\b`, 'i');

/** `das soziale Netzwerk`, `die Plattform`, `des Projekts`: words that point back to a company named before. */
export const FIGURE_ORG_ANAPHOR = new RegExp(
  String.raw`\b(?:das|dem|des|die|der|diese[mnrs]?)\s+(?:soziale[mn]?\s+)?(?:Unternehmens?|` +
    String.raw`Firma|Organisation|Plattform|Netzwerks?|Projekts?|Konzerns?|` +
    String.raw`Dienstes?)\b`,
  '',
);

/**
 * A name right after these is what the deal, the value or the money is for (`Angebot für Seebank`, `Wert von Seebank`).
 */
export const GOVERNS = new RegExp(
  String.raw`(?:\bfür|\bvon|\büber|\bin|\bdes|\bder|\bÜbernahme|\bKauf|` +
    String.raw`\bKontrolle\s+über|\bfor|\bof)\s+(?:(?:den|die|das|dem|` +
    String.raw`der)\s+)?(?:[\p{L}-]+\s+)?$`,
  'u',
);

/**
 * A name right after these is where or beside what something happened, not what it is about (`das Unternehmen hinter
 * ChatGPT`).
 */
export const ASIDE =
  /(?:\bhinter|\bbei|\bauf|\bwie|\bneben|\bmit)\s+(?:(?:den|die|das|dem|der)\s+)?(?:[\p{L}-]+\s+)?$/u;

// ── index/build.ts ──

/** Sentence openers and other capitalised words that say nothing about a topic. */
export const NOT_TOPICS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS_CAPITALISED,
  ...VAGUE_COUNT_WORDS.map(capitalised),
  ...['Jahr', 'Jahre', 'Jahren', 'Ende', 'Anfang', 'Mitte'],
]);

// ── factcheck/claim.ts ──

export const CLAIM_STOP_WORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS_CAPITALISED.map((w) => w.toLowerCase()),
  ...Object.values(AUXILIARIES).flat(),
  ...PARTICLES,
  ...'with that this from have were what when which their there about dollar euro'.split(' '),
  ...SCALE_ROWS.flatMap((r) => [r.de.one, r.de.many, r.en.word]).map((w) => w.toLowerCase()),
]);

// ── words the rules above used inline ──

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
/** `Ende desselben Jahres`: the year named last. */
export const PART_OF_SAME_YEAR = /\b(Anfang|Mitte|Ende)\s+(?:desselben|des\s+gleichen|dieses|jenes)\s+Jahres\b/gi;
/** A bare year, unless it is an amount (`2015 Dollar`) or part of a longer number. */
export const BARE_YEAR =
  /(?<![\d.,'’-])((?:19|20)\d{2})(?![\d.,'’]\d|\s*(?:Milliarden|Millionen|Mrd|Mio|Dollar|Euro|Franken|%|Prozent))/g;
/**
 * `am 15. Januar`, `(23. Februar)`, `am Abend des 6. November vergangenen Jahres`: a day of a month without its year,
 * perhaps with words that say which year, relative to the article's (`RELATIVE_YEAR`).
 */
export const YEARLESS_DAY = new RegExp(
  String.raw`(?<![\d.])(\d{1,2})\.\s?${MONTH}(?!\s+(?:19|20)\d{2})(?:\s+(kommenden|nächsten|vergangenen|letzten|` +
    String.raw`vorigen|dieses|diesen)\s+Jahres)?`,
  'g',
);
/** `im März`, `Ende Januar`: a month without its year, after the words that make it a time. */
export const YEARLESS_MONTH = new RegExp(
  String.raw`(?<![\p{L}])(?:[Ii]m|[Ss]eit|[Bb]is|[Aa]b|(Anfang|Mitte|Ende))\s+${MONTH}(?!\s+(?:19|20)\d{2})(?![\p{L}])`,
  'gu',
);
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
/** A year that names a thing rather than a time: `Haushalt 2025`, `Agenda 2010`, `Euro 2024`. */
export const NAMED_BY_YEAR =
  /(?<![\p{L}])(?:Haushalts?|Haushaltsjahr|Etats?|Budgets?|Agenda|Vision|Strategie|Expo|Euro|WM|EM|Jahrgang)\s*$/u;
/** `gestern`. */
export const YESTERDAY = /\bgestern\b/gi;
/** `am Montag`, `seit Dienstagabend`, given the weekday pattern. */
export const onWeekday = (weekday: string) =>
  new RegExp(`\\b(?:am|vom|seit)\\s+${weekday}(?:abend|morgen|nachmittag|mittag)?\\b`, 'gi');
/** `vor drei Tagen`. */
export const DAYS_AGO = new RegExp(String.raw`\bvor\s+(${alternatives(COUNT_WORDS)}|\d{1,2})\s+Tage?n?\b`, 'gi');
/** `vergangene Woche`. */
export const LAST_WEEK = /\b(?:vergangene|letzte|vorige)\s+Woche\b/gi;
/** `vor ein paar Jahren`: in the past, no date. */
export const VAGUELY_AGO = new RegExp(
  String.raw`\bvor\s+(?:${alternatives([...VAGUE_COUNT_WORDS, ...COUNT_WORDS])}|\d+)\s+(?:Jahren|Monaten|Wochen)\b`,
  'gi',
);
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
/** A pronoun that says whom it means: `er`, `sein` (a man), `sie`, `ihr` (a woman). */
export const GENDERED_PRONOUN = new RegExp(String.raw`\b(${alternatives([...MASCULINE, ...FEMININE])})\b`, 'i');
export const MASCULINE_PRONOUN = new RegExp(`^(?:${alternatives(MASCULINE)})$`, 'i');
/**
 * A name of two or three capitalised words before a speech verb: `…“, sagte Eva Muster`, `Analystin Eva Muster
 * erklärte:`.
 */
export const NAME_BEFORE_SPEECH = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:[,:]|` +
    String.raw`$|\s(?:${SPEECH_FINITE}|gegenüber)(?!\p{L})))`,
  'u',
);
/** `Huber und Muster`, `Muster neben Weber`: what joins people acting together. */
export const PARTNERS = /^\s+(?:und|neben)\s+$/;
/** `Gespräche über Seebank`: what talks are about follows these. */
export const TALKS_ABOUT = /\b(?:über|zu|zum|zur)\s+(?:\p{L}+\s+)?$/u;
/** `auf seiner Plattform X`: where something was said, not what it was about. */
/** Where something was said or done, not what it was about: `auf X`, `bei X`, `im Bundestag`, `beim Parteitag`. */
export const SAID_WHERE = /(?:\bauf|\bbei|\bbeim|\bim|Plattform)\s+$/;
/** `Alpenpost für 44 Milliarden`: a name owning the figure's `für` phrase, a few words before it. */
export const FOR_BEFORE_FIGURE = /^\s+(?:[\p{L}\d-]+\s+){0,3}(?:für|for)\s+$/u;
/** `Spenden … für Karl Weber`. */
export const FOR_BEFORE_NAME = /\bfür\s+$/;
/** `Weber, dem er … verholfen hat`: a relative clause hanging on the name before it. */
export const RELATIVE_AFTER_NAME = /^\s*,\s*(?:dem|der|denen)\b/;
/** `sie` and `er`, `sein`: which gender a subject pronoun means. */
export const PLURAL_OR_FEMININE = new RegExp(`^${PRONOUNS.feminine.subject}$`, 'i');
export const MASCULINE_SUBJECT = new RegExp(
  `^(?:${alternatives([PRONOUNS.masculine.subject, ...possessives([PRONOUNS.masculine.possessive])])})$`,
  'i',
);
