import { formsOf } from './conjugation.js';
import { VERBS, type Signal } from './verbs.js';

/**
 * The kinds of event news German reports, one record each: the words that name it, how it relates to who acts,
 * the label a reader sees, and its headline in German and English. The order of the list is precedence: in
 * `Die Chefin reagierte … und lehnte das Angebot ab` the reply is what happened, the offer only what it answers.
 * A new kind is one record here (and a test row); the rules and the renderers read the records.
 */

/**
 * One character inside a sentence (`IN_SENTENCE`), a part of it up to a semicolon (`IN_PART`) or a clause
 * (`IN_CLAUSE`), for the words between a kind's verb and its particle or noun. The period of a date (`am 3. Mai`)
 * ends none of them.
 */
const IN_SENTENCE = String.raw`(?:[^.]|(?<=\d)\.)`;
const IN_PART = String.raw`(?:[^.;]|(?<=\d)\.)`;
const IN_CLAUSE = String.raw`(?:[^.,;]|(?<=\d)\.)`;

/** What a headline is built from, as the renderer has shortened and listed it. */
export interface HeadlineParts {
  /** Who acted, listed: `Huber und Beispiel`. */
  a: string;
  /** One actor, or several: German and English verbs agree with it. */
  plural: boolean;
  /** What it happened to: a company, a product, a person dismissed. */
  o: string | null;
  /** Its amount, short: `2 Mrd. €`. */
  f: string | null;
  /** Whom a reply or a rejection answers. */
  t: string | null;
  /** What a vote or an election is called. */
  n: string | null;
  /** What it is of when no company names it, as the text words it: German, set in quotation marks in English. */
  th: string | null;
}

/** A headline, or null when its parts are missing: the reply then shows the whole sentence instead of a guess. */
export type Headline = (p: HeadlineParts) => string | null;

/** `Early election` as the object of an English verb: `announces early election`. */
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** What a clause with `zu` ends in, as `infinitiveOf` reads it: `zu schließen`, `zurückzutreten`. */
const ENDS_INFINITIVE = /(?<!\p{L})(?:zu\s+\p{Ll}+(?:en|ern|eln)|\p{Ll}+zu\p{Ll}+en)$/u;

/** The text's own words in an English headline: `announces “scharfen Protest”`. */
const quoted = (s: string | null) => (s ? `“${s}”` : null);
/** The particle `vor` closing its verb's clause (`stellte … vor.`, `legte … vor,`), not a preposition of time. */
const PARTICLE_VOR = String.raw`${IN_CLAUSE}{0,100}?(?<![a-zäöüß])vor(?=\s*(?:[.,;:!?]|$))`;
/** What a choice's `th` opens with (see `takesChoice`): `für den Flughafen`. */
const CHOSEN = /^für\s+/u;

/** Every part named present. */
const has = (p: HeadlineParts, ...keys: ('a' | 'o' | 'f' | 't')[]) => keys.every((k) => Boolean(p[k]));
/** The German verb agreeing with its actors: `gründet` or `gründen`. */
const de = (p: HeadlineParts, one: string, many: string) => (p.plural ? many : one);

/** Who did it to whom, said in the active: `Landgericht verurteilt Huber`, for `befell` when its doer is named. */
interface ByWhom {
  de: (p: HeadlineParts) => string;
  en: (p: HeadlineParts) => string;
}

/**
 * The headline of what befell its actors, said in the passive (`Huber wird festgenommen` / `Huber is arrested`), or in
 * the active when the record names who did it and the parts name them (`Landgericht verurteilt Huber`).
 */
const befell = (dePart: string, enPart: string, by?: ByWhom): { de: Headline; en: Headline } => ({
  de: (p) => (by && has(p, 'a', 'o') ? by.de(p) : has(p, 'a') ? `${p.a} ${de(p, 'wird', 'werden')} ${dePart}` : null),
  en: (p) => (by && has(p, 'a', 'o') ? by.en(p) : has(p, 'a') ? `${p.a} ${p.plural ? 'are' : 'is'} ${enPart}` : null),
});

/** One language's headline of a deed done to someone or something (`to`), and of the deed alone (`alone`). */
interface ToOrAlone {
  to: (p: HeadlineParts) => string;
  alone: (p: HeadlineParts) => string;
}

/**
 * A deed headed by who did it and to whom or what, where the parts name both (`Huber verklagt Seebank`), else by who
 * did it alone (`Huber reicht Klage ein`).
 */
const toOrAlone = (inGerman: ToOrAlone, inEnglish: ToOrAlone): { de: Headline; en: Headline } => ({
  de: (p) => (has(p, 'a', 'o') ? inGerman.to(p) : has(p, 'a') ? inGerman.alone(p) : null),
  en: (p) => (has(p, 'a', 'o') ? inEnglish.to(p) : has(p, 'a') ? inEnglish.alone(p) : null),
});

/** Every form of the verbs that signal a kind in the verb table, as whole words, or the other words given. */
function verbsOr(signal: Signal, ...other: string[]): RegExp {
  const forms = formsOf(VERBS, signal, 'all').join('|');
  return new RegExp([`(?<![a-zäöüß])(?:${forms})(?![a-zäöüß])`, ...other].join('|'), 'i');
}

/** Those one gives oneself up to: `stellte sich der Polizei`, `den Ermittlern`. */
const AUTHORITIES = '(?:Polizei|Behörden?|Ermittlern|Justiz|Staatsanwaltschaft|Strafverfolgern)';
/** Words before `gestellt` that make it facing or placing (`sich der Wahl`, `sich quer`), not giving oneself up. */
const NOT_SURRENDER =
  'der|den|dem|die|das|einer|einem|einen|eine|ihr|ihm|quer|tot|taub|dumm|blind|hinter|vor|gegen|auf|neu|breit|gut';

/** The participles of killing, in the passive: `erschossen`, `ermordet`. */
const KILLED = 'erschossen|getötet|ermordet|erschlagen|erstochen';

/**
 * What someone may be accused of, by its participle, the gravest first: a sentence that names several deeds is
 * headed by the gravest. German names the deed, English the crime.
 */
const ALLEGED_DEEDS = [
  [new RegExp(KILLED, 'i'), { de: 'ein Tötungsdelikt', en: 'a killing' }],
  [/vergewaltigt/i, { de: 'eine Vergewaltigung', en: 'a rape' }],
  [/missbraucht/i, { de: 'Missbrauch', en: 'abuse' }],
  [/entführt/i, { de: 'eine Entführung', en: 'a kidnapping' }],
  [/überfallen|geraubt/i, { de: 'ein Überfall', en: 'a robbery' }],
  [/angegriffen|misshandelt/i, { de: 'ein Angriff', en: 'an assault' }],
  [/gestohlen/i, { de: 'ein Diebstahl', en: 'a theft' }],
  [/veruntreut|betrogen|bestochen/i, { de: 'Betrug', en: 'fraud' }],
] as const;
const ALLEGED_DEED = ALLEGED_DEEDS.map(([re]) => re.source).join('|');

/** What someone steps down from: an office, a seat, a chair, a post (`Landtagsmandat`, `Parteivorsitz`). */
const OFFICE = String.raw`(?<![a-zäöüß])(?:Amt|Ämter|[a-zäöüß]*mandat|[a-zäöüß]*vorsitz|Tätigkeit)(?![a-zäöüß])`;

/** `zum`, `zur` or `zu` before the office someone is appointed to, not the start of `zurück` or `zuletzt`. */
const TO_OFFICE = String.raw`\bzu[mr]?(?![a-zäöüß])`;
/**
 * What is taken on that is not bought: an office, a task, a cost (`übernahm den Vorsitz`, `die Kosten übernehmen`),
 * the longer ones in compounds too (`den Fraktionsvorsitz`, `die Geschäftsführung`).
 */
const TAKEN_ON =
  String.raw`(?:(?<![a-zäöüß])(?:Amt|Ämter|Funktion|Kommando|Regie|Kosten|Aufgaben?|Rolle|Mandat|Patenschaft)|` +
  String.raw`[a-zäöüß]*(?:vorsitz|posten|leitung|verantwortung|führung))(?![a-zäöüß])`;

/** Taking over, of an office as of a company: `übernimmt`, `übernahm`, `übernommen`. */
const TAKES_OVER = String.raw`(?<![a-zäöüß])übern(?:immt|ahm|ahmen|ehmen|ommen)(?![a-zäöüß])`;
/** An office one takes over (`das Amt`, `den Posten`, `den Parteivorsitz`, `die Leitung`), not a task or a cost. */
const OFFICE_TAKEN =
  String.raw`(?:(?<![a-zäöüß])(?:Amt|Posten|Vorsitz|Leitung)|` +
  String.raw`[a-zäöüß]*(?:vorsitz|posten|leitung))(?![a-zäöüß])`;

/** Where one is elected to that is no office: `in den Stadtrat`, `in das Amt des Bürgermeisters`. */
const INTO_BODY = String.raw`\bin\s+(?:den|das|die)(?![a-zäöüß])`;

/** A move told as a signing (`verpflichtete Huber`): who signs is where the move goes, not a name after `zu`. */
export const SIGNING = /^verpflichte/i;

/**
 * `von Trainer Huber`, `von seinem Chef`, `von dem langjährigen Cheftrainer`: one who leads a team or a company,
 * whom it parts with (see `dismissal`).
 */
const FROM_HEAD =
  String.raw`\bvon\s+(?:(?:dem|der|seinem|seiner|ihrem|ihrer|einem|einer)\s+)?(?:[a-zäöüß-]+\s+){0,2}?` +
  String.raw`[a-zäöüß-]*(?:trainer|trainerin|coach|chef|chefin|manager|managerin|direktor|direktorin|vorstand|` +
  String.raw`geschäftsführer|geschäftsführerin|intendant|intendantin|leiter|leiterin)(?![a-zäöüß])`;

/** The verb of taking something back, before its particle: `zog`, `zieht`, not `zog sich` (withdrawing oneself). */
const TAKES = String.raw`\b(?:zog|zogen|zieht|ziehen)\b(?!\s+sich\b)`;

/**
 * A clause that takes something back (`zog die Klage zurück`, `hat das Angebot zurückgezogen`): the noun of what was
 * put forward reports no putting forward there. One who withdrew oneself (`hat sich aufs Land zurückgezogen`) took
 * nothing back.
 */
export const TAKEN_BACK = new RegExp(
  String.raw`(?<!\bsich\b${IN_CLAUSE}*)\bzurückgezogen\b|${TAKES}${IN_CLAUSE}*\bzurück\b`,
  'i',
);

/**
 * What is said, not done: a rejection of it (`wies die Vorwürfe zurück`, `lehnte die Darstellung ab`) is a denial, an
 * answer in words, and no event of its own.
 */
const SAID_NOUNS =
  String.raw`(?:Vorw[uü]rf|Kritik|Darstellung|Behauptung|Anschuldigung|Beschuldigung|Äußerung|Aussage|` +
  String.raw`Bericht|Gerücht|Spekulation|Deutung|Interpretation|Einschätzung|Meinung|Verdacht)`;
export const SAID_THING = new RegExp(String.raw`(?<!\p{L})${SAID_NOUNS}`, 'u');
/**
 * What a denial denies, after its verb: words said (`die Vorwürfe`), a deed in a clause with `zu` (`, … verfasst zu
 * haben`) or with `dass`. `bestritt sein letztes Spiel` and `wies den Weg zurück` deny nothing.
 */
const DENIED_AFTER =
  String.raw`(?=\s*,\s*(?:dass\b|${IN_CLAUSE}*?\bzu\s+(?:haben|sein)\b)|` +
  String.raw`${IN_CLAUSE}{0,60}?(?<![a-zäöüß])${SAID_NOUNS})`;
/** The verbs of denying: `bestreiten`, `dementieren`, `zurückweisen`. */
const DENY_VERB =
  String.raw`(?<![a-zäöüß])(?:bestreitet|bestreiten|bestritt|bestritten|dementiert|dementierte|dementierten|` +
  String.raw`zurückgewiesen)(?![a-zäöüß])`;

/** What is put forward and can be taken back: a suit, a bid, a motion, a candidacy (`Klage`, `Übernahmeangebot`). */
const PUT_FORWARD =
  String.raw`(?<![a-zäöüß])[a-zäöüß]*(?:klage|angebot|antrag|bewerbung|kandidatur|zusage|genehmigung|gebot|offerte|` +
  String.raw`beschwerde|berufung|revision)(?:e|es|s|en|n)?(?![a-zäöüß])`;

/**
 * The nouns of a disaster, an attack or violence in the streets, compounds included (`Großbrand`, `Seebeben`,
 * `Bombenanschlag`, `Straßenkrawalle`). Not `Auseinandersetzung`, which is as often a quarrel in words.
 */
const INCIDENT_NOUN =
  String.raw`(?<![a-zäöüß])[a-zäöüß]*(?:beben|brand|explosion|unfall|unglück|absturz|anschlag|` +
  String.raw`überschwemmung|überflutung|hochwasser|lawine|erdrutsch|ausschreitung|krawall|unruhe|zusammenst[oö]ß)` +
  String.raw`(?:e|es|s|en|n)?(?![a-zäöüß])`;
/** Verbs that say it happened: `ereignete sich`, `brach … aus`, `kam es zu`, `trug sich … zu`. */
const HAPPENED =
  String.raw`\bereignete(?:n)?\s+sich\b|\bhat\s+sich\b${IN_PART}{0,40}?\bereignet\b|\bbrach(?:en)?\b${IN_PART}{0,40}?` +
  String.raw`\baus\b(?=\s*(?:[.,;:]|$))|\bausgebrochen\b|\bkam\s+es\b${IN_PART}{0,40}?\bzu\b|` +
  String.raw`\btrug\s+sich\b|\bgeschah\b`;

/**
 * What a disaster does as its clause's subject, the verb right after it: `Ein Beben erschütterte die Insel`,
 * `Eine Explosion riss ein Loch in den Tank`. Not `beschädigten`, which stands before nouns as often (`die beschädigten
 * Autos`).
 */
const STRUCK =
  String.raw`\b(?:erschütterte|erschütterten|erschüttert|zerstörte|zerstörten|riss|rissen|reißt|reißen|` +
  String.raw`verwüstete|verwüsteten)\b`;

/** Harm a disaster does to people: `kamen ums Leben`, `starben`, `wurden getötet`, `verletzt`. */
const HARMED = String.raw`\bums\s+Leben\b|\bstarben\b|\bgestorben\b|\bgetötet\b|\bverletzt\b|\bverunglückt\b`;
/** `bei einem Brand`, `infolge des Absturzes`: the disaster a toll is told of. */
const IN_DISASTER =
  String.raw`\b(?:bei|infolge)\s+(?:einem|einer|eines|dem|der|des|den)\s+` +
  String.raw`(?:[a-zäöüß]+\s+){0,2}?(?:${INCIDENT_NOUN})`;
/**
 * A disaster told by its toll: `Bei einem Brand in Seestadt sind zwei Bewohner ums Leben gekommen`, `Die Piloten
 * starben infolge der Explosion`.
 */
const TOLL = String.raw`${IN_DISASTER}${IN_PART}{0,120}?(?:${HARMED})|(?:${HARMED})${IN_PART}{0,60}?${IN_DISASTER}`;
/**
 * People counted, not named, around a verb of dying: `drei Menschen`, `über 100 Passagiere`, `ein Mensch`, a sentence's
 * first word too (`Zehn Soldaten sind …`).
 */
const COUNTED_VICTIMS = new RegExp(
  String.raw`(?<![a-zäöüß])(?:\d[\d.]*|[Ee]in|[Ee]ine|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|` +
    String.raw`[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Mm]ehrere|[Vv]iele|[Zz]ahlreiche|Dutzende|Hunderte|Tausende)\s+` +
    String.raw`(?:[a-zäöüß]+\s+)?` +
    String.raw`(?:Menschen|Mensch|Personen|Person|Passagiere|Insassen|Soldaten|Bewohner|Touristen|Kinder|Opfer)\b`,
);

/** A warrant applied for or obtained: `beantragt`, `erwirkt`. */
const SOUGHT = 'beantragt|beantragte|beantragten|erwirkt|erwirkte|erwirkten';

/** Signed or extended: `unterschrieb`, `unterzeichnet`, `verlängerte`. */
const CONTRACT_SIGNED =
  'unterschrieb|unterschrieben|unterschreibt|unterzeichnet|unterzeichnete|unterzeichneten|verlängert|verlängerte';

/** Not after a strike in the same clause: `legte mit einem Streik den Hafen lahm` is the strike. */
const NOT_BY_STRIKE = String.raw`(?<!streik(?:[^.,;]){0,80})`;

/** What flies and can crash, compounds included (`Kleinflugzeug`, `Rettungshubschrauber`), and makers' names. */
const AIRCRAFT =
  String.raw`(?<![a-zäöüß])[a-zäöüß-]*(?:flugzeug|hubschrauber|helikopter|maschine|jet|flieger|drohne|ballon)` +
  String.raw`(?:e|es|s|en)?(?![a-zäöüß])|\b(?:Boeing|Airbus|Cessna)\b`;
/** Where a fall ends: `ab` at its clause's end, or into or onto a place (`stürzte in ein Feld`, `auf den Boden`). */
const FELL = String.raw`(?:\bab\b(?=\s*(?:[.,;:]|$))|\b(?:in|ins|auf|aufs)\b)`;
/**
 * An aircraft crashed: `ist ein Segelflugzeug abgestürzt`, `Der Hubschrauber stürzte über dem See ab`. Only with
 * what flies in the clause: `Die Aktie stürzte ab` is no disaster.
 */
const CRASHED =
  String.raw`(?:${AIRCRAFT})${IN_PART}{0,120}?(?:\babgestürzt\b|\bstürzt(?:e|en)?\b${IN_PART}{0,80}?${FELL})|` +
  String.raw`(?:\babgestürzt\b|\bstürzt(?:e|en)?\b)${IN_PART}{0,40}?(?:${AIRCRAFT})(?:${IN_PART}{0,80}?${FELL})?`;

/**
 * Fire set on purpose, told by who set it: `legten Feuer an einem Mast`, `hatten Feuer gelegt`, `setzten Autos in
 * Brand` (its particle, however far, at the clause's end), `wurde angezündet`. Not what caught fire (`geriet in
 * Brand`), nor candles or lights lit (`Kerzen angezündet`).
 */
const SET_ON_FIRE =
  String.raw`\bFeuer\b${IN_PART}{0,60}?\bgelegt\b|\blegten?\b${IN_PART}{0,40}?\bFeuer\b|` +
  String.raw`\bin\s+Brand\s+(?:gesetzt|setzten?)\b|\bsetzten?\b${IN_CLAUSE}*?\bin\s+Brand\b(?=\s*(?:[.,;:]|$))|` +
  String.raw`(?<!\b(?:Kerzen?|Lichter?|Zigaretten?|Fackeln?|Feuerwerk)\b${IN_PART}{0,40}?)\bangezündet\b`;

/**
 * How far something is put off: `um einen Tag`, `für etwa zwei Jahre`, `auf Dienstag`, `auf den Herbst`, `auf
 * unbestimmte Zeit`: a preposition, up to three words, and a unit or a point of time.
 */
const PUT_OFF_BY =
  String.raw`(?:\b(?:um|für|auf|bis)\s+[„"»«]?(?:[a-zäöüß\d.]+\s+){0,3}` +
  String.raw`(?:Tage?n?|Wochen?|Monate?n?|Jahre?n?|Stunden?|Zeit|Herbst|Frühjahr|Sommer|Winter|Montag|Dienstag|` +
  String.raw`Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|` +
  String.raw`Oktober|November|Dezember|\d{4})\b|\bauf\s+später\b)`;
/** `verschob`, `verschoben`, `verschiebt`: putting off, or moving (`Geld in den Fonds verschoben`) as often. */
const PUT_OFF = String.raw`\b(?:verschob|verschoben|verschiebt|verschieben)\b`;

/**
 * People taken by force, told by the participle, in the passive or the perfect (`wurden zwei Ingenieure entführt`, `ist
 * ein Helfer verschleppt worden`). Not the finite verb, which is the adjective as often (`die entführten Touristen`),
 * nor the noun (`die Entführung in Auftrag gegeben`), which names a charge as often as a deed.
 */
const ABDUCTED = String.raw`\b(?:entführt|verschleppt|gekidnappt)\b`;

/** An aircraft brought down where it could: `ist am Abend notgelandet`, `musste in Palermo notlanden`. */
const LANDED = String.raw`\bnot(?:gelandet|landete|landeten)\b|\bmusste(?:n)?\b${IN_PART}{0,80}?\bnotlanden\b`;

/** What a disaster or an attack is called, in both languages: a compound by its last part. */
export const INCIDENT_NAMES = [
  // Before `Brand`: `setzte … in Brand` is set on fire (see `SET_ON_FIRE`).
  [new RegExp(SET_ON_FIRE, 'i'), { de: 'Brandstiftung', en: 'Arson' }],
  [new RegExp(ABDUCTED, 'i'), { de: 'Entführung', en: 'Abduction' }],
  [/beben/i, { de: 'Erdbeben', en: 'Earthquake' }],
  [/brand/i, { de: 'Brand', en: 'Fire' }],
  [/explosion/i, { de: 'Explosion', en: 'Explosion' }],
  [/unfall/i, { de: 'Unfall', en: 'Accident' }],
  [/absturz|abgestürzt|stürzten?\b/i, { de: 'Absturz', en: 'Crash' }],
  [/notlande|notgelandet/i, { de: 'Notlandung', en: 'Emergency landing' }],
  [/anschlag/i, { de: 'Anschlag', en: 'Attack' }],
  [/überschwemmung|überflutung|hochwasser/i, { de: 'Hochwasser', en: 'Flood' }],
  [/lawine/i, { de: 'Lawine', en: 'Avalanche' }],
  [/erdrutsch/i, { de: 'Erdrutsch', en: 'Landslide' }],
  [/unglück/i, { de: 'Unglück', en: 'Disaster' }],
  // Violence in the streets: `kam es zu Ausschreitungen`, `zu Krawallen`, `zu Zusammenstößen`.
  [/ausschreitung|krawall/i, { de: 'Ausschreitungen', en: 'Riots' }],
  [/unruhe/i, { de: 'Unruhen', en: 'Unrest' }],
  [/zusammenst[oö]ß/i, { de: 'Zusammenstöße', en: 'Clashes' }],
] as const;

export interface EventKindRecord {
  readonly id: string;
  /** Stems of the verbs and nouns that name it, so `gründeten`, `mitbegründet`, `Gründung` all count. */
  readonly words: RegExp;
  /**
   * How it relates to who acts: `acts` needs someone acting; `happens` needs no one (a strike, a vote); `made`
   * is an event when the thing made is named, and a company beside it is what was made, not its maker.
   */
  readonly actor: 'acts' | 'happens' | 'made';
  /** Too common to join an event without a date of its own: people meet and post often. */
  readonly loose?: true;
  /**
   * Words that look like the kind but are not, tested on the match and the words before it, case kept: the noun
   * `Posten` (a job) beside the verb `posten`, a newspaper (`Bangkok Post`) beside a post.
   */
  readonly notWhen?: RegExp;
  /**
   * An event only between two named sides, or about a named thing: `ein Gespräch mit der Zeitung`, `dem Treffen maß er
   * Bedeutung zu` name one side or none, an interview or a remark.
   */
  readonly needsSides?: true;
  /**
   * Done by both sides alike: `Seebank einigt sich mit Nordwerk` and `Nordwerk einigt sich mit Seebank` are one event,
   * whichever the report names as acting.
   */
  readonly mutual?: true;
  /**
   * Who it befell stands in the trigger's own clause, or after its noun (`die Festnahme von Huber`): an arrest or a
   * death is told beside whoever reports it.
   */
  readonly inClause?: true;
  /** Only with an amount of money in its clause: `investiert` alone is a plan or a habit, not an event. */
  readonly needsMoney?: true;
  /**
   * Words that name the kind only with an amount of money in the clause: `ein neues Angebot vorgelegt` in a wage
   * dispute is no takeover bid; `bietet 2 Milliarden` and `ein Angebot für die Seebank` are.
   */
  readonly moneyOnly?: RegExp;
  /**
   * The compounds of a `moneyOnly` word that name the deed without an amount (`Übernahmeangebot`, `Milliardenangebot`),
   * by their first part; any other compound (`Stellenangebot`, `Sonderangebote`) waits for money as the bare word does.
   */
  readonly namingCompound?: RegExp;
  /**
   * The kind whose reports may tell the same event in other words: a deal approved by the one who announces it
   * (`billigte den Plan` beside `kündigte den Plan an`) is one entry, whichever report heads it.
   */
  readonly sameEventAs?: string;
  /**
   * It befalls its subject once: reports of it in the same year, one saying `2019` and one `am 3. Mai 2019`, are one
   * event when no other of its kind and actors falls in that year.
   */
  readonly once?: true;
  /** Who it happens to is a person: a company or a union is never dismissed (`Massenentlassungen`). */
  readonly personOnly?: true;
  /** Or, where no person is named, a team opening the deed's clause as its subject (see `teamOpening`). */
  readonly byTeam?: true;
  /** Who it happens to is named after `gegen` (`Haftbefehl gegen Huber`), where the clause names them so. */
  readonly against?: true;
  /** It befalls a thing, named as its object whether the sentence makes it subject or object: no one acts. */
  readonly thing?: true;
  /** A reply or a rejection answers an earlier event: any kind, or only these. */
  readonly answers?: 'any' | readonly string[];
  /** Its object is only a company named in its clause, never one a `das Unternehmen` points back to. */
  readonly namedObjectOnly?: true;
  /**
   * Words that name the kind only where its clause names the company it befell: `übernimmt die Seebank` is bought,
   * `übernimmt den Landesverband` a body taken on to lead.
   */
  readonly companyOnly?: RegExp;
  /**
   * Words that name the kind only where a court does it, named in the clause or before the words
   * (`das Landgericht entschied`, `urteilten die Richter`): `die Regierung entschied` is a decision, and `stuft es als
   * verfassungswidrig ein` an opinion of anyone but a court.
   */
  readonly courtOnly?: RegExp;
  /** Done by a body, never by a person: a person its clause names is a party (`urteilte das Gericht, dass Huber …`). */
  readonly byBody?: true;
  /** What it is of may be the noun phrase its verb takes (`kündigte scharfen Protest an`): the headline's `th`. */
  readonly takesThing?: true;
  /** What it is of is the noun phrase `mit` governs in its clause (`überraschte mit einem neuen Plan`): the `th`. */
  readonly thingWith?: true;
  /** What it is of is the clause with `zu` its verb opens (`beschloss, die Halle zu schließen`): the `th`. */
  readonly takesInfinitive?: true;
  /**
   * Or, without one, the noun phrase taken by those of its words this matches (`hat den Haushalt beschlossen`); its
   * other words take none (`entschied das Rennen` is a contest won).
   */
  readonly thingAfter?: RegExp;
  /**
   * A deed its clause names by a noun is what it decides or approves (`hat die Schließung beschlossen`, `segnete die
   * Einführung ab`): not done yet, so the clause reports this kind, not that deed.
   */
  readonly decides?: true;
  /** Or, without one, what is chosen: `für` and its phrase where the verb is reflexive (`sich für X entschieden`). */
  readonly takesChoice?: true;
  /** What it is called, the first row its words name (`Großbrand` → `Brand` / `Fire`): the headline's `n`. */
  readonly names?: readonly (readonly [RegExp, { readonly de: string; readonly en: string }])[];
  /** What it is of may be a vote or an election the clause names: its name is the headline's `n`. */
  readonly announcesVote?: true;
  /** Its object is what it is about, named after `über` or `zu` (`sprachen über die Fusion`). */
  readonly objectAbout?: true;
  /**
   * Its object is where it goes, named after `zu`, `zum` or `nach` (`wechselt zum FC Seestadt`), not where from; in a
   * signing (`SIGNING`) the company that signs.
   */
  readonly objectTo?: true;
  /** What it happened to is the company where it was done, after `bei` (`begann beim FC Seestadt`). */
  readonly objectAt?: true;
  /** What it is, for a reader: leads an entry whose parts make no headline. */
  readonly label: { readonly de: string; readonly en: string };
  readonly headline: { readonly de: Headline; readonly en: Headline };
}

/** What a court declares a law or a deed to be (`für nichtig`, `für verfassungsgemäß`), for `ruling`. */
const VOID =
  '(?:verfassungswidrig|rechtswidrig|gesetzwidrig|nichtig|unzulässig|ungültig|unwirksam|verfassungsgemäß|' +
  'verfassungskonform|rechtmäßig|zulässig|gültig|wirksam)\\b';
/**
 * What a court does, as others may too: `entschied`, `urteilten`, `stellte … fest`, `als nichtig eingestuft`, `erklärte
 * … für nichtig` (a government may declare a treaty void).
 */
const BY_COURT =
  String.raw`\berklär\w*\b${IN_SENTENCE}*?\bfür\s+${VOID}|\bfür\s+${VOID}\s+(?:zu\s+)?erklär|` +
  String.raw`\bentschied(?:en)?\b(?!\s+(?:gegen|für|dagegen|dafür)\b)|\burteilt(?:e|en)?\b|\bfestgestellt\b|` +
  String.raw`\bstellt(?:e|en)?\b${IN_CLAUSE}*?\bfest\b|\bals\s+${VOID}\s+(?:eingestuft|bewertet)\b`;
/** A court or its judges named: `Landgericht`, `des Bundesseegerichts`, `die Richterin`; not a referee's whistle. */
export const COURT = /gericht|(?<!schieds|kampf|punkt)richter/i;
/**
 * What a contest is won by or against: a title, a match, a race, a score (`mit 3:0`), an opponent (`gegen`), for
 * `win`.
 */
const CONTEST =
  String.raw`(?:\b(?:Titel|Meisterschaft|Pokal|Finale|Spiel|Partie|Rennen|Etappe|Turnier|Medaille|Derby|Duell|` +
  String.raw`Weltcup|Satz|Match)\b|\b\d+:\d+\b|\bgegen\b)`;
/**
 * A claim put to a court: `Klage`, `Eilantrag`, `Verfassungsbeschwerde`, `Berufung`, not charges (`Anklage`). A
 * compound is read from its word's start (`(?<![a-zäöüß])`): the same matches, since the leftmost start is a word's,
 * but tried inside a word at every letter, a 1 MB token took seconds.
 */
const WORD_START = '(?<![a-zäöüß])';
const CLAIM =
  `(?:${WORD_START}[a-zäöüß]*(?<!an)klage|${WORD_START}[a-zäöüß]*antr[aä]g|${WORD_START}[a-zäöüß]*beschwerde|` +
  `berufung|revision)[a-zäöüß]*`;

/**
 * What a body passes (`verabschiedet`, for `decision`): a law, a budget, a resolution, a plan, compounds by their head
 * (`Klimaschutzgesetz`, `Nachtragshaushalt`), plural and inflected forms alike.
 */
const PASSED =
  '(?:[a-zäöüß-]*(?:gesetz|resolution|richtlinie|haushalt|verfassung|etat|budget|reform|paket|entwurf|abkommen|' +
  'verordnung|novelle|beschluss|regelung|satzung|charta|konvention|erklärung|programm|plan|report|bericht)[a-zäöüß]*)';
/** The verb that passes it; `sich verabschieden` is a farewell, and a clause with `sich` is read as one. */
const PASSING = String.raw`(?<!\bsich\s)verabschiede(?:t|te|ten|n)\b(?!\s+sich\b)`;

/** Jobs, as news counts them, and what cuts them (`abgebaut`, `wegfallen`), for `layoffs`. */
const JOBS = '(?:Stellen|Arbeitsplätze|Arbeitsplätzen|Jobs)';
const CUT = [
  'abbauen|abgebaut|abzubauen',
  String.raw`streichen|gestrichen|zu\s+streichen`,
  'wegfallen|wegfällt|weggefallen',
].join('|');
/** `fallen … weg`, the separated `wegfallen`. */
const FALL = '(?:fallen|fällt|fielen|fiel)';
/** Staff, let go in numbers (`entließ 300 Beschäftigte`). */
const STAFF = '(?:Mitarbeiter|Mitarbeiterinnen|Beschäftigte|Beschäftigten|Angestellte|Angestellten|Arbeiter)';
/** Filing for bankruptcy (`Insolvenz angemeldet`, `meldete Konkurs an`), for `insolvency`. */
const BANKRUPTCY = '(?:Insolvenz|Konkurs)';
const FILED = '(?:angemeldet|anmelden|anzumelden|beantragt|beantragen)';
const FILES = '(?:meldete|meldeten|meldet|melden|beantragte|beantragten)';
/** A filing made: `Insolvenzantrag gestellt`, `eingereicht`. */
const FILED_MOTION = '(?:gestellt|stellen|stellt|stellte|stellten|eingereicht)';
/** Going or sliding into bankruptcy: `ging in die Insolvenz`, `in Konkurs gerutscht`. */
const GO = '(?:ging|gingen|geht|gehen|gegangen|rutschte|rutschten|gerutscht|schlitterte|geschlittert)';

/**
 * What can be closed to people, a compound too (`Hauptbahnhof`, `Grundschulen`): airports, borders, schools,
 * embassies, stations, plants, ports, shops, offices; for `closure`.
 */
const CLOSABLE_NOUNS = [
  'flughafen|flughäfen|luftraum|grenzen?|grenzübergänge?',
  'schulen?|kitas?|universitäten|universität|botschaft(?:en)?|konsulat(?:e)?',
  'bahnh(?:of|öfe)|stationen|station|haltestellen?|kraftwerke?|akw|reaktoren|reaktor|h(?:afen|äfen)',
  'fabriken|fabrik|standorte?|zechen?|minen?|filialen?|geschäfte|läden|büros?|behörden?|banken',
].join('|');
const CLOSABLE = String.raw`(?:(?<![a-zäöüß])[a-zäöüß-]*(?:${CLOSABLE_NOUNS})(?![a-zäöüß])|\bWerke?\b)`;
/** The auxiliary of a passive or a state: `wurde … geschlossen`, `bleiben … geschlossen`. */
const PASSIVE_OR_STATE = '(?:wurde|wurden|werden|wird|worden|bleibt|bleiben|blieb|blieben|musste|mussten|muss|müssen)';
/** Closed, shut down: the participle, not an adjective before a noun (`die geschlossene Grenze`). */
const CLOSED = '(?<![a-zäöüß])(?:geschlossen|stillgelegt|dichtgemacht)(?![a-zäöüß])';

/** A dispute, a compound too (`Tarifstreit`, `Tarifkonflikt`), that a settlement ends; for `agreement`. */
const DISPUTE = String.raw`(?<![a-zäöüß])[a-zäöüß]*(?:streit|konflikt|auseinandersetzung)(?![a-zäöüß])`;
/** The verbs of reaching a settlement: `gefunden`, `erzielten`, `erreicht`. */
const SETTLED = String.raw`\b(?:gefunden|fanden|fand|erzielt|erzielte|erzielten|erreicht|erreichte|erreichten)\b`;

/**
 * Negotiations by the words news uses for a round of them (`Tarifverhandlungen`, `Verhandlungsrunde`, `Gespräche`,
 * `Schlichtung`), and the words that say they began or broke down; for `negotiation`.
 */
const NEGOTIATIONS =
  String.raw`(?<![a-zäöüß])(?:[a-zäöüß]*verhandlungen|[a-zäöüß]*verhandlungsrunden?|Gespräche|` +
  String.raw`Schlichtung(?:sverfahren|sgespräche|sverhandlungen)?|Sondierungen|Sondierungsgespräche)(?![a-zäöüß])`;
const NEGOTIATION_BEGUN = String.raw`(?<![a-zäöüß])(?:begonnen|aufgenommen|gestartet|eröffnet)(?![a-zäöüß])`;
const NEGOTIATION_FAILED =
  String.raw`(?<![a-zäöüß])(?:gescheitert|abgebrochen|ergebnislos|ohne\s+(?:Ergebnis|Einigung)|vertagt)` +
  String.raw`(?![a-zäöüß])`;

/**
 * What binds and is ended by notice, compounds too (`Tarifvertrag`, `Jobgarantie`, `Beschäftigungssicherung`): a
 * contract, an agreement, a treaty, a pact, a guarantee, a partnership, support given; for `termination`.
 */
const TERMINABLE =
  String.raw`(?<![a-zäöüß])[a-zäöüß-]*(?:vertrag|verträge|vereinbarung|abkommen|pakt|bündnis|garantie|sicherung|` +
  String.raw`zusammenarbeit|partnerschaft|koalition|unterstützung|mitgliedschaft)(?:en|e|s)?(?![a-zäöüß])`;

/**
 * What is dissolved or broken up, a compound too (`Stadtrat`, `Protestcamp`): a parliament, a government, a party, a
 * council, a gathering; for `dissolution`.
 */
const DISSOLVABLE_NOUNS =
  'bundestag|parlament|nationalversammlung|landtag|abgeordnetenhaus|unterhaus|duma|regierung|kabinett|koalition|' +
  'partei|fraktion|verein|miliz|(?<!k)rat|räte|gremium|kommission|ausschuss|behörde|verwaltung|' +
  'demonstration|kundgebung|versammlung|blockade|camp';
const DISSOLVABLE = String.raw`(?<![a-zäöüß])[a-zäöüß-]*(?:${DISSOLVABLE_NOUNS})(?:e|en|n|s|es)?(?![a-zäöüß])`;
const DISSOLVED_PARLIAMENT = { de: 'das Parlament', en: 'parliament' };
/** `das Parlament` → `Parlament`, for a headline with no one acting. */
const withoutArticle = (s: string) => s.replace(/^(?:der|die|das)\s+/u, '');
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const EVENT_KINDS = [
  {
    id: 'reply',
    words: verbsOr('reply', String.raw`\bAntwort\b`),
    actor: 'acts',
    answers: 'any',
    label: { de: 'Antwort', en: 'Reply' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o', 'f')
          ? `${p.a} ${de(p, 'kontert', 'kontern')}: ${p.f} für ${p.o}`
          : has(p, 'a', 't')
            ? `${p.a} ${de(p, 'antwortet', 'antworten')} ${p.t}`
            : null,
      en: (p) =>
        has(p, 'a', 'o', 'f')
          ? `${p.a} ${p.plural ? 'counter' : 'counters'}: ${p.f} for ${p.o}`
          : has(p, 'a', 't')
            ? `${p.a} ${p.plural ? 'reply' : 'replies'} to ${p.t}`
            : null,
    },
  },
  {
    id: 'apology',
    // An apology made: `entschuldigte sich bei den Fans`, `hat sich für die Äußerung entschuldigt`, `bat um
    // Entschuldigung`, `bittet um Verzeihung`. Not one refused (`hat sich nicht entschuldigt`: a negated clause), nor
    // one asked for (`fordert eine Entschuldigung`) or meant (`will sich entschuldigen`).
    words: new RegExp(
      String.raw`\bentschuldigt(?:e|en)?\s+sich\b|\bsich\b${IN_CLAUSE}{0,80}?\bentschuldigt\b|` +
        String.raw`\b(?:bat|baten|bittet|bitten)\b${IN_CLAUSE}{0,60}?\bum\s+(?:Entschuldigung|Verzeihung)\b|` +
        String.raw`\bum\s+(?:Entschuldigung|Verzeihung)\s+gebeten\b`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Entschuldigung', en: 'Apology' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'entschuldigt', 'entschuldigen')} sich` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'apologise' : 'apologises'}` : null),
    },
  },
  {
    id: 'denial',
    // A claim or a deed denied: `bestritt, das Papier verfasst zu haben`, `hat die Vorwürfe zurückgewiesen`, `wies
    // zurück, dass …`, `dementierte den Bericht`. Not a match played (`bestritt sein erstes Spiel`), nor a proposal
    // rejected (`rejection`). The match is the verb alone, so what is denied is read after it.
    words: new RegExp(
      String.raw`${DENY_VERB}${DENIED_AFTER}|${SAID_NOUNS}\p{L}*${IN_CLAUSE}{0,60}?${DENY_VERB}|` +
        String.raw`\bwies(?:en)?\b(?=${IN_CLAUSE}*?\bzurück\b)(?=${IN_CLAUSE}{0,60}?(?<![a-zäöüß])${SAID_NOUNS}|` +
        String.raw`${IN_CLAUSE}*?\bzurück\b${DENIED_AFTER})`,
      'iu',
    ),
    actor: 'acts',
    takesInfinitive: true,
    takesThing: true,
    label: { de: 'Dementi', en: 'Denial' },
    headline: {
      de: (p) =>
        has(p, 'a') && p.th
          ? `${p.a} ${de(p, 'bestreitet', 'bestreiten')}${ENDS_INFINITIVE.test(p.th) ? ',' : ''} ${p.th}`
          : has(p, 'a')
            ? `${p.a} ${de(p, 'dementiert', 'dementieren')}`
            : null,
      en: (p) =>
        has(p, 'a') && p.th
          ? `${p.a} ${p.plural ? 'deny' : 'denies'}${ENDS_INFINITIVE.test(p.th) ? ':' : ''} ${quoted(p.th)}`
          : has(p, 'a')
            ? `${p.a} ${p.plural ? 'issue a denial' : 'issues a denial'}`
            : null,
    },
  },
  {
    id: 'rejection',
    // The match is the verb alone, so what is rejected is read as the phrase it takes (`takesThing`). A claim a court
    // dismisses is its ruling (`wies die Klage zurück`), not a rejection.
    words: new RegExp(
      String.raw`\blehn(?:t|te|ten)\b(?=${IN_SENTENCE}*?\bab\b)|\babgelehnt|` +
        String.raw`\bwies(?:en)?\b(?!${IN_SENTENCE}*?${CLAIM}${IN_SENTENCE}*?\bzurück\b)(?=${IN_SENTENCE}*?\bzurück\b)`,
      'i',
    ),
    actor: 'acts',
    answers: ['bid'],
    takesThing: true,
    label: { de: 'Ablehnung', en: 'Rejection' },
    headline: {
      de: (p) =>
        has(p, 'a', 't')
          ? `${p.a} ${de(p, 'lehnt', 'lehnen')} ${p.t}s Angebot ab`
          : has(p, 'a') && p.th
            ? `${p.a} ${de(p, 'lehnt', 'lehnen')} ${p.th} ab`
            : null,
      en: (p) =>
        has(p, 'a', 't')
          ? `${p.a} ${p.plural ? 'reject' : 'rejects'} ${p.t}'s bid`
          : has(p, 'a') && p.th
            ? `${p.a} ${p.plural ? 'reject' : 'rejects'} ${quoted(p.th)}`
            : null,
    },
  },
  {
    id: 'acquittal',
    words: new RegExp(
      String.raw`freigesprochen|Freispruch|freisprich|freisprach|freisprech|freizusprech|` +
        String.raw`\bsprach(?:en)?\b${IN_SENTENCE}*?\bfrei\b`,
      'i',
    ),
    actor: 'acts',
    // The one acquitted is a person; the court is what the headline names beside them.
    personOnly: true,
    label: { de: 'Freispruch', en: 'Acquittal' },
    headline: befell('freigesprochen', 'acquitted', {
      de: (p) => `${p.o} spricht ${p.a} frei`,
      en: (p) => `${p.o} acquits ${p.a}`,
    }),
  },
  {
    id: 'conviction',
    // A sentence to a penalty, not a condemnation (`verurteilten den Angriff`): `zu` a penalty stands beside it. A
    // verdict of guilty is one too (`sprach ihn des Betrugs schuldig`, `wurde schuldig gesprochen`).
    words: new RegExp(
      String.raw`verurteilt\w*\s+(?:[\wäöüß-]+\s+){0,8}?zu\s+(?:[\wäöüß-]+\s+){0,4}?` +
        String.raw`(?:Haft|Gefängnis|Jahren|Monaten|Geld|Freiheits|Bewährung|lebenslang)|` +
        String.raw`\bzu\s+(?:[\wäöüß-]+\s+){0,4}?(?:Haft|Gefängnis|Jahren|Monaten|Geld|Freiheits|Bewährung)\w*\s+` +
        // `zu einer Geldstrafe von 12.500 Euro verurteilt`, `zu einer Freiheitsstrafe von einem Jahr und neun
        // Monaten auf Bewährung verurteilt`: an amount, a term and its suspension may stand between.
        String.raw`(?:[\w.,äöüß-]+\s+){0,9}?verurteilt|` +
        String.raw`(?:Haft|Freiheits)strafe,\s+zu\s+der\s+${IN_SENTENCE}*?verurteilt|` +
        String.raw`\bschuldig\s+gesprochen\b|\b(?:sprach|sprachen|spricht)\b${IN_CLAUSE}{0,80}?\bschuldig\b`,
      'i',
    ),
    actor: 'acts',
    personOnly: true,
    label: { de: 'Verurteilung', en: 'Conviction' },
    headline: befell('verurteilt', 'convicted', {
      de: (p) => `${p.o} verurteilt ${p.a}`,
      en: (p) => `${p.o} convicts ${p.a}`,
    }),
  },
  {
    id: 'ruling',
    // A court's ruling on a law or a claim: `erklärte das Gesetz für nichtig`, `wurde für verfassungswidrig erklärt`,
    // `wies die Klage ab`, `der Beschwerde wurde stattgegeben`, `gab der Klage recht`. Not an opinion of it (`hielt es
    // für verfassungswidrig`, `bewertet es als nichtig`), nor a motion voted down (`lehnte den Antrag ab`), nor
    // charges (`Anklage`).
    words: new RegExp(
      String.raw`${CLAIM}\b${IN_CLAUSE}*?\b(?:abgewiesen|zurückgewiesen|stattgegeben)\b|` +
        String.raw`\b(?:weis(?:t|en)|wies(?:en)?)\b${IN_SENTENCE}*?${CLAIM}\b${IN_SENTENCE}*?\b(?:ab|zurück)\b|` +
        String.raw`\bgab(?:en)?\b${IN_CLAUSE}*?${CLAIM}\b${IN_CLAUSE}*?\b(?:statt|recht)\b|${BY_COURT}`,
      'i',
    ),
    courtOnly: new RegExp(`^(?:${BY_COURT})$`, 'i'),
    actor: 'acts',
    byBody: true,
    label: { de: 'Urteil', en: 'Ruling' },
    // What it ruled on is told too many ways (the law before `für nichtig erklärt`, the claim after `wies … ab`) for
    // one rule to name it: the court and the day make the headline.
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'urteilt', 'urteilen')}` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'rule' : 'rules'}` : null),
    },
  },
  {
    id: 'arrest',
    // Taken into custody or captive: `verhaftet`, `nahm … fest`, `in Gewahrsam genommen` (or a compound of it:
    // `Polizeigewahrsam`, `Schutzgewahrsam`), `gefangen genommen`.
    words: new RegExp(
      String.raw`\bverhaftet|\bfestgenommen|\bFestnahme\b|\bVerhaftung\b|` +
        String.raw`\bnahm(?:en)?\b${IN_CLAUSE}*?\b(?:fest|gefangen)\b(?=\s*(?:[.,;:]|$))|` +
        String.raw`\bgefangen\s*genommen\b|\bin\s+[a-zäöüß]*gewahrsam\s+genommen\b`,
      'i',
    ),
    actor: 'acts',
    // The one arrested is a person, the one the headline names.
    personOnly: true,
    inClause: true,
    label: { de: 'Festnahme', en: 'Arrest' },
    headline: befell('festgenommen', 'arrested'),
  },
  {
    id: 'allegation',
    // A crime someone is said to have committed, in the active with `soll … haben`: `Er soll im Mai 2019 eine Frau
    // überfallen haben`. The subject is the one accused; `soll … getötet worden sein` names a victim and is left out.
    words: new RegExp(
      String.raw`\b(?:soll|sollen|sollte|sollten)\b${IN_PART}{0,200}?` +
        String.raw`(?<![a-zäöüß])(?:${ALLEGED_DEED})(?![a-zäöüß])${IN_PART}{0,60}?\s+haben\b`,
      'i',
    ),
    // The deed is what happened, whether or not the text names who is accused (`sollen Unbekannte …`).
    actor: 'happens',
    names: ALLEGED_DEEDS,
    label: { de: 'Tatvorwurf', en: 'Alleged crime' },
    headline: {
      de: (p) =>
        p.n
          ? has(p, 'a')
            ? `${p.a} ${de(p, 'wird', 'werden')} ${p.n} vorgeworfen`
            : `Tatvorwurf: ${p.n.replace(/^eine?\s+/, '')}`
          : null,
      en: (p) =>
        p.n
          ? has(p, 'a')
            ? `${p.a} ${p.plural ? 'are' : 'is'} accused of ${p.n}`
            : `Alleged ${p.n.replace(/^an?\s+/, '')}`
          : null,
    },
  },
  {
    id: 'birth',
    // A birth told in the past: `wurde am 5. Mai 1931 in Seestadt geboren`, `Geboren wurde sie 1931`. Not who `geboren
    // sind` after a date (a group) nor who `geboren werden` (a rule).
    words: new RegExp(String.raw`\b(?:wurden?|worden)\b${IN_CLAUSE}*?\bgeboren\b|\bGeboren\s+wurden?\b`, 'i'),
    actor: 'acts',
    personOnly: true,
    inClause: true,
    once: true,
    label: { de: 'Geburt', en: 'Birth' },
    headline: befell('geboren', 'born'),
  },
  {
    id: 'death',
    // Dying, or being killed said in the passive, so its subject is the one who died: `(ver)starb am Montag`, `kam ums
    // Leben`, `ist tot` (news of a death; only of a person, not of a plan), `wurde tot in seiner Wohnung
    // aufgefunden`, `wurde im März erschossen` or `ist … erschossen worden`, also across an apposition (`wurde Max
    // Huber, ein Richter, erschossen`). `Huber erschoss …` names the killer first and is left out.
    words: new RegExp(
      // `des 1994 verstorbenen Gründers`: an attribute with its date (see `attributive`).
      String.raw`\b(?:ver)?starb(?:en)?\b|\b(?:gestorben|verstorben(?:e[nmrs]?)?)\b|\bums\s+Leben\b|` +
        String.raw`\b(?:ist|sind)\s+tot\b|` +
        String.raw`\btot\b${IN_CLAUSE}{0,60}?\baufgefunden|` +
        String.raw`\bwurden?\b(?:${IN_CLAUSE}|[,–]${IN_CLAUSE}{1,80}[,–])*?\b(?:${KILLED})\b|` +
        String.raw`\bist\b${IN_CLAUSE}*?\b(?:${KILLED})\s+worden\b`,
      'i',
    ),
    // `drei Menschen kamen ums Leben`: people counted, not named, are the toll of a disaster (see `incident`).
    notWhen: COUNTED_VICTIMS,
    actor: 'acts',
    personOnly: true,
    inClause: true,
    once: true,
    label: { de: 'Tod', en: 'Death' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'stirbt', 'sterben')}` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'die' : 'dies'}` : null),
    },
  },
  {
    id: 'disappearance',
    // Someone or something gone missing: `verschwand am Montag`, `war im Mai aus dem Heim verschwunden`, `ist seit dem
    // Flug verschollen`. Not what still is gone (`bis heute verschwunden`), nor `gilt als verschollen` (a state), nor
    // the attribute `der verschwundene Junge`.
    words: new RegExp(
      String.raw`\bverschwand(?:en)?\b|\b(?:ist|sind|war|waren)\b${IN_CLAUSE}{0,80}?\b(?:verschwunden|verschollen)\b`,
      'i',
    ),
    notWhen: /\b(?:bis\s+heute|noch\s+immer|immer\s+noch|nach\s+wie\s+vor|weiterhin)\b/i,
    // Who vanished is its subject, named or not: a plane vanishes too.
    actor: 'happens',
    inClause: true,
    once: true,
    label: { de: 'Verschwinden', en: 'Disappearance' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'verschwindet', 'verschwinden')}` : 'Verschwinden'),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'disappear' : 'disappears'}` : 'Disappearance'),
    },
  },
  {
    id: 'award',
    // `wurde mit dem Musikpreis geehrt`, `erhielt die Auszeichnung`, `wurde … ausgezeichnet`, `wurde ihr der Preis
    // verliehen`: an honour received, whoever gave it; not `war ausgezeichnet` (excellent).
    words: new RegExp(
      String.raw`\bgeehrt\b|\b(?:wurden?|worden|wird)\b${IN_CLAUSE}*?\b(?:ausgezeichnet|verliehen)\b|` +
        String.raw`\bAuszeichnung\b|` +
        String.raw`\berhielt(?:en)?\b${IN_CLAUSE}*?\b[a-zäöüß]*preis\b`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Auszeichnung', en: 'Award' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'wird', 'werden')} ausgezeichnet` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'receive' : 'receives'} an award` : null),
    },
  },
  {
    id: 'transfer',
    // A move to a club, a company or an office: `wechselt für 100 Millionen zum FC Seestadt`, `der Wechsel von Huber
    // zur Seebank`. `Wechsel` alone (`Regierungswechsel`, `Wechselkurs`) names none: a destination must follow.
    // Signing someone is a move too (`den der Verein 2019 von Seestadt verpflichtet hatte`, `verpflichtete den
    // Regisseur`), but not an obligation: `verpflichtete sich`, `hat sich zum Schutz verpflichtet`, `ist dazu
    // verpflichtet`, `verpflichtet alle, … zu zahlen`.
    words: new RegExp(
      String.raw`\bwechsel(?:t|te|ten|n)?\b[^,;]{0,80}?\b(?:zu|zum|zur|nach|ins)\b|` +
        String.raw`\bWechsel\s+(?:von|des)\b[^,;]{0,80}?\b(?:zu|zum|zur|nach|ins)\b|` +
        String.raw`(?<!\b(?:sich|zu|zur|zum|dazu)\b${IN_CLAUSE}*)` +
        String.raw`\bverpflichte(?:t|te|ten)\b(?!\s+sich\b)(?!${IN_CLAUSE}*\b(?:zu|zur|zum|dazu)\b)` +
        String.raw`(?!${IN_CLAUSE}*,${IN_CLAUSE}*(?:\bzu\s|[a-zäöüß]zu[a-zäöüß]+en\b|\bzu[mr]\b))`,
      'i',
    ),
    notWhen: /\b(?:sich|ist|sind|war|waren|wäre|wären|sei|seien)\b[^,.;]*verpflichte/i,
    actor: 'acts',
    objectTo: true,
    label: { de: 'Wechsel', en: 'Transfer' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${de(p, 'wechselt', 'wechseln')} zu ${p.o}${p.f ? ` für ${p.f}` : ''}`
          : has(p, 'a', 'f')
            ? `${p.a} ${de(p, 'wechselt', 'wechseln')} für ${p.f}`
            : null,
      en: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'move' : 'moves'} to ${p.o}${p.f ? ` for ${p.f}` : ''}`
          : has(p, 'a', 'f')
            ? `${p.a} ${p.plural ? 'move' : 'moves'} for ${p.f}`
            : null,
    },
  },
  {
    id: 'trial',
    // A trial opening, or charges brought: `zum Prozessauftakt`, `Der Prozess begann am Montag`, `erhob Anklage`.
    words: new RegExp(
      String.raw`Prozess(?:beginn|auftakt|start)|Verhandlungsauftakt|` +
        String.raw`(?:Prozess|Verhandlung)\s+(?:\S+\s+){0,6}?(?:begann|beginnt|startete|eröffnet)|` +
        String.raw`Anklage\s+(?:\S+\s+){0,6}?erhoben|\berhob\b${IN_SENTENCE}*?\bAnklage`,
      'i',
    ),
    actor: 'acts',
    // Who the trial is against is a person, the one the headline names.
    personOnly: true,
    label: { de: 'Prozessbeginn', en: 'Trial opens' },
    headline: {
      de: (p) => (has(p, 'a') ? `Prozess gegen ${p.a} beginnt` : null),
      en: (p) => (has(p, 'a') ? `Trial of ${p.a} opens` : null),
    },
  },
  {
    id: 'warrant',
    // An arrest warrant issued, lifted or applied for: `erließ Haftbefehl gegen Huber`, `der Haftbefehl wurde
    // aufgehoben`, `ein Haftbefehl erging`, `hat einen Haftbefehl beantragt`, `erwirkte einen Haftbefehl`. Not one that
    // only exists (`gegen ihn besteht ein Haftbefehl`) or is read out to someone.
    words: new RegExp(
      String.raw`Haftbefehl\w*\b${IN_PART}{0,80}?\b(?:erlassen|erließ|erließen|aufgehoben|aufhob|aufhoben|erging|` +
        String.raw`${SOUGHT})\b|\b(?:erließ|erließen|erging|hob|hoben|beantragte|beantragten|erwirkte|erwirkten)\b` +
        String.raw`${IN_PART}{0,60}?Haftbefehl`,
      'i',
    ),
    // It happens to whom it is against, named or not; a court issues it.
    actor: 'happens',
    personOnly: true,
    against: true,
    names: [
      [/aufgehoben|aufhob|\bhob/i, { de: 'aufgehoben', en: 'lifted' }],
      [/erlassen|erließ|erging/i, { de: 'erlassen', en: 'issued' }],
      // A warrant obtained from a court is issued; one applied for, not yet.
      [/erwirkt/i, { de: 'erlassen', en: 'issued' }],
      [/beantragt/i, { de: 'beantragt', en: 'requested' }],
    ],
    label: { de: 'Haftbefehl', en: 'Arrest warrant' },
    headline: {
      de: (p) => (p.n ? `Haftbefehl${p.a ? ` gegen ${p.a}` : ''} ${p.n}` : null),
      en: (p) => (p.n ? `Arrest warrant${p.a ? ` for ${p.a}` : ''} ${p.n}` : null),
    },
  },
  {
    id: 'appeal',
    // An appeal lodged: `legte Berufung ein`, `hat Revision eingelegt`, `ging in Berufung`. One announced (`kündigte
    // Revision an`) is an announcement, one planned (`will Beschwerde einlegen`) none yet. `Einberufung` is no appeal.
    words: new RegExp(
      String.raw`(?<![a-zäöüß])(?:Revision|Berufung|Rechtsmittel)\b${IN_PART}{0,60}?\beingelegt\b|` +
        String.raw`(?<![a-zäöüß])[a-zäöüß]*beschwerde\b${IN_PART}{0,60}?\beingelegt\b|` +
        String.raw`\blegt(?:e|en)?\b${IN_PART}{0,80}?` +
        String.raw`(?:(?<![a-zäöüß])(?:Revision|Berufung|Rechtsmittel)|beschwerde)\b` +
        String.raw`${IN_PART}{0,60}?\bein\b(?=\s*(?:[.,;:]|$))|` +
        String.raw`\b(?:ging|gingen|geht|gehen|gegangen)\b${IN_PART}{0,40}?\bin\s+(?:die\s+)?(?:Berufung|Revision)\b`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Rechtsmittel', en: 'Appeal' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'legt', 'legen')} Rechtsmittel ein` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'appeal' : 'appeals'}` : null),
    },
  },
  {
    id: 'agreement',
    words: new RegExp(
      String.raw`\beinigten\b|\beinigt\b|geeinigt|\bEinigung\b|Tarifeinigung|` +
        String.raw`Vereinbarung\s+(?:\S+\s+){0,9}?getroffen|\bvereinbart(?:en)?\b|` +
        // A dispute settled: `haben ihren Tarifstreit beigelegt`, `legten den Konflikt bei`.
        String.raw`${DISPUTE}${IN_CLAUSE}{0,80}?\bbeigelegt\b|` +
        String.raw`\blegten?\b${IN_CLAUSE}{0,60}?${DISPUTE}${IN_CLAUSE}{0,40}?\bbei\b(?=\s*(?:[.,;:]|$))|` +
        // A settlement reached: `haben einen Kompromiss gefunden`, `erzielten einen Kompromiss`, `ein Ergebnis im
        // Tarifstreit erzielt` (a result of a dispute only: an election or a match has results too).
        String.raw`\bKompromiss\b${IN_CLAUSE}{0,100}?${SETTLED}|` +
        String.raw`${SETTLED}(?!${IN_CLAUSE}{0,40}?\bkein\w*\s+Kompromiss)${IN_CLAUSE}{0,40}?\bKompromiss\b|` +
        String.raw`\bErgebnis\b(?=${IN_CLAUSE}{0,40}?${DISPUTE})${IN_CLAUSE}{0,60}?${SETTLED}`,
      'i',
    ),
    actor: 'acts',
    mutual: true,
    label: { de: 'Einigung', en: 'Agreement' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${de(p, 'einigt', 'einigen')} sich mit ${p.o}`
          : has(p, 'a') && p.plural
            ? `${p.a} einigen sich`
            : null,
      en: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'reach' : 'reaches'} an agreement with ${p.o}`
          : has(p, 'a') && p.plural
            ? `${p.a} reach an agreement`
            : null,
    },
  },
  {
    id: 'contract',
    // A contract signed or extended: `unterschrieb einen Vertrag bis 2027`, `hat ihren Vertrag verlängert`,
    // `der Vertrag ist unterzeichnet`, compounds too (`Vier-Jahres-Vertrag`). Not a treaty between states
    // (`Abkommen`), nor one only talked about (`über einen neuen Vertrag verhandeln`).
    words: new RegExp(
      String.raw`(?<![a-zäöüß])[a-zäöüß-]*(?:vertrag|vertrages|vertrags|kontrakt)\b${IN_CLAUSE}{0,60}?` +
        String.raw`\b(?:${CONTRACT_SIGNED})\b|\b(?:${CONTRACT_SIGNED})\b${IN_CLAUSE}{0,60}?` +
        String.raw`(?<![a-zäöüß])[a-zäöüß-]*(?:vertrag|kontrakt)\b`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Vertrag', en: 'Contract' },
    headline: toOrAlone(
      {
        to: (p) => `${p.a} ${de(p, 'unterschreibt', 'unterschreiben')} bei ${p.o}`,
        alone: (p) => `${p.a} ${de(p, 'unterschreibt', 'unterschreiben')} einen Vertrag`,
      },
      {
        to: (p) => `${p.a} ${p.plural ? 'sign' : 'signs'} with ${p.o}`,
        alone: (p) => `${p.a} ${p.plural ? 'sign' : 'signs'} a contract`,
      },
    ),
  },
  {
    id: 'founding',
    // The verb and its noun, by case: `gründeten`, `mitbegründet`, `Gründung`. Not `aus persönlichen Gründen` (the
    // noun `Grund`), nor `Begründung` or `Hintergründe`. A founder is one only as what someone is (`gehört zu den
    // Gründern`, `war Mitgründer`, `erst als Mitgründer, dann …`); as a title (`Seebank-Gründer Huber`, `Huber,
    // Gründer der Seebank,`) it dates nothing.
    words: new RegExp(
      String.raw`\b[gG]ründete(?:n)?\b|\b(?:gründet|gründen)\b|\b[gG]egründet|[mM]it(?:be)?gründet(?:e|en)?\b|` +
        String.raw`\b[mM]it(?:be)?gegründet|\bGründung|` +
        String.raw`\b(?:gehör(?:t|te|en|ten)\s+zu\s+den|(?:ist|war|sind|waren)(?:\s+(?:einer|eine)\s+der)?|als)\s+` +
        String.raw`(?:Mit(?:be)?)?[gG]ründer`,
    ),
    actor: 'made',
    // What is founded is a company the sentence names, else what the verb takes (`gründete einen Verein`, `Die Partei
    // wurde gegründet`), in the text's words.
    takesThing: true,
    label: { de: 'Gründung', en: 'Founding' },
    headline: {
      de: (p) => {
        const what = p.o ?? p.th;
        if (!what) return null;
        return has(p, 'a') ? `${p.a} ${de(p, 'gründet', 'gründen')} ${what}` : `${what} wird gegründet`;
      },
      en: (p) => {
        const what = p.o ?? quoted(p.th);
        if (!what) return null;
        return has(p, 'a') ? `${p.a} ${p.plural ? 'found' : 'founds'} ${what}` : `${what} is founded`;
      },
    },
  },
  {
    id: 'departure',
    // `nach dem Abschied von Huber`: a leaving, named by its noun.
    words: /verlie(?:ß|ss)|verlassen|ausgestiegen|Ausstieg|\bAbschied\s+(?:von|des)\b/i,
    actor: 'acts',
    label: { de: 'Abgang', en: 'Departure' },
    headline: {
      de: (p) => (has(p, 'a', 'o') ? `${p.a} ${de(p, 'verlässt', 'verlassen')} ${p.o}` : null),
      en: (p) => (has(p, 'a', 'o') ? `${p.a} ${p.plural ? 'leave' : 'leaves'} ${p.o}` : null),
    },
  },
  {
    id: 'resignation',
    // Stepping down needs no company named: `trat am Montag zurück`, `gab seinen Rücktritt bekannt`, `legte sein Amt
    // nieder`, `will ihr Mandat niederlegen`. Not a demand for it (`Rücktrittsforderung`, see `DEMANDED`) nor an
    // ultimatum; not `die Arbeit niederlegen`, a strike.
    words: new RegExp(
      String.raw`\bRücktritt(?!s(?:forderung|ultimatum))|\b(?:trat|traten|tritt)(?:\s+[^\s,;:]+){0,10}?\s+zurück\b|` +
        String.raw`zurückgetreten|${OFFICE}${IN_SENTENCE}*?\bnieder(?:gelegt|legen|zulegen|legte|legten)\b|` +
        String.raw`\bleg(?:t|te|ten)\b${IN_SENTENCE}*?${OFFICE}${IN_SENTENCE}*?\bnieder\b`,
      'i',
    ),
    actor: 'acts',
    personOnly: true,
    label: { de: 'Rücktritt', en: 'Resignation' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'tritt', 'treten')} zurück` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'resign' : 'resigns'}` : null),
    },
  },
  {
    id: 'retirement',
    // A career ended, as a player's or a politician's: `beendete 1990 seine Karriere`, `hat ihre politische Karriere
    // beendet`, `das Karriereende`. Not one planned (`will seine Karriere beenden`, see `intendedAt`).
    words: new RegExp(
      String.raw`\bbeende(?:t|te|ten)?\b${IN_CLAUSE}*?\bKarriere\b|\bKarriere\b${IN_CLAUSE}*?\bbeendet\b|` +
        String.raw`\bKarriereende\b`,
      'i',
    ),
    actor: 'acts',
    personOnly: true,
    label: { de: 'Karriereende', en: 'Retirement' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'beendet', 'beenden')} Karriere` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'retire' : 'retires'}` : null),
    },
  },
  {
    id: 'start',
    // Work or an office begun: `startete seine zweite Tätigkeit beim FC Seestadt`, `begann ihre Laufbahn 1990 im
    // Ministerium`, `trat sein Amt als Bürgermeister an`. An office taken over is begun (`übernimmt das Amt`, `soll den
    // Posten im Ministerium übernehmen`, `wird die Nachfolge von Huber antreten`); a company taken over is bought. Not
    // a product started (`launch`), nor a career ended.
    words: new RegExp(
      String.raw`\b(?:begann|begannen|beginnt|startete|starteten|startet|begonnen|gestartet)\b${IN_CLAUSE}*?` +
        String.raw`\b(?:seine|ihre)\s+(?:[a-zäöüß-]+\s+)?(?:[A-ZÄÖÜ][a-zäöüß]*-?)?` +
        String.raw`(?:[Tt]ätigkeit|[Aa]mtszeit|[Ll]aufbahn|[Kk]arriere|[Dd]ienstzeit)\b|` +
        String.raw`\btrat(?:en)?\b${IN_CLAUSE}*?\b(?:sein|ihr)(?:e|en)?\s+(?:[a-zäöüß-]+\s+)?(?:Amt|Dienst|Posten)\b` +
        String.raw`${IN_CLAUSE}*?\ban\b|${TAKES_OVER}${IN_CLAUSE}{0,40}?${OFFICE_TAKEN}|` +
        String.raw`${OFFICE_TAKEN}${IN_CLAUSE}{0,60}?${TAKES_OVER}|\bNachfolge\b${IN_CLAUSE}{0,60}?\bantreten\b`,
    ),
    actor: 'acts',
    personOnly: true,
    // Where the work begins: the company `bei` names (`beim FC Seestadt`).
    objectAt: true,
    label: { de: 'Beginn', en: 'Start' },
    headline: toOrAlone(
      {
        to: (p) => `${p.a} ${de(p, 'beginnt', 'beginnen')} bei ${p.o}`,
        alone: (p) => `${p.a} ${de(p, 'tritt', 'treten')} Stelle an`,
      },
      {
        to: (p) => `${p.a} ${p.plural ? 'start' : 'starts'} at ${p.o}`,
        alone: (p) => `${p.a} ${p.plural ? 'take' : 'takes'} up post`,
      },
    ),
  },
  {
    id: 'layoffs',
    // Jobs cut, by a company or at one: `baut 3.000 Stellen ab`, `500 Arbeitsplätze fallen weg`, `entlässt 130
    // Mitarbeiter`. Before `dismissal`: staff let go in numbers is no one person dismissed. Only verbs: the nouns
    // (`Stellenabbau`, `Massenentlassungen`) are mostly what is planned, feared or fought (`Angst vor dem
    // Stellenabbau`, `Streik gegen Massenentlassungen`). Not jobs filled or created (`schafft 200 Stellen`).
    words: new RegExp(
      [
        String.raw`\b${JOBS}\b${IN_CLAUSE}{0,60}?\b(?:${CUT})\b`,
        String.raw`\b(?:baut|baute|bauten|bauen)\b${IN_CLAUSE}{0,60}?\b${JOBS}\b${IN_CLAUSE}{0,20}?\bab\b`,
        String.raw`\b(?:streicht|strich|strichen)\b${IN_CLAUSE}{0,40}?\b${JOBS}\b`,
        String.raw`\b${FALL}\b${IN_CLAUSE}{0,60}?\b${JOBS}\b${IN_CLAUSE}{0,20}?\bweg\b`,
        String.raw`\b${JOBS}\b${IN_CLAUSE}{0,30}?\b${FALL}\s+(?:\S+\s+){0,3}?weg\b`,
        String.raw`\b(?:entlässt|entließ|entließen|entlassen)(?![a-zäöüß])${IN_CLAUSE}{0,40}?\b${STAFF}\b`,
      ].join('|'),
      'i',
    ),
    // No one need be named: `In Seestadt fallen 500 Stellen weg` is an entry, headed by its name.
    actor: 'happens',
    label: { de: 'Stellenabbau', en: 'Job cuts' },
    headline: {
      de: (p) =>
        has(p, 'a') ? `${p.a} ${de(p, 'baut', 'bauen')} Stellen ab` : p.o ? `Stellenabbau bei ${p.o}` : 'Stellenabbau',
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'cut' : 'cuts'} jobs` : p.o ? `Job cuts at ${p.o}` : 'Job cuts'),
    },
  },
  {
    id: 'insolvency',
    // A company bankrupt: `meldete Insolvenz an`, `hat Insolvenz beantragt`, `ging in die Insolvenz`, `Konkurs
    // angemeldet`, `ging pleite`, `stellte einen Insolvenzantrag` (the same filing in other words). Not `ist
    // insolvent`, a state, nor `droht die Insolvenz`, a threat.
    words: new RegExp(
      [
        String.raw`\b${BANKRUPTCY}\b${IN_CLAUSE}{0,30}?\b${FILED}\b`,
        String.raw`\b${FILES}\b${IN_CLAUSE}{0,40}?\b${BANKRUPTCY}\b`,
        String.raw`\b${GO}\b${IN_CLAUSE}{0,30}?\bin\s+(?:die\s+)?(?:Insolvenz|Konkurs|Pleite)\b`,
        String.raw`\bin\s+(?:die\s+)?${BANKRUPTCY}\s+${GO}\b`,
        String.raw`\bpleite\s+(?:gegangen|ging|gingen|geht)\b`,
        String.raw`\b${BANKRUPTCY}antrag\w*\b${IN_CLAUSE}{0,60}?\b${FILED_MOTION}\b`,
        String.raw`\b(?:stellt|stellte|stellten|reichte|reichten)\b${IN_CLAUSE}{0,60}?${BANKRUPTCY}antrag`,
      ].join('|'),
      'i',
    ),
    actor: 'happens',
    label: { de: 'Insolvenz', en: 'Insolvency' },
    headline: {
      de: (p) =>
        has(p, 'a') ? `${p.a} ${de(p, 'meldet', 'melden')} Insolvenz an` : p.o ? `Insolvenz von ${p.o}` : 'Insolvenz',
      en: (p) =>
        has(p, 'a') ? `${p.a} ${p.plural ? 'file' : 'files'} for insolvency` : p.o ? `${p.o} insolvent` : 'Insolvency',
    },
  },
  {
    id: 'surrender',
    // Giving oneself up: `stellte sich der Polizei`, `hat sich am Montag den Behörden gestellt`, `stellte sich selbst`,
    // `habe sich gestellt`. Not facing something (`stellte sich der Kritik`, `hat sich einer Wahl gestellt`), nor
    // `stellte sich heraus`, `hat sich quer gestellt`.
    words: new RegExp(
      [
        String.raw`\bstellt(?:e|en)?\b${IN_CLAUSE}{0,40}?\bsich\b${IN_CLAUSE}{0,40}?` +
          String.raw`(?:\b(?:der|den|dem|bei)\s+(?:\S+\s+)?${AUTHORITIES}\b|\bselbst\b(?=\s*(?:[.,;:]|$)))`,
        String.raw`\bsich\b${IN_CLAUSE}{0,60}?\b(?:${AUTHORITIES}|selbst)\b${IN_CLAUSE}{0,30}?\sgestellt\b`,
        String.raw`\bsich\b(?:\s+(?!(?:${NOT_SURRENDER})\b)[^\s,.;:]+){0,4}?\s+gestellt\b(?=\s*(?:[.,;:]|$))`,
      ].join('|'),
      'i',
    ),
    actor: 'acts',
    // Who gave up is a person, the one the headline names.
    personOnly: true,
    inClause: true,
    label: { de: 'Stellung', en: 'Surrender' },
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'stellt', 'stellen')} sich` : null),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'surrender' : 'surrenders'}` : null),
    },
  },
  {
    id: 'release',
    // Let out of custody: `wurde aus der Haft entlassen`, `freigelassen`, `ließ … frei`, `auf freien Fuß gesetzt`, `kam
    // aus der U-Haft frei`. Before `dismissal`: one let out of prison is not dismissed. Not the noun: a release is more
    // often demanded or negotiated than reported (`forderte die Freilassung`).
    words: new RegExp(
      String.raw`\bfreigelassen(?![a-zäöüß])|\bfreigekommen\b|\bauf\s+freien\s+Fuß\s+gesetzt|` +
        String.raw`\b(?:ließ|ließen|lässt|lassen|kommt|kommen|kam|kamen)\b${IN_CLAUSE}{0,80}?` +
        String.raw`\bfrei\b(?=\s*(?:[.,;:]|$))|` +
        String.raw`\b(?:aus|vom)\s+(?:der\s+|dem\s+)?[a-zäöüß-]*(?:haft|gefängnis|gewahrsam|strafvollzug)\s+` +
        String.raw`(?:[^\s,.;:]+\s+){0,2}?entlassen`,
      'i',
    ),
    actor: 'acts',
    // The one released is a person, the one the headline names.
    personOnly: true,
    inClause: true,
    label: { de: 'Freilassung', en: 'Release' },
    headline: befell('freigelassen', 'released'),
  },
  {
    id: 'dismissal',
    // `feuerte … gegen die Ministerin` is a verbal attack, `feuerte die Ministerin` a dismissal. A club or a company
    // that parts with its coach or its head dismisses them (`trennte sich von Trainer Huber`, `hat sich von seinem
    // Chef getrennt`, `die Trennung von Trainer Huber`), not a team with the other in a draw nor one from a spouse;
    // a coach `beurlaubt` is dismissed. An official is dismissed by being recalled (`abberufen`, `die Abberufung`) or
    // sent into temporary retirement (`in den einstweiligen Ruhestand versetzt`), the way political officials are
    // removed; plain `Ruhestand` is also the one reached by age.
    words: new RegExp(
      String.raw`entlassen|entließ|entlässt|Entlassung|gefeuert|\bbeurlaubte?n?\b|\babberuf(?:en|t|ung)\b|` +
        String.raw`\babberief(?:en)?\b|\beinstweiligen\s+Ruhestand\b|` +
        String.raw`\bfeuerte\b(?!${IN_SENTENCE}*\bgegen\b)|geschasst|abgesetzt|` +
        String.raw`\bschmiss\b${IN_SENTENCE}*?\b(?:hin)?aus\b|\bwarf\b${IN_SENTENCE}*?\bhinaus\b|` +
        String.raw`Rauswurf|rausgeworfen|\b(?:trennt|trennte|trennten)\s+sich\b${IN_CLAUSE}{0,60}?${FROM_HEAD}|` +
        String.raw`\bsich\b${IN_CLAUSE}{0,80}?${FROM_HEAD}(?:${IN_CLAUSE}|\([^()]{0,40}\)){0,60}?\bgetrennt\b|` +
        String.raw`\bTrennung\s+${FROM_HEAD}`,
      'i',
    ),
    actor: 'acts',
    namedObjectOnly: true,
    personOnly: true,
    label: { de: 'Entlassung', en: 'Dismissal' },
    headline: befell('entlassen', 'dismissed', {
      de: (p) => `${p.o} entlässt ${p.a}`,
      en: (p) => `${p.o} dismisses ${p.a}`,
    }),
  },
  {
    id: 'appointment',
    // Someone named to an office, which `zum`/`zur` names: `ernannte Huber zur Ministerin`, `wurde zum Vorsitzenden
    // berufen`, `die Ernennung zum Botschafter`. Not `beruft sich auf` (citing) nor a calling without an office.
    words: new RegExp(
      String.raw`\b(?:ernannte|ernannten|ernennt|ernennen|berief|beriefen|beruft)\b${IN_CLAUSE}{0,80}?${TO_OFFICE}|` +
        String.raw`${TO_OFFICE}${IN_CLAUSE}{0,80}?\b(?:ernannt|berufen)\b|\bErnennung\b${IN_CLAUSE}{0,40}?${TO_OFFICE}`,
      'i',
    ),
    actor: 'acts',
    personOnly: true,
    label: { de: 'Ernennung', en: 'Appointment' },
    headline: befell('ernannt', 'appointed', {
      de: (p) => `${p.o} ernennt ${p.a}`,
      en: (p) => `${p.o} appoints ${p.a}`,
    }),
  },
  {
    id: 'elected',
    // Someone voted into an office, which `zum`/`zur` names, or into a body (`in den Stadtrat`), read as an
    // appointment is: `wurde zum Vorsitzenden gewählt`, `hat die Juristin Eva Beispiel zur Präsidentin gewählt`, `wurde
    // in den Landtag gewählt`. A vote without the one it chose named so is an `election`.
    words: new RegExp(
      String.raw`(?:${TO_OFFICE}|${INTO_BODY})${IN_CLAUSE}{0,80}?\b(?:wieder)?gewählt\b|` +
        String.raw`\b(?:wählte|wählten|wählt|wählen)\b${IN_CLAUSE}{0,80}?${TO_OFFICE}`,
      'i',
    ),
    // `zum Kandidaten für die Wahl am 3. Mai gewählt`: the date is the vote's, which is the entry.
    notWhen: /wahl(?:en)?\s+(?:am|vom)\s/i,
    actor: 'acts',
    personOnly: true,
    label: { de: 'Wahl', en: 'Election' },
    headline: befell('gewählt', 'elected', {
      de: (p) => `${p.o} wählt ${p.a}`,
      en: (p) => `${p.o} elects ${p.a}`,
    }),
  },
  {
    id: 'lawsuit',
    // `\bklagt` so that `beklagten sich` (complained) is not a lawsuit. A compound is one (`Sammelklage`,
    // `Unterlassungsklage`), but not charges (`Anklage`, see `trial`), a reserve (`Rücklage`) or a complaint.
    words: /\bklagt|(?<![a-zäöüß])(?!(?:an|weh|be)klage|rücklage)[a-zäöüß]*klage|\bverklag/i,
    actor: 'acts',
    label: { de: 'Klage', en: 'Lawsuit' },
    headline: toOrAlone(
      {
        to: (p) => `${p.a} ${de(p, 'verklagt', 'verklagen')} ${p.o}`,
        alone: (p) => `${p.a} ${de(p, 'reicht', 'reichen')} Klage ein`,
      },
      {
        to: (p) => `${p.a} ${p.plural ? 'sue' : 'sues'} ${p.o}`,
        alone: (p) => `${p.a} ${p.plural ? 'file' : 'files'} a lawsuit`,
      },
    ),
  },
  {
    id: 'bid',
    // Announcing a purchase is making a bid: `kündigte … den Kauf … an`, `will die Firma übernehmen`; not an office
    // or a cost one means to take on (`will den Vorsitz übernehmen`).
    words: new RegExp(
      String.raw`Angebot\s+für|Angebot|\bbietet|\bbot\b|geboten|(?<!${TAKEN_ON}${IN_CLAUSE}{0,60})übernehmen\s+will|` +
        String.raw`\bwill\s+(?!(?:\S+\s+){0,6}?${TAKEN_ON})(?:\S+\s+){1,6}?übernehmen|` +
        String.raw`kündigte\b${IN_SENTENCE}*?(?<![a-zäöüß])(?:Kauf|Übernahme)\b`,
      'i',
    ),
    // `bietet Platz`, `bot seine Hilfe an`, `bietet einen Einblick`: offering is bidding only for an amount.
    moneyOnly: /^(?:Angebot|bietet|bot|geboten)$/i,
    namingCompound: /(?:übernahme|kauf|gegen|milliarden|millionen|bar|aktien|schein|höchst|mindest)s?-?$/i,
    actor: 'acts',
    label: { de: 'Angebot', en: 'Bid' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o', 'f')
          ? `${p.a} ${de(p, 'bietet', 'bieten')} ${p.f} für ${p.o}`
          : has(p, 'a', 'o')
            ? `${p.a} ${de(p, 'will', 'wollen')} ${p.o} übernehmen`
            : null,
      en: (p) =>
        has(p, 'a', 'o', 'f')
          ? `${p.a} ${p.plural ? 'bid' : 'bids'} ${p.f} for ${p.o}`
          : has(p, 'a', 'o')
            ? `${p.a} ${p.plural ? 'bid' : 'bids'} for ${p.o}`
            : null,
    },
  },
  {
    id: 'offer',
    // An offer put on the table in talks (`legte … ein neues Angebot vor`, `hat ein Angebot im Streit mit der
    // Gewerkschaft vorgelegt`); one with an amount or for a company is a bid, above.
    words: new RegExp(
      String.raw`Angebot\b${IN_CLAUSE}{0,80}?\b(?:vorgelegt|vorlegen|unterbreitet|gemacht)\b|` +
        String.raw`\blegten?\b${IN_SENTENCE}*?\bAngebot\b${IN_SENTENCE}*?\bvor\b|` +
        String.raw`\bunterbreitete[n]?\b${IN_SENTENCE}*?\bAngebot`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Angebot', en: 'Offer' },
    headline: toOrAlone(
      {
        to: (p) => `${p.a} ${de(p, 'legt', 'legen')} ${p.o} ein Angebot vor`,
        alone: (p) => `${p.a} ${de(p, 'legt', 'legen')} ein Angebot vor`,
      },
      {
        to: (p) => `${p.a} ${p.plural ? 'make' : 'makes'} ${p.o} an offer`,
        alone: (p) => `${p.a} ${p.plural ? 'make' : 'makes'} an offer`,
      },
    ),
  },
  {
    id: 'termination',
    // An agreement ended by notice: `hat den Tarifvertrag gekündigt`, `kündigte die Vereinbarung zum Jahresende`, `die
    // Jobgarantie wurde aufgekündigt`, `kündigte ihre Unterstützung für die Regierung auf`. Not what is announced
    // (`kündigte einen neuen Vertrag an`), nor staff let go (`Mitarbeitern wurde gekündigt`): only what binds. The
    // match is the verb alone, so what it ends is read as the phrase it takes (`takesThing`).
    words: new RegExp(
      String.raw`(?<![a-zäöüß])(?:auf)?gekündigt(?![a-zäöüß])(?<=${TERMINABLE}${IN_CLAUSE}{0,80}?gekündigt)|` +
        String.raw`\b(?:kündigt|kündigte|kündigten)\b(?=${IN_CLAUSE}{0,80}?${TERMINABLE})` +
        String.raw`(?!${IN_CLAUSE}*?\ban\b(?=\s*(?:[.,;:]|$)))|` +
        String.raw`\b(?:kündigt|kündigte|kündigten)\b(?=${IN_CLAUSE}{0,100}?\bauf\b(?=\s*(?:[.,;:]|$|und\b|oder\b)))`,
      'i',
    ),
    actor: 'acts',
    takesThing: true,
    label: { de: 'Kündigung', en: 'Termination' },
    headline: {
      de: (p) => (has(p, 'a') && (p.th || p.o) ? `${p.a} ${de(p, 'kündigt', 'kündigen')} ${p.th ?? p.o} auf` : null),
      en: (p) =>
        has(p, 'a') && (p.th || p.o) ? `${p.a} ${p.plural ? 'terminate' : 'terminates'} ${quoted(p.th) ?? p.o}` : null,
    },
  },
  {
    id: 'withdrawal',
    // Something put forward taken back: `zog die Klage zurück`, `hat ihr Angebot zurückgezogen`. Not `zog sich zurück`
    // (withdrawing oneself) nor anything taken back that was not put forward (`zog die Truppen zurück`).
    words: new RegExp(
      String.raw`${TAKES}${IN_CLAUSE}*?${PUT_FORWARD}${IN_CLAUSE}*?\bzurück\b` +
        String.raw`(?=\s*(?:[.,;:]|$))|${PUT_FORWARD}${IN_CLAUSE}{0,80}?\bzurückgezogen\b`,
      'i',
    ),
    actor: 'acts',
    takesThing: true,
    label: { de: 'Rückzug', en: 'Withdrawal' },
    headline: {
      de: (p) => (has(p, 'a') && p.th ? `${p.a} ${de(p, 'zieht', 'ziehen')} ${p.th} zurück` : null),
      en: (p) => (has(p, 'a') && p.th ? `${p.a} ${p.plural ? 'withdraw' : 'withdraws'} ${quoted(p.th)}` : null),
    },
  },
  {
    id: 'postponement',
    // Something planned put off: `verschiebt den Bau um zwei Jahre`, `Der Start wurde auf Dienstag verschoben`, `ist
    // auf unbestimmte Zeit verschoben`, `hat die Sitzung vertagt`. `verschieben` with how far only: without it the verb
    // moves things as often (`Mittel in den Fonds verschoben`).
    words: new RegExp(
      String.raw`${PUT_OFF}${IN_CLAUSE}{0,60}?${PUT_OFF_BY}|${PUT_OFF_BY}${IN_CLAUSE}{0,60}?${PUT_OFF}|` +
        String.raw`\bvertagt(?:e|en)?\b`,
      'i',
    ),
    actor: 'acts',
    takesThing: true,
    label: { de: 'Verschiebung', en: 'Postponement' },
    headline: {
      de: (p) =>
        p.th ? (has(p, 'a') ? `${p.a} ${de(p, 'verschiebt', 'verschieben')} ${p.th}` : `${p.th} verschoben`) : null,
      en: (p) =>
        p.th
          ? has(p, 'a')
            ? `${p.a} ${p.plural ? 'postpone' : 'postpones'} ${quoted(p.th)}`
            : `${quoted(p.th)} postponed`
          : null,
    },
  },
  {
    id: 'purchase',
    // `übernahm` and the present of news (`Seebank übernimmt Nordbank`), not `Übernahme`: the noun names a plan or a
    // bid as often as a deed; and not an office, a task or a cost taken on (`übernahm den Vorsitz`, `hat die
    // Verantwortung übernommen`). Selling (`verkaufte`) is not buying; `erwarb` and `erworben` are.
    words: new RegExp(
      String.raw`(?<!ver)kaufte|(?<!ver)gekauft|(?<![a-zäöüß])kauft(?![a-zäöüß])|` +
        String.raw`(?<!${TAKEN_ON}${IN_CLAUSE}{0,60})(?:(?<![a-zäöüß])übern(?:ahm|immt)(?![a-zäöüß])|übernommen)` +
        String.raw`(?!${IN_CLAUSE}{0,60}?${TAKEN_ON})|bezahlte|Kaufpreis|` +
        String.raw`\berwarb(?:en)?\b|\berworben\b`,
      'i',
    ),
    actor: 'acts',
    companyOnly: /^(?:übernimmt|kauft)$/i,
    // A stake bought is not the company: `erwarb eine Beteiligung an der Seebank`.
    names: [[/Anteil|Beteiligung|Aktien|Aktienpaket|Stimmrechte/i, { de: 'einen Anteil an', en: 'a stake in' }]],
    label: { de: 'Kauf', en: 'Purchase' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o')
          ? p.n
            ? `${p.a} ${de(p, 'erwirbt', 'erwerben')} ${p.n} ${p.o}${p.f ? ` für ${p.f}` : ''}`
            : `${p.a} ${de(p, 'kauft', 'kaufen')} ${p.o}${p.f ? ` für ${p.f}` : ''}`
          : null,
      en: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'buy' : 'buys'} ${p.n ? `${p.n} ` : ''}${p.o}${p.f ? ` for ${p.f}` : ''}`
          : null,
    },
  },
  {
    id: 'investment',
    words: /investier|Investition/i,
    actor: 'acts',
    needsMoney: true,
    label: { de: 'Investition', en: 'Investment' },
    headline: {
      de: (p) => (has(p, 'a', 'f') ? `${p.a} ${de(p, 'kündigt', 'kündigen')} Investitionen von ${p.f} an` : null),
      en: (p) => (has(p, 'a', 'f') ? `${p.a} ${p.plural ? 'pledge' : 'pledges'} ${p.f} of investment` : null),
    },
  },
  {
    id: 'launch',
    words: new RegExp(String.raw`\bEinführung|auf\s+den\s+Markt|lanciert|\bbrachte\b${IN_SENTENCE}*?\bheraus\b`, 'i'),
    actor: 'made',
    label: { de: 'Markteinführung', en: 'Launch' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${de(p, 'bringt', 'bringen')} ${p.o} auf den Markt`
          : has(p, 'o')
            ? `${p.o} kommt auf den Markt`
            : null,
      en: (p) =>
        has(p, 'a', 'o')
          ? `${p.a} ${p.plural ? 'launch' : 'launches'} ${p.o}`
          : has(p, 'o')
            ? `${p.o} is launched`
            : null,
    },
  },
  {
    id: 'collapse',
    // `die eingestürzte Brücke` names the thing by what befell it; only the verb and the noun report it, a compound
    // noun too (`Teileinsturz`, `Dacheinsturz`).
    // `stürzte … ein` with its particle at the clause's end: `stürzte in den Fluss, … ein Verbot` is no collapse.
    words: new RegExp(
      String.raw`eingestürzt(?!e)|(?<![a-zäöüß])[a-zäöüß]*einsturz|\bstürzte\b${IN_CLAUSE}*?\bein\b(?=\s*(?:[.,;:]|$))`,
      'i',
    ),
    actor: 'happens',
    thing: true,
    label: { de: 'Einsturz', en: 'Collapse' },
    headline: {
      de: (p) => (p.o ? `${p.o} stürzt ein` : null),
      en: (p) => (p.o ? `${p.o} collapses` : null),
    },
  },
  {
    id: 'incident',
    // A disaster or an attack, told by a verb of happening beside its noun: `Das Beben ereignete sich am Morgen`, `ist
    // ein Großbrand ausgebrochen`, `kam es zu einem Unfall`; by what it did (`STRUCK`); an aircraft crashed
    // (`CRASHED`) or came down where it could (`LANDED`); its toll (`TOLL`). The noun alone is often background (`nach
    // dem Unfall`).
    words: new RegExp(
      `(?:${INCIDENT_NOUN})${IN_PART}{0,80}?(?:${HAPPENED})|(?:${HAPPENED})${IN_PART}{0,40}?(?:${INCIDENT_NOUN})|` +
        `(?:${INCIDENT_NOUN})\\s+(?:${STRUCK})|${CRASHED}|${LANDED}|${TOLL}|${SET_ON_FIRE}|${ABDUCTED}`,
      'i',
    ),
    actor: 'happens',
    names: INCIDENT_NAMES,
    label: { de: 'Unglück', en: 'Incident' },
    headline: { de: (p) => p.n, en: (p) => p.n },
  },
  {
    id: 'opening',
    // A place or an event opened: `wurde am Samstag eröffnet`, `eröffnete die Ausstellung`, `die Eröffnung der Messe`.
    // Not fire opened (`eröffnete das Feuer`) nor a warrant read out to someone (`der Haftbefehl wurde eröffnet`).
    words: new RegExp(
      String.raw`(?<!\b(?:Feuer|Haftbefehl)\b${IN_CLAUSE}{0,80})(?<![a-zäöüß])(?:eröffnet(?:e|en)?|Eröffnung)` +
        String.raw`(?![a-zäöüß])(?!${IN_CLAUSE}*?\bFeuer\b)`,
      'i',
    ),
    actor: 'happens',
    // What is opened is what the verb takes (`hat ein Lager eröffnet`, `wurde die Messe eröffnet`), else a company.
    takesThing: true,
    label: { de: 'Eröffnung', en: 'Opening' },
    headline: {
      de: (p) => (p.th || p.o ? `${p.th ?? p.o} wird eröffnet` : null),
      en: (p) => (p.th || p.o ? `${quoted(p.th) ?? p.o} opens` : null),
    },
  },
  {
    id: 'closure',
    // A place closed or shut down, the place named beside the verb: `Der Flughafen wurde am Morgen geschlossen`,
    // `wurden alle Schulen geschlossen`, `Die Regierung schloss die Grenzen`, `Das Kraftwerk wird stillgelegt`. Not a
    // contract concluded nor a gap closed (`Abkommen geschlossen`, `eine Lücke schließen`): only what can be closed
    // to people counts; not `schloss … ab` or `schließt … aus`.
    words: new RegExp(
      [
        String.raw`${CLOSABLE}${IN_CLAUSE}{0,60}?\b${PASSIVE_OR_STATE}\b${IN_CLAUSE}{0,60}?${CLOSED}`,
        String.raw`\b${PASSIVE_OR_STATE}\b${IN_CLAUSE}{0,40}?${CLOSABLE}${IN_CLAUSE}{0,60}?${CLOSED}`,
        String.raw`\b(?:schloss|schlossen|schließt|schließen)\b${IN_CLAUSE}{0,40}?${CLOSABLE}` +
          String.raw`(?!${IN_CLAUSE}*?\b(?:ab|aus|an|ein|zusammen)\s*(?:[.,;:]|$))`,
      ].join('|'),
      'i',
    ),
    actor: 'happens',
    names: [
      [/flughäfen|flughafen|luftraum/i, { de: 'Flughafen geschlossen', en: 'Airport closed' }],
      [/grenz/i, { de: 'Grenze geschlossen', en: 'Border closed' }],
      [/schule|kita|universität/i, { de: 'Schulen geschlossen', en: 'Schools closed' }],
      [/botschaft|konsulat/i, { de: 'Botschaft geschlossen', en: 'Embassy closed' }],
      [/bahnhof|bahnhöfe|station|haltestelle/i, { de: 'Bahnhof geschlossen', en: 'Station closed' }],
      [/kraftwerk|akw|reaktor/i, { de: 'Kraftwerk stillgelegt', en: 'Power plant shut down' }],
      [/hafen|häfen/i, { de: 'Hafen geschlossen', en: 'Port closed' }],
      [/werk|fabrik|standort|zeche|mine/i, { de: 'Werk geschlossen', en: 'Plant closed' }],
      [/filiale|geschäft|läden|laden|banken/i, { de: 'Geschäfte geschlossen', en: 'Shops closed' }],
      [/büro|behörde/i, { de: 'Büro geschlossen', en: 'Office closed' }],
    ],
    label: { de: 'Schließung', en: 'Closure' },
    headline: {
      de: (p) => (p.o ? `${p.o} wird geschlossen` : (p.n ?? null)),
      en: (p) => (p.o ? `${p.o} is closed` : (p.n ?? null)),
    },
  },
  {
    id: 'dissolution',
    // A body dissolved, or a gathering broken up, the body named in the verb's clause: `hat das Parlament am Montag
    // aufgelöst`, `Der Stadtrat wurde aufgelöst`, `Die Polizei löste die Kundgebung auf`. Not a contract or a riddle
    // (`den Vertrag aufgelöst`), nor the adjective (`die aufgelöste Partei`), nor the noun (`nach der Auflösung`),
    // which is background more often than news.
    words: new RegExp(
      String.raw`${DISSOLVABLE}${IN_CLAUSE}{0,160}?(?<![a-zäöüß])aufgelöst(?![a-zäöüß])|` +
        String.raw`\b(?:löst|löste|lösten|lösen)\b${IN_CLAUSE}{0,100}?${DISSOLVABLE}${IN_CLAUSE}{0,100}?` +
        String.raw`\bauf\b(?=\s*(?:[.,;:]|$|und\b|oder\b))`,
      'i',
    ),
    actor: 'acts',
    // Dissolving a parliament is announced by the one who does it (`kündigte die Auflösung … an`): one entry.
    sameEventAs: 'announcement',
    names: [
      [/bundestag|parlament|nationalversammlung|landtag|abgeordnetenhaus|unterhaus|duma/i, DISSOLVED_PARLIAMENT],
      [/demonstration|kundgebung|versammlung|blockade|camp/i, { de: 'die Kundgebung', en: 'the protest' }],
      [/regierung|kabinett|koalition/i, { de: 'die Regierung', en: 'the government' }],
      [/partei|fraktion|verein|miliz/i, { de: 'die Organisation', en: 'the organisation' }],
      [/rat\b|räte|gremium|kommission|ausschuss|behörde|verwaltung/i, { de: 'das Gremium', en: 'the council' }],
    ],
    label: { de: 'Auflösung', en: 'Dissolution' },
    headline: {
      de: (p) =>
        p.n ? (has(p, 'a') ? `${p.a} ${de(p, 'löst', 'lösen')} ${p.n} auf` : `${withoutArticle(p.n)} aufgelöst`) : null,
      en: (p) =>
        p.n
          ? has(p, 'a')
            ? `${p.a} ${p.plural ? 'dissolve' : 'dissolves'} ${p.n}`
            : `${upperFirst(p.n)} dissolved`
          : null,
    },
  },
  {
    id: 'completion',
    words: /fertiggestellt|Fertigstellung|eingeweiht|Einweihung/i,
    actor: 'happens',
    thing: true,
    label: { de: 'Fertigstellung', en: 'Completion' },
    headline: {
      de: (p) => (p.o ? `${p.o} wird fertiggestellt` : null),
      en: (p) => (p.o ? `${p.o} is completed` : null),
    },
  },
  {
    id: 'demolition',
    words: new RegExp(String.raw`abgerissen|\bAbriss\b|abreißen|\brissen?\b${IN_SENTENCE}*?\bab\b`, 'i'),
    actor: 'happens',
    thing: true,
    label: { de: 'Abriss', en: 'Demolition' },
    headline: {
      de: (p) => (p.o ? `${p.o} wird abgerissen` : null),
      en: (p) => (p.o ? `${p.o} is to be demolished` : null),
    },
  },
  {
    id: 'outage',
    // A failure of systems befalls whoever runs them, named as its object: `Störungen beim Anbieter Seenet`. What a
    // strike paralyses is the strike's doing (`legte mit einem Streik den Hafen lahm`), see `strike`.
    words: new RegExp(
      String.raw`\bAusfäll|\bIT-Ausfall|Stromausfall|\bStörung|\bPanne\b|${NOT_BY_STRIKE}lahmgelegt|` +
        String.raw`${NOT_BY_STRIKE}\blegte[n]?\b${IN_SENTENCE}*?\blahm\b`,
      'i',
    ),
    actor: 'happens',
    thing: true,
    label: { de: 'Störung', en: 'Outage' },
    headline: {
      de: (p) => (p.o ? `Störung bei ${p.o}` : 'Störung'),
      en: (p) => (p.o ? `${p.o} outage` : 'Outage'),
    },
  },
  {
    id: 'decision',
    // A decision taken: `beschloss am Montag, die Halle zu schließen`, `hat die Reform beschlossen`, `entschied sich
    // für den Verkauf`, a law passed (`verabschiedete den Haushalt`, `das Gesetz wurde verabschiedet`). Not the
    // adjective (`eine beschlossene Sache`, `entschieden dagegen`), nor a farewell (`verabschiedete sich`, `wurde von
    // den Fans verabschiedet`): `verabschieden` only with what a body passes in its clause.
    words: new RegExp(
      String.raw`\bbeschlo(?:ss|ß)(?:en)?\b|\bbeschließ(?:t|en)\b|\bbeschlossen\b|\bentschied\b|` +
        String.raw`\bentschieden\b(?!\s+(?:gegen|für|dagegen|dafür)\b)|` +
        // What was passed before the verb is looked back for from its end, once the verb is found: looked for before
        // each place a verb could start, it read a long clause back from every one of them.
        String.raw`\b${PASSING}(?<=${PASSED}\b${IN_CLAUSE}*?verabschiede(?:t|te|ten|n))|` +
        String.raw`\b${PASSING}(?=${IN_CLAUSE}*?${PASSED}\b)`,
      'i',
    ),
    actor: 'acts',
    // What is decided is what the `zu` clause says; a noun phrase may be a contest won (`entschieden das Rennen`).
    takesInfinitive: true,
    thingAfter: /^(?:beschl|verabschied)/i,
    decides: true,
    // `entschied sich für den Flughafen`, `hat sich für Huber als Chefin entschieden`: a choice.
    takesChoice: true,
    label: { de: 'Beschluss', en: 'Decision' },
    headline: {
      de: (p) =>
        has(p, 'a') && p.th
          ? CHOSEN.test(p.th)
            ? `${p.a} ${de(p, 'entscheidet', 'entscheiden')} sich ${p.th}`
            : `${p.a} ${de(p, 'beschließt', 'beschließen')}${ENDS_INFINITIVE.test(p.th) ? ',' : ''} ${p.th}`
          : null,
      en: (p) =>
        has(p, 'a') && p.th
          ? CHOSEN.test(p.th)
            ? `${p.a} ${p.plural ? 'choose' : 'chooses'} ${quoted(p.th.replace(CHOSEN, ''))}`
            : ENDS_INFINITIVE.test(p.th)
              ? `${p.a} ${p.plural ? 'decide' : 'decides'}: ${quoted(p.th)}`
              : `${p.a} ${p.plural ? 'adopt' : 'adopts'} ${quoted(p.th)}`
          : null,
    },
  },
  {
    id: 'approval',
    // A plan, a law or a deal approved by those who must: `billigte den Plan`, `hat den Vertrag genehmigt`, `segnete …
    // ab`, `wurde vom Parlament abgesegnet`. Not a state (`war genehmigt`, `wenn er genehmigt ist`), nor granting
    // someone a right (`billigte ihm das Recht zu`, `zugebilligt`), nor the noun, as often a permit applied for.
    words: new RegExp(
      String.raw`(?<![a-zäöüß])(?:billigt|billigte|billigten|gebilligt|abgesegnet)(?![a-zäöüß])` +
        String.raw`(?!${IN_CLAUSE}*?\bzu\s*(?:[.,;:]|$))|` +
        String.raw`(?<![a-zäöüß])(?:genehmigt|genehmigte|genehmigten)(?![a-zäöüß])` +
        String.raw`(?!\s+(?:ist|sind|war|waren|gewesen|wäre|wären|sei)\b)|` +
        String.raw`\bsegneten?\b${IN_CLAUSE}*?\bab\b`,
      'i',
    ),
    actor: 'acts',
    decides: true,
    takesThing: true,
    sameEventAs: 'announcement',
    label: { de: 'Zustimmung', en: 'Approval' },
    headline: {
      de: (p) => (has(p, 'a') && p.th ? `${p.a} ${de(p, 'billigt', 'billigen')} ${p.th}` : null),
      en: (p) => (has(p, 'a') && p.th ? `${p.a} ${p.plural ? 'approve' : 'approves'} ${quoted(p.th)}` : null),
    },
  },
  {
    id: 'announcement',
    words: new RegExp(
      `${verbsOr('announcement').source}|` +
        // Not `unangekündigt`: a visit no one announced, nor `kündigte … auf`, ending what it names (`kündigte die
        // Zusammenarbeit auf`).
        String.raw`(?<!un)angekündigt|ankündig|anzukündig|` +
        String.raw`(?<![a-zäöüß])kündigten?\b(?!${IN_CLAUSE}*?\bauf\b(?=\s*(?:[.,;:]|$|und\b|oder\b)))|` +
        String.raw`bekannt\s*(?:zu\s+)?geben|` +
        String.raw`bekanntgegeben|Ankündigung`,
      'i',
    ),
    actor: 'acts',
    label: { de: 'Ankündigung', en: 'Announcement' },
    // What is announced is a vote or an election when the clause names one (`kündigte Neuwahlen an`), else what is to
    // be done (`kündigte an, das Werk zu schließen`), else a company or a product.
    announcesVote: true,
    takesThing: true,
    takesInfinitive: true,
    headline: {
      de: (p) => {
        if (has(p, 'a') && !p.n && p.th && ENDS_INFINITIVE.test(p.th))
          return `${p.a} ${de(p, 'kündigt', 'kündigen')} an, ${p.th}`;
        const what = p.n ?? p.o ?? p.th;
        return has(p, 'a') && what ? `${p.a} ${de(p, 'kündigt', 'kündigen')} ${what} an` : null;
      },
      en: (p) => {
        const verb = p.plural ? 'announce' : 'announces';
        if (has(p, 'a') && !p.n && p.th && ENDS_INFINITIVE.test(p.th)) return `${p.a} ${verb}: ${quoted(p.th)}`;
        const what = p.n ? lowerFirst(p.n) : (p.o ?? quoted(p.th));
        return has(p, 'a') && what ? `${p.a} ${verb} ${what}` : null;
      },
    },
  },
  {
    id: 'disclosure',
    // Making news with what one brings out: `überraschte am Montag mit einem neuen Plan`. Not being surprised (`war
    // überrascht`, `zeigte sich überrascht`) nor surprising someone (`überraschte die Fans`): `mit` must follow.
    words: new RegExp(
      String.raw`(?<![a-zäöüß])(?:überraschten?|(?<!(?:ist|sind|war|waren|wurde|wurden|sich|sehr|völlig)\s)` +
        String.raw`überrascht)\b${IN_CLAUSE}{0,80}?\bmit\s+(?=(?:einem|einer|dem|der|den|seinem|seiner|ihrem|ihrer)\s)`,
      'i',
    ),
    actor: 'acts',
    thingWith: true,
    label: { de: 'Überraschung', en: 'Surprise' },
    headline: {
      de: (p) => (has(p, 'a') && p.th ? `${p.a} ${de(p, 'überrascht', 'überraschen')} mit ${p.th}` : null),
      en: (p) => (has(p, 'a') && p.th ? `${p.a} ${p.plural ? 'surprise' : 'surprises'} with ${quoted(p.th)}` : null),
    },
  },
  {
    id: 'publication',
    // `veröffentlichte`, `Veröffentlichung`, `herausgegeben`, `ins Netz gestellt`, `machte … bekannt`.
    words: new RegExp(
      String.raw`veröffentlich|herausgegeben|\bgab\b${IN_SENTENCE}*?\bheraus\b|ins\s+Netz\s+gestellt|` +
        String.raw`öffentlich\s+gemacht|publiziert|` +
        String.raw`\bmacht(?:e|en)?\b[^,;]{0,120}?(?<![a-zäöüß])(?:öffentlich|bekannt)\b`,
      'i',
    ),
    actor: 'acts',
    takesThing: true,
    label: { de: 'Veröffentlichung', en: 'Publication' },
    headline: {
      // What is published is a text's own noun phrase: a company in the clause is whose it is or for whom.
      de: (p) => (has(p, 'a') && p.th ? `${p.a} ${de(p, 'veröffentlicht', 'veröffentlichen')} ${p.th}` : null),
      en: (p) => (has(p, 'a') && p.th ? `${p.a} ${p.plural ? 'publish' : 'publishes'} ${quoted(p.th)}` : null),
    },
  },
  {
    id: 'presentation',
    // Showing the public what one made: `präsentierte am Freitag das Ergebnis`, `stellte sein Gutachten vor`, `wurde …
    // vorgestellt`, `legte die Zahlen vor`. Not presenting oneself as something (`präsentierte sich als Rebell`, `als
    // er sich … präsentierte`), nor imagining (`stellte sich … vor`), nor `vor` a preposition (`stellten vor 20 Jahren
    // die Theorie auf`).
    words: new RegExp(
      String.raw`(?<!\bsich\b${IN_CLAUSE}{0,100})(?<![a-zäöüß])präsentier(?:t|te|ten|en)?(?![a-zäöüß])(?!\s+sich\b)|` +
        String.raw`(?<![a-zäöüß])stell(?:t|te|ten|en)(?![a-zäöüß])(?!\s+sich\b)${PARTICLE_VOR}|vorgestellt|vorgelegt|` +
        String.raw`(?<![a-zäöüß])leg(?:t|te|ten|en)(?![a-zäöüß])${PARTICLE_VOR}`,
      'i',
    ),
    actor: 'acts',
    takesThing: true,
    label: { de: 'Vorstellung', en: 'Presentation' },
    headline: {
      de: (p) => (has(p, 'a') && p.th ? `${p.a} ${de(p, 'stellt', 'stellen')} ${p.th} vor` : null),
      en: (p) => (has(p, 'a') && p.th ? `${p.a} ${p.plural ? 'present' : 'presents'} ${quoted(p.th)}` : null),
    },
  },
  {
    id: 'election',
    // Votes and elections happen without one actor: `Die Wahl soll am 3. Mai stattfinden`. Letters are spelt out
    // rather than `\p{L}`: without the `u` flag case-insensitive matching is much faster on every sentence.
    words: new RegExp(
      // Not the first part of a compound with a hyphen (`Wahl-Berliner`, someone who chose the city).
      String.raw`(?<![a-zäöüß])(?!Auswahl)[a-zäöüß]*wahl(?:en)?(?![a-zäöüß-])|\bgewählt|Abstimmung|abstimmen|` +
        String.raw`\bstimmte[n]?\b${IN_SENTENCE}*?\bab\b|` +
        String.raw`Vertrauensfrage\s+(?:[a-zäöüß]+\s+){0,3}(?:verloren|gewonnen)`,
      'i',
    ),
    actor: 'happens',
    label: { de: 'Wahl', en: 'Vote' },
    headline: { de: (p) => p.n, en: (p) => p.n },
  },
  {
    id: 'win',
    // A contest won: `siegte mit 3:0`, `besiegte den FC Seestadt`, `gewann das Finale`, `hat gegen Nordstadt
    // gewonnen`, `ist Meister geworden`, `setzte sich gegen Huber durch`, `sicherte sich den Titel`. `gewann` only with
    // what was won or against whom: `gewann an Bedeutung`, `gewann Erkenntnisse` are no contest. After `election`: a
    // vote won is the vote.
    words: new RegExp(
      String.raw`\b(?:siegte|siegten|gesiegt|besiegte|besiegten|bezwang|bezwangen|bezwungen)\b|` +
        String.raw`\bgew(?:ann|annen|onnen|innt)\b${IN_CLAUSE}*?${CONTEST}|` +
        String.raw`${CONTEST}${IN_CLAUSE}*?\bgew(?:ann|annen|onnen)\b|` +
        String.raw`\b(?:Welt|Europa)?[Mm]eister(?:in)?\s+geworden\b|` +
        String.raw`\bgegen\b${IN_CLAUSE}*?\bdurch(?:setzen|gesetzt)\b|` +
        String.raw`\bsetzte(?:n)?\s+sich\b${IN_CLAUSE}*?\bgegen\b${IN_CLAUSE}*?\bdurch\b|` +
        String.raw`\bsicherte(?:n)?\s+sich\b${IN_CLAUSE}*?\b(?:Titel|Meisterschaft|Sieg|Pokal|Medaille)\b`,
      'i',
    ),
    actor: 'acts',
    // Who won is a person the clause names: a team is often named by a word this bot does not know as one, and the
    // one it does know may be the loser (`Nordstadt hat den FC Seestadt bezwungen`); else the team whose name opens
    // the clause.
    personOnly: true,
    byTeam: true,
    label: { de: 'Sieg', en: 'Win' },
    headline: toOrAlone(
      {
        to: (p) => `${p.a} ${de(p, 'besiegt', 'besiegen')} ${p.o}`,
        alone: (p) => `${p.a} ${de(p, 'gewinnt', 'gewinnen')}`,
      },
      {
        to: (p) => `${p.a} ${p.plural ? 'beat' : 'beats'} ${p.o}`,
        alone: (p) => `${p.a} ${p.plural ? 'win' : 'wins'}`,
      },
    ),
  },
  {
    id: 'aid',
    // Aid paid out happens to its recipients: `2019 Soforthilfen für die Betroffenen`. It is headed by its name.
    words: /Soforthilfe|Hilfspaket|Finanzhilfe|Nothilfe|Hilfszahlung/i,
    actor: 'happens',
    names: [
      [/Soforthilfe|Nothilfe/i, { de: 'Soforthilfe', en: 'Emergency aid' }],
      [/Hilfspaket/i, { de: 'Hilfspaket', en: 'Aid package' }],
      [/Finanzhilfe/i, { de: 'Finanzhilfe', en: 'Financial aid' }],
      [/Hilfszahlung/i, { de: 'Hilfszahlungen', en: 'Aid payments' }],
    ],
    label: { de: 'Hilfe', en: 'Aid' },
    headline: { de: (p) => p.n, en: (p) => p.n },
  },
  {
    id: 'motion',
    // A motion or an application filed: `stellte die Vertrauensfrage`, `hat einen Antrag auf Aussetzung gestellt`,
    // `Eilantrag eingereicht` (a filing for insolvency is `insolvency`). Not whoever files one (`Antragsteller`), nor
    // one announced (`kündigte an, die Vertrauensfrage zu stellen`): that is an announcement.
    words: new RegExp(
      String.raw`(?:Vertrauensfrage|(?<![a-zäöüß])[a-zäöüß]*antrag(?:e|es|s)?)\b${IN_PART}{0,60}?` +
        String.raw`\b(?:gestellt|(?<!\bzu\s)stellen|stellt|stellte|stellten|eingereicht|(?<!\bzu\s)einreichen)\b|` +
        String.raw`\b(?:stellt|stellte|stellten|reichte|reichten)\b${IN_PART}{0,60}?` +
        String.raw`(?:Vertrauensfrage|(?<![a-zäöüß])[a-zäöüß]*antrag(?:e|es|s)?)\b`,
      'i',
    ),
    actor: 'acts',
    // What is filed, as a verb's object in German and in English.
    names: [
      [/Vertrauensfrage/i, { de: 'die Vertrauensfrage', en: 'a confidence motion' }],
      [/Eilantrag/i, { de: 'einen Eilantrag', en: 'an urgent application' }],
      [/antrag/i, { de: 'einen Antrag', en: 'a motion' }],
    ],
    label: { de: 'Antrag', en: 'Motion' },
    headline: {
      de: (p) => (has(p, 'a') && p.n ? `${p.a} ${de(p, 'stellt', 'stellen')} ${p.n}` : null),
      en: (p) => (has(p, 'a') && p.n ? `${p.a} ${p.plural ? 'file' : 'files'} ${p.n}` : null),
    },
  },
  {
    id: 'strike',
    // Compounds too: `Warnstreik`, `Generalstreik`, `Lokführerstreik`; or work laid down, the verb's particle where
    // it stands (`legten am Montag Tausende für zwei Stunden die Arbeit nieder`, `haben die Arbeit niedergelegt`,
    // `die Arbeitsniederlegung`).
    words: new RegExp(
      String.raw`(?<![a-zäöüß])[a-zäöüß]*streik|Arbeitsniederlegung|` +
        String.raw`\bArbeit\s+(?:niedergelegt|niederlegen|niederzulegen)\b|` +
        String.raw`\b(?:legt|legte|legten|legen)\b${IN_CLAUSE}{0,100}?\bArbeit\s+nieder\b`,
      'i',
    ),
    actor: 'happens',
    // A union or a workforce strikes; a person its sentence names speaks of it or leads it (`Huber kritisierte den
    // Streik`, `Huber rief zum Streik auf`), and is no striker.
    byBody: true,
    label: { de: 'Streik', en: 'Strike' },
    // A strike no one is named for (`Der Streik beginnt am Mittwoch`) is headed by its name, as a vote is.
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'streikt', 'streiken')}` : 'Streik'),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'strike' : 'strikes'}` : 'Strike'),
    },
  },
  {
    id: 'protest',
    // People taking to the streets against or for something: `protestierten gegen`, `demonstrierten für`, `gingen auf
    // die Straße`, a rally held (`Die Kundgebung fand … statt`). `demonstrierte, dass …` shows, and `demonstrierten
    // Einigkeit` displays: without `gegen` or `für` it is no protest.
    words: new RegExp(
      String.raw`\bprotestier(?:t|te|ten|en)\b|\bdemonstrier(?:t|te|ten|en)\b(?=${IN_CLAUSE}*\b(?:gegen|für)\b)|` +
        String.raw`\b(?:gegen|für)\b${IN_CLAUSE}{0,80}?\bdemonstrier(?:t|te|ten|en)\b|` +
        String.raw`\bgingen\b${IN_CLAUSE}{0,60}?\bauf\s+die\s+Straße\b|` +
        String.raw`(?<![a-zäöüß])[a-zäöüß]*(?:kundgebung|demonstration|protestmarsch)(?:en)?\b` +
        String.raw`${IN_CLAUSE}{0,60}?\bstatt\b`,
      'i',
    ),
    actor: 'happens',
    label: { de: 'Protest', en: 'Protest' },
    // A protest no one is named for is headed by its name, as a strike is.
    headline: {
      de: (p) => (has(p, 'a') ? `${p.a} ${de(p, 'protestiert', 'protestieren')}` : 'Protest'),
      en: (p) => (has(p, 'a') ? `${p.a} ${p.plural ? 'protest' : 'protests'}` : 'Protest'),
    },
  },
  {
    id: 'negotiation',
    // Negotiations or an arbitration begun or broken down, named with the verb that says so: `hat am Montag die
    // Schlichtung begonnen`, `Die Tarifverhandlungen wurden am Donnerstag aufgenommen`, `nahmen die Gespräche wieder
    // auf`, `Die dritte Verhandlungsrunde endete ohne Ergebnis`, `brachen die Verhandlungen ab`. Plural: `die
    // Verhandlung begann` is a trial's. The noun alone (`nach wochenlangen Verhandlungen`) is background.
    words: new RegExp(
      [
        String.raw`${NEGOTIATIONS}${IN_CLAUSE}{0,80}?(?:${NEGOTIATION_BEGUN}|${NEGOTIATION_FAILED})`,
        String.raw`\b(?:begann|begannen|beginnt|beginnen|startete|starteten)\b${IN_CLAUSE}{0,60}?${NEGOTIATIONS}`,
        String.raw`\b(?:nahm|nahmen|nimmt|nehmen)\b${IN_CLAUSE}{0,60}?${NEGOTIATIONS}${IN_CLAUSE}{0,60}?` +
          String.raw`\bauf\b(?=\s*(?:[.,;:]|$|und\b))`,
        String.raw`\b(?:brach|brachen|bricht|brechen)\b${IN_CLAUSE}{0,60}?${NEGOTIATIONS}${IN_CLAUSE}{0,60}?` +
          String.raw`\bab\b(?=\s*(?:[.,;:]|$|und\b))`,
      ].join('|'),
      'i',
    ),
    actor: 'happens',
    names: [
      [new RegExp(NEGOTIATION_FAILED, 'i'), { de: 'Verhandlungen ohne Ergebnis', en: 'Talks break down' }],
      [/\bbrach|\bbrechen|\bbricht/i, { de: 'Verhandlungen ohne Ergebnis', en: 'Talks break down' }],
      [/schlicht/i, { de: 'Schlichtung beginnt', en: 'Arbitration begins' }],
      [/./, { de: 'Verhandlungen beginnen', en: 'Talks begin' }],
    ],
    label: { de: 'Verhandlungen', en: 'Negotiations' },
    headline: {
      de: (p) => (p.n ? (has(p, 'a') ? `${p.a}: ${p.n}` : p.n) : null),
      en: (p) => (p.n ? (has(p, 'a') ? `${p.a}: ${p.n}` : p.n) : null),
    },
  },
  {
    id: 'talks',
    words: /Gespräch|telefonierte|trafen\s+sich|\btraf\s+sich|\bTreffen\b/i,
    actor: 'acts',
    loose: true,
    needsSides: true,
    namedObjectOnly: true,
    objectAbout: true,
    label: { de: 'Gespräch', en: 'Talks' },
    headline: {
      de: (p) =>
        has(p, 'a', 'o') && p.plural
          ? `${p.a} sprechen über ${p.o}`
          : has(p, 'a') && p.plural
            ? `${p.a} treffen sich`
            : null,
      en: (p) =>
        has(p, 'a', 'o') && p.plural ? `${p.a} talk about ${p.o}` : has(p, 'a') && p.plural ? `${p.a} meet` : null,
    },
  },
  {
    id: 'post',
    words: verbsOr('post', String.raw`\bTweet`, String.raw`\bPost\b`),
    notWhen: /(?<!\p{L})Posten$|\p{Lu}\p{L}+\s+Post$/u,
    actor: 'acts',
    loose: true,
    label: { de: 'Beitrag', en: 'Post' },
    headline: {
      de: (p) => (has(p, 'a', 'o') ? `${p.a} ${de(p, 'postet', 'posten')} über ${p.o}` : null),
      en: (p) => (has(p, 'a', 'o') ? `${p.a} ${p.plural ? 'post' : 'posts'} about ${p.o}` : null),
    },
  },
] as const satisfies readonly EventKindRecord[];

/** A kind the lexicon knows; `other` is a report that names none. */
export type EventKindId = (typeof EVENT_KINDS)[number]['id'];

const BY_ID: ReadonlyMap<string, EventKindRecord> = new Map(EVENT_KINDS.map((k) => [k.id, k]));

/** The record of a kind; none for `other`. */
export const eventKind = (id: string): EventKindRecord | undefined => BY_ID.get(id);

/**
 * What a vote or an election is called, in both languages, the most specific first: an event of kind `election` is
 * headed by the first that its sentence names (`über die Vertrauensfrage abstimmen` is the confidence vote).
 */
/**
 * The names of votes and elections that name one on their own, not as part of another word (`Wahlabend`,
 * `Europawahlkampf`): what an announcement can be of.
 */
export const specificElectionName = (text: string) =>
  ELECTION_NAMES.slice(0, SPECIFIC_ELECTION_NAMES).find(([re]) => re.test(text))?.[1] ?? null;

export const ELECTION_NAMES: [RegExp, { de: string; en: string }][] = [
  [/Vertrauensfrage/i, { de: 'Abstimmung über die Vertrauensfrage', en: 'Confidence vote' }],
  [/Neuwahl/i, { de: 'Neuwahl', en: 'Early election' }],
  [/Bundestagswahl/i, { de: 'Bundestagswahl', en: 'Federal election' }],
  [/Landtagswahl/i, { de: 'Landtagswahl', en: 'State election' }],
  [/Europawahl/i, { de: 'Europawahl', en: 'European election' }],
  [/Parlamentswahl/i, { de: 'Parlamentswahl', en: 'Parliamentary election' }],
  [/Präsidentschaftswahl/i, { de: 'Präsidentschaftswahl', en: 'Presidential election' }],
  [/Kommunalwahl/i, { de: 'Kommunalwahl', en: 'Local election' }],
  [/Urabstimmung/i, { de: 'Urabstimmung', en: 'Strike ballot' }],
  // The general words last: they are the name only where no specific one is found.
  [/Abstimm|abstimm|stimmte/i, { de: 'Abstimmung', en: 'Vote' }],
  [/wahl/i, { de: 'Wahl', en: 'Election' }],
];

/** How many of `ELECTION_NAMES`, from the first, are specific names: all but the two general words. */
export const SPECIFIC_ELECTION_NAMES = ELECTION_NAMES.length - 2;
