import { formsOf, participlesOf, separatedClauseOf, separatedOf } from './conjugation.js';
import { CONTINUING_ADVERBS, COORDINATING_CONJUNCTIONS } from './function-words.js';
import { alternatives } from './patterns.js';
import { VERBS } from './verbs.js';

/**
 * How news German reports speech: speech and reporting verbs (from the verb table), what follows or interrupts a
 * quotation, reported speech, and the name before a speech verb.
 */

/** An outlet reporting (`So schrieb die «Abendpost» am Montag`), which is no event: `berichtete`, `meldet`. */
export const REPORTING_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${formsOf(VERBS, 'report', 'finite').join('|')})(?!\p{L})`,
  'u',
);

/** Any form of a speech verb (`sagte`, `gesagt`, `erwidere`), from the verb table. */
export const SPEECH_VERB = new RegExp(
  String.raw`(?<!\p{L})(?:${formsOf(VERBS, 'speech', 'all').join('|')})(?!\p{L})`,
  'iu',
);

/** `stellte Huber fest`: a separable speech verb with its particle (see `VerbRow.particleOnly`). */
export const SEPARATED_SPEECH = new RegExp(`(?<!\\p{L})${separatedClauseOf(VERBS, 'speech')}`, 'iu');

/** A speech verb as a clause's finite verb (`sagte`, `poltert`). */
const SPEECH_FINITE = formsOf(VERBS, 'speech', 'finite').join('|');

/**
 * What says the words in marks are a name, not speech: `heißt`, `namens`, `Titel`, a nickname (`auch „…“ genannt`),
 * what something calls itself (`die sich selbst „…“ nennt`, `wie sich die Gruppe selbst nennt`) or is called.
 */
export const NAMING_VERB = new RegExp(
  String.raw`(?:auch|kurz|meist|oft|gerne?|liebevoll)\s+[„«»"“][^„“”«»"]{1,60}[“”»«"]\s+genannt|` +
    String.raw`\b(?:heißt|heisst|hieß|hiess|namens|sogenannt\w*|so genannt\w*|` +
    String.raw`(?:nennt|nannte)(?: (?:sie|er|es))? sich|` +
    String.raw`sich selbst [„«»"“]|selbst nennt|selbst nannte|nennt man|nannte man|` +
    String.raw`Titel|Name[ns]?|Codenamen?|taufte|getauft)\b`,
  'i',
);

/** An intro with no subject of its own continues the previous sentence's (`Und wurde dann … deutlich:`). */
export const SUBJECTLESS = new RegExp(
  String.raw`^\s*(?:(?:und|dann|doch|aber|später|daraufhin)\s+)*` +
    String.raw`(?:wurde|war|hat|hatte|legte|${SPEECH_FINITE})(?!\p{L})`,
  'iu',
);

/**
 * Words in marks of any kind German news sets them in, each pair's words captured: `„…“`, `«…»`, `»…«`, `‹…›`, `›…‹`,
 * `“…”`, `"…"`, and `"…“`, where a page's editor typed the opening mark plain and the closing one was set German.
 */
export const QUOTE_PAIRS =
  /„([^„“”]+)[“”]|«([^«»]+)»|»([^»«]+)«|‹([^‹›]+)›|›([^›‹]+)‹|“([^“”„]+)”|"([^"“”„]+)“|"([^"]+)"/g;
/** The words a match of `QUOTE_PAIRS` holds, whichever pair of marks it is. */
export const quotedWords = (m: RegExpMatchArray): string => m.slice(1).find((g) => g !== undefined) ?? '';

/** Reporting verbs that follow a quotation (`«…», polterte Huber`): `so`, and a speech verb's finite forms. */
const TRAILING_SPEECH_VERBS = `so|${SPEECH_FINITE}`;
/** An auxiliary whose participle at the clause's end says who spoke: `hatte Huber gesagt`, `wird Huber zitiert`. */
const AUXILIARY = 'hat|haben|hatte|hatten|habe|hätte|wird|werden|wurde|wurden|werde';

/**
 * A short name in marks inside an attribution: `zitiert die „Nordpost“ Huber`, `schrieb „Der Seebote“`. A dot
 * before a letter ends no attribution either (`sagte B.s Anwalt`), nor an initial's (`sagte Max W. Huber`).
 */
const QUOTED_NAME = String.raw`[„«»"“][^„“”«»"]{1,40}[“”»«"]`;
// Ends at a word's end: a clause cut inside a word would read its stub as a name (`…, sagte …, Max Hub`).
const ATTRIBUTION_WORDS =
  String.raw`(?:[^.!?„“”«»‹›"]|\.(?=\p{L})|(?<=\s\p{Lu})\.(?=\s\p{Lu})|${QUOTED_NAME}){2,80}` +
  String.raw`(?![\p{L}\d])`;

/** Any form of a speech verb as it closes a subordinate clause: `sagte`, `mitteilte`, `gesagt hat`. */
const SPEECH_CLOSING = String.raw`(?:${formsOf(VERBS, 'speech', 'all').join('|')})(?:\s+(?:hat|hatte|habe))?`;

/**
 * The clause after a quotation that says who spoke; it ends before the next quotation. Its words are in the first
 * group that took part (see `attributionIn`): `«…», sagte Huber`, `«…» laut Huber`, `«…», strich Huber heraus`,
 * `«…», hatte Huber damals gesagt`, `«…», wird Huber zitiert`, and a clause of `wie` that its speech verb closes
 * (`«…», wie Huber am Montag mitteilte`).
 */
export const TRAILING_ATTRIBUTION = new RegExp(
  String.raw`^\s*[,–—-]?\s*(?:(?:${TRAILING_SPEECH_VERBS}|laut)\s+(${ATTRIBUTION_WORDS})|` +
    String.raw`${separatedClauseOf(VERBS, 'speech')}|` +
    String.raw`(?:${AUXILIARY})\s+([^.!?„“”«»‹›"]{2,60}?)\s+(?:${participlesOf(VERBS, 'speech').join('|')})(?!\p{L})|` +
    String.raw`wie\s+([^.!?„“”«»‹›",;:]{2,80}?)\s+${SPEECH_CLOSING}(?=\s*(?:[.,;:!?]|$)))`,
  'iu',
);

/** The words of a trailing attribution that name the speaker (see `TRAILING_ATTRIBUTION`). */
export const attributionIn = (m: RegExpExecArray): string => m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';

/**
 * The first trailing attribution from `from` on, at `from` itself or after any comma (`…, sagte Huber am Montag`),
 * and where it opens; null when none does.
 */
export function attributionFrom(text: string, from = 0): { at: number; match: RegExpExecArray } | null {
  for (let at = from; at >= 0; at = text.indexOf(',', at + 1)) {
    const match = TRAILING_ATTRIBUTION.exec(text.slice(at));
    if (match) return { at, match };
  }
  return null;
}

/**
 * Between the two halves of an interrupted quotation: `, sagte Eva Muster, ` (no sentence end). A quoted name in
 * it stands without its marks (`, so der Wortlaut laut Spiegel, `).
 */
export const INTERRUPTION = new RegExp(
  String.raw`^\s*[,–—]\s*(?:${TRAILING_SPEECH_VERBS}|${separatedOf(VERBS, 'speech')})\s+[^.!?„“”«»‹›"]{2,80},\s*$`,
  'i',
);

/**
 * What makes a sentence report speech, so that words quoted inside it are someone's (a partial quotation) and not
 * a word the writer marks (a term, `über eine «außerplanmäßige Ausgabe» finanzieren`): a speech verb, a noun for
 * what was said or filed (`Vorwürfe`, `Klage`) or held (`nach Ansicht von`, `nach eigenem Bekunden`), Konjunktiv I of
 * reported speech (`Roth sei „verantwortungslos“`), or `so`/`laut` with a source.
 */
export const SPEECH_NOUN = new RegExp(
  String.raw`(?<!\p{L})(?:Vorw[uü]rf\p{L}*|Klage\p{L}*|Kritik|Botschaft|Aussage\p{L}*|Worte\p{L}*|Wortlaut|` +
    String.raw`Forderung\p{L}*|Interview\p{L}*|Rede|Brief|Tweet\p{L}*|Stellungnahme|Erklärung|` +
    String.raw`Ansicht|Auffassung|Meinung|Einschätzung|Bekunden|Angaben)(?!\p{L})|` +
    // `laut Ministerin Huber`, `laut der Studie`: a source cited anywhere in the sentence.
    String.raw`(?<!\p{L})laut\s+(?:der|dem|des|den|einer|einem|eines|\p{Lu})`,
  'u',
);

const REPORTED_SPEECH = new RegExp(
  String.raw`(?<!\p{L})(?:sei|seien|habe|werde|könne|müsse|solle|wolle|dürfe|möge|gehe|stehe|gebe|liege|komme|` +
    String.raw`fehle|bleibe|brauche|wisse|` +
    // Konjunktiv II, where it stands in for a Konjunktiv I that looks like the indicative.
    String.raw`hätte|hätten|wäre|wären|würde|würden)(?!\p{L})|(?:^|,\s*)(?:so|laut)\s+\p{Lu}`,
  'u',
);

/**
 * Konjunktiv I of any verb where it stands as a main clause's finite verb: second, after a pronoun or a noun with its
 * article (`Es drohe ein Streik`, `Die Firma plane neue Werke`), in `-e` where the indicative has `-t`.
 */
const SUBJUNCTIVE_SECOND =
  /^\s*(?:Es|Er|Sie|Man|(?:Der|Die|Das|Dieser|Diese|Dieses)\s+\p{Lu}[\p{L}-]*\p{Ll})\s+(\p{Ll}{3,}e)(?!\p{L})/u;

/**
 * Small words in `-e` that can stand second without being a verb (`Sie alle`, `Die Firma ohne Chef`), and the
 * indicative past that ends so (`wurde`, and weak verbs in `-te`, tested apart).
 */
const NOT_VERBS_IN_E: ReadonlySet<string> = new Set([
  ...['alle', 'beide', 'einige', 'viele', 'manche', 'solche', 'welche', 'keine', 'eine', 'ohne', 'gerne', 'heute'],
  ...['diese', 'jene', 'seine', 'ihre', 'meine', 'unsere', 'eigene', 'selbe', 'ebenfalls', 'bitte', 'gegenüber'],
  'wurde',
]);

/** Whether the writer's words of a sentence are reported speech: Konjunktiv I, or `so`/`laut` with a source. */
export function isReportedSpeech(own: string): boolean {
  if (REPORTED_SPEECH.test(own)) return true;
  const verb = SUBJUNCTIVE_SECOND.exec(own)?.[1];
  return verb !== undefined && !NOT_VERBS_IN_E.has(verb) && !verb.endsWith('te');
}

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

/**
 * A name of two or three capitalised words before a speech verb: `…“, sagte Eva Muster`, `Analystin Eva Muster
 * erklärte:`.
 */
export const NAME_BEFORE_SPEECH = new RegExp(
  String.raw`(?<![\p{L}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,2})(?=\s*(?:[,:]|` +
    String.raw`$|\s(?:${SPEECH_FINITE}|gegenüber)(?!\p{L})))`,
  'u',
);

/** Words that tell or report: a speech or reporting verb, `bekannt` (`gab … bekannt`). */
export const TELLS = new RegExp(
  `${SPEECH_VERB.source}|${SEPARATED_SPEECH.source}|${REPORTING_VERB.source}|\\bbekannt\\b`,
  'iu',
);
