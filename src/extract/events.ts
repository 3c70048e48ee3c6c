import type { Citation, Sentence } from '../corpus/types.js';
import { cite } from './citation.js';
import { findDates, intendedAt, lastMonthIn, lastYearIn, type DateMention, type NamedMonth } from './dates.js';
import { clauseBreaks, clauseSpan } from './clauses.js';
import type { Figure } from './figures.js';
import {
  besidePronoun,
  focusAt,
  genitiveAt,
  governedBeyondDates,
  LOOK_BACK as PRONOUN_LOOK_BACK,
  pronounGender,
  nearestFocus,
  type Focus,
} from './focus.js';
import { BEFORE_KIND, genderOfKind } from './discover-orgs.js';
import { bodiesIn, type BodyMention } from './bodies.js';
import { teamOpening } from './teams.js';
import { NOMINATIVE_ARTICLE } from '../language/de/organisations.js';
import type { OrgFinder, OrgMention } from './orgs.js';
import { canAct, type Mention, type PeopleFinder } from './people.js';
import {
  SUBJECT_PRONOUN,
  POSSESSIVE_PRONOUN,
  BOTH,
  EVENT_ORG_ANAPHOR as ORG_ANAPHOR,
  COMPANY_NOUN_ANAPHOR,
  REPORTING_VERB,
  PARTNERS,
  SAID_WHERE,
  AT_COMPANY_BEFORE,
  TALKS_ABOUT,
  DEMONSTRATIVE_OPENER,
  BOUND_BEFORE_DATE,
  DEADLINE_BEFORE,
  EFFECTIVE_BEFORE,
  PERIOD_END_BEFORE,
  START_BEFORE,
  TARGET_BEFORE,
  PLANNING_AFTER,
  ATTRIBUTIVE_BEFORE,
  ATTRIBUTIVE_AFTER,
  SINCE_ATTRIBUTE_BEFORE,
  SINCE_ATTRIBUTE_AFTER,
  RELATIVE_OPENER,
  PASSIVE_AUXILIARY,
  DISMISSED_AFTER,
  PREVENTING_PURPOSE,
  PURPOSE_CLAUSE,
  NAME_GOVERNED_BEFORE,
  AGENT_AFTER_VERB,
  AGENT_BEFORE,
  YEAR_OF_NOUN_BEFORE,
  NEGATION,
  BACKGROUND_CLAUSE_OPENER,
  PLACE_OR_PARTY_BEFORE,
  QUOTE_PAIRS,
  quotedWords,
  SPEECH_VERB,
  SEPARATED_SPEECH,
  AVERTED,
  BACKGROUND_OF,
  CONSEQUENCE_OF,
  DEMANDED,
  ASKS_TO,
  ZU_INFINITIVE,
  APPOSITION_AFTER_NAME,
  NOW_OPENER,
  AUXILIARY_OPENER,
  STATE_VERB,
  PARTICLE_AT_END,
  ATTRIBUTE_BEFORE,
  ATTRIBUTE_AFTER,
  PARTICIPLE_AS_ADJECTIVE,
  TOLD_CONTENT_OPENER,
  WHETHER_OPENER,
  ACCUSATION_BEFORE,
  THAT_OPENER,
  PICTURE_POSITION,
  MASCULINE_OBJECT,
  TELLS,
  AGAINST_BEFORE,
} from '../language/de.js';
import {
  COURT,
  ELECTION_NAMES,
  SPECIFIC_ELECTION_NAMES,
  EVENT_KINDS,
  SIGNING,
  TAKEN_BACK,
  specificElectionName,
  eventKind,
  type EventKindId,
  type EventKindRecord,
} from '../language/de/events.js';
import { pushTo } from '../lib/collections.js';
import { isRole } from '../language/de/roles.js';
import { attributionFrom, isReportedSpeech } from '../language/de/speech.js';
import { infinitiveOf, choiceOf, thingBefallen, thingOf, thingWith } from './things.js';

/** What kind of thing happened: a kind of the lexicon's records (`language/de/events.ts`), or `other`. */
export type EventKind = EventKindId | 'other';

/** The kinds in precedence order, their patterns global, made once: every span of every sentence is searched. */
const KINDS_GLOBAL = EVENT_KINDS.map((k): { id: EventKindId; record: EventKindRecord; re: RegExp } => ({
  id: k.id,
  record: k,
  re: new RegExp(k.words.source, `${k.words.flags}g`),
}));

/** Whether `at` falls in a purpose clause (`um Neuwahlen zu ermöglichen`): what it names is not what happened. */
const inPurposeClause = (text: string, at: number) => within(PURPOSE_CLAUSE, text, at);

/** Whether `at` falls in a match of `clause` (a global pattern) in `text`. */
function within(clause: RegExp, text: string, at: number): boolean {
  for (const m of text.matchAll(clause)) if (at >= m.index && at < m.index + m[0].length) return true;
  return false;
}

/**
 * The first kind a text names, in precedence order; `other` when it names none. Without a currency in the text, a
 * kind that needs money (`investiert`) or a word that names its kind only beside money (a bare `Angebot`) does not
 * count.
 */
export function kindOf(text: string): EventKind {
  return kindIn(text, { from: 0, to: text.length }, [], CURRENCY.test(text)).kind;
}

/** A currency named: what `kindOf` takes for an amount of money, having no figures to ask. */
const CURRENCY = /(?:€|\$|£|(?<!\p{L})(?:Euro|Dollar|Franken|Pfund|Mrd|Mio)(?!\p{L}))/u;

/**
 * The part of a clause around `at` between `und` and a glued sentence's end (`… zurück. 1985 verkaufte er …`); the
 * period of a date (`am 3. Mai`) ends nothing.
 */
function coordinatePart(clause: string, at: number): string {
  const breaks = [...clause.matchAll(/\s+und\s+|(?<!\d)[.!?]\s+(?=\p{Lu}|\d)/gu)];
  const from = breaks.filter((b) => b.index + b[0].length <= at).pop();
  const to = breaks.find((b) => b.index >= at);
  return clause.slice(from ? from.index + from[0].length : 0, to ? to.index : clause.length);
}

/** The spans of a text that stand in marks, whole: a quotation, a title, a slogan. */
function markedSpans(text: string): Span[] {
  return [...text.matchAll(QUOTE_PAIRS)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
}

/** How much of a text stands in marks. */
function markedShare(text: string): number {
  const marked = markedSpans(text).reduce((n, s) => n + s.to - s.from, 0);
  return text.length === 0 ? 0 : marked / text.length;
}

/** The specific names of elections, each made once to find every place a sentence writes it. */
const SPECIFIC_ELECTIONS_EVERYWHERE = ELECTION_NAMES.slice(0, SPECIFIC_ELECTION_NAMES).map(
  ([re, name]) => [new RegExp(re.source, 'gi'), name] as const,
);

/**
 * The specific election a sentence names nearest its date, where it names several (`bei der Europawahl am 9. Juni …,
 * später bei den Landtagswahlen im September`), or without a date the one it names first; null where it names none.
 */
function nearestElection(text: string, mention: DateMention | null): { de: string; en: string } | null {
  const from = mention?.start ?? 0;
  let best: { distance: number; name: { de: string; en: string } | null } = { distance: Infinity, name: null };
  for (const [re, name] of SPECIFIC_ELECTIONS_EVERYWHERE)
    for (const m of text.matchAll(re)) {
      const distance = Math.abs(m.index - from);
      if (distance < best.distance) best = { distance, name };
    }
  return best.name;
}

/** What an event is called: the first of `names` its clause names. */
const nameIn = (names: NonNullable<EventKindRecord['names']>, clause: string) =>
  names.find(([re]) => re.test(clause))?.[1] ?? null;

/** Whether a text has any words of a kind of event, money or not: the quick test before a sentence is read. */
const namesAnyKind = (text: string) => EVENT_KINDS.some((k) => k.words.test(text));

/**
 * `die Regierung entschied`: a deed a court does as others may (`courtOnly`), where no court is named in its clause or
 * before it, is not of its kind.
 */
const withoutCourt = (record: EventKindRecord, words: string, clause: string, before: string) =>
  record.courtOnly?.test(words) === true && !COURT.test(clause) && !COURT.test(before);

/** A match its record's own words rule out: a look-alike (`notWhen`), a court's deed where no court is named. */
const ruledOut = (record: EventKindRecord, part: string, m: RegExpExecArray, clause: string) =>
  record.notWhen?.test(part.slice(Math.max(0, m.index - 30), m.index + m[0].length)) === true ||
  withoutCourt(record, m[0], clause, part.slice(0, m.index));

/** What a headline is built from: who did what to whom, for how much. */
export interface EventHead {
  kind: EventKind;
  /** Canonical names of whoever acted (people, or a company when no person did). */
  actors: string[];
  /** The company, product or project it happened to. */
  object: string | null;
  figure: { value: number; unit: string | null; original: string } | null;
  /** For a reply or a rejection: who made what it answers. */
  answers: string[];
  /** Every person the reports name; an actor among them is a person, any other a company. */
  people: string[];
  /** What a vote or an election is called (`Neuwahl` / `Early election`): its headline. */
  named?: { de: string; en: string } | null;
  /** What it is of when no company names it, as the text words it: `neue Zahlen`, `scharfen Protest`. */
  thing?: string | null;
}

/** One sentence's report of an event, before reports across articles become one event. */
export interface EventReport extends EventHead {
  /** Position in extraction order, to keep sorting stable. */
  order: number;
  article: string;
  sentence: Sentence;
  citation: Citation;
  /** The date words of this report, if any, and what they say. */
  mention: DateMention | null;
  /** The date words stand in the sentence before (`am Montag … . Der Streit eskalierte …, als Huber …`). */
  inherited: boolean;
  /**
   * A plan, not a deed: undated with a deadline in its clause (`will bis 2030 … streichen`), or dated by the date the
   * plan is for (`ist für den 3. Mai angesetzt`).
   */
  planned: boolean;
  /** In the article's lead (title and first sentences): the news the article reports. */
  lead: boolean;
  /** A heading: it can name an event another sentence answers, but never dates one. */
  heading: boolean;
  /** For a reply or rejection: the report it answers. */
  target: EventReport | null;
  /** The year last named before this sentence in the article, to choose among well-known dates. */
  contextYear: number | null;
}

export interface ArticleContext {
  id: string;
  body: string;
  published: string | null;
  sentences: Sentence[];
  people: PeopleFinder;
  orgs: OrgFinder;
  /** The article's figures with slips corrected, to name the amount of a bid or purchase. */
  figures: Figure[];
  /** Its title, which names its news: the first report of the kind it names is of the lead (see `titleNews`). */
  title?: string;
}

/** Whether a kind answers an earlier event: a reply, a rejection. */
export const answers = (kind: EventKind) => eventKind(kind)?.answers !== undefined;

/** Whether a kind happens without one actor: a strike, a vote or an election, aid paid out. */
export const happensWithoutActor = (kind: EventKind) => eventKind(kind)?.actor === 'happens';

/** Sentences of the lead: an article's first sentences carry its news. */
const LEAD_SENTENCES = 3;
/** How far back a reply looks for what it answers, as far as a pronoun looks for whom it means. */
const LOOK_BACK = PRONOUN_LOOK_BACK;

interface Span {
  from: number;
  to: number;
}

const inside = (at: number, span: Span) => at >= span.from && at < span.to;

/** The words just before a date, where what makes it a bound or a deadline stands. */
const before = (text: string, m: DateMention) => text.slice(Math.max(0, m.start - 60), m.start);

/** Whether a date is the one a plan is for (`ist für 2019 geplant`): what it dates was planned, not done. */
function planTarget(text: string, m: DateMention | null): boolean {
  if (!m) return false;
  const own = /^\s*für\s+(?:(?:den|die|das|dem)\s+)?/iu.exec(text.slice(m.start, m.end))?.[0] ?? '';
  return TARGET_BEFORE.test(before(text, m) + own) && PLANNING_AFTER.test(text.slice(m.end));
}

/** Whether a date begins a state: `seit` or `ab` before it, or as its own first word (`seit September`). */
function beginsState(text: string, m: DateMention | null): boolean {
  if (!m) return false;
  const own = /^\s*(?:seit|ab)\s+/iu.exec(text.slice(m.start, m.end))?.[0] ?? '';
  return START_BEFORE.test(before(text, m) + own);
}

/**
 * The dates that can say when something happened. A bound (`frühestens am Freitag`) cannot; nor can a deadline or
 * the end of a state (`will bis 2030 … abbauen`, `läuft bis 2027`): an event said so is undated, and a sentence of no
 * named kind reports nothing. The end of a period (`von Mai bis Juli`) stays, for the period is read whole.
 */
function datesOfEvents(text: string, found: DateMention[]): DateMention[] {
  return found.filter((m, k) => {
    if (BOUND_BEFORE_DATE.test(before(text, m)) || sinceInAttribute(text, m) || inSpanAfterName(text, m)) return false;
    if (sinceInApposition(text, m) || effectiveBeside(text, m, found) || datesAThing(text, m, found)) return false;
    const previous = found[k - 1];
    const endsPeriod =
      (previous !== undefined && /^\s*bis\s+$/iu.test(text.slice(previous.end, m.start))) ||
      PERIOD_END_BEFORE.test(before(text, m));
    return endsPeriod || !DEADLINE_BEFORE.test(before(text, m));
  });
}

/**
 * `wurde gestern ein Denkmal für die Opfer der Anschläge vom 11. März eingeweiht`: a date after `vom` dates the thing
 * named before it; where the sentence dates its deed otherwise, it dates no deed. Not a period (`vom 4. bis 6. Mai`)
 * nor a night (`in der Nacht vom Montag auf Dienstag`); and where that thing is itself a kind of event (`die Wahl vom
 * Sonntag`), the date is that event's. Alone in its sentence (`verwies auf den Brief vom 2. Mai`) it dates what the
 * sentence tells, as any date does.
 */
function datesAThing(text: string, m: DateMention, found: DateMention[]): boolean {
  const preceding = before(text, m);
  if (!THING_DATE_BEFORE.test(preceding) && !THING_DATE_OPENS.test(m.text)) return false;
  if (PERIOD_GOES_ON.test(text.slice(m.end)) || found.length < 2) return false;
  const thing = NOUN_BEFORE_VOM.exec(preceding)?.[1];
  return thing === undefined || kindOf(thing) === 'other';
}
const THING_DATE_BEFORE = /(?<!\p{L})vom\s+$/iu;
/** A clause that may give the background of what it names (see `BACKGROUND_OF`). */
const BACKGROUND_OPENER = /^\s*Hintergrund\s/iu;
/** The last capitalised word before `vom` (or before the mention that opens with it): the thing the date is of. */
const NOUN_BEFORE_VOM = /(\p{Lu}[\p{L}-]*)[^\p{Lu}]*$/u;
const THING_DATE_OPENS = /^vom\s/iu;
const PERIOD_GOES_ON = /^\s*(?:bis|auf|zum|an)(?!\p{L})/iu;

/**
 * `hat am Montag die Erhöhung zum 1. April beschlossen`: the day a deed takes effect from (see `EFFECTIVE_BEFORE`)
 * dates no deed when its clause dates one otherwise; alone in its clause it may (`werden zum 31. März geschlossen`).
 */
function effectiveBeside(text: string, m: DateMention, found: DateMention[]): boolean {
  const effective = (d: DateMention) => EFFECTIVE_BEFORE.test(before(text, d));
  if (!effective(m)) return false;
  const clause = clauseSpan(text, m.start);
  return found.some((o) => o !== m && !effective(o) && inside(o.start, clause));
}

/**
 * `Max Huber, seit 2013 Minister in Seeland, übernimmt …`: `seit` a date in a few words set off by commas after a
 * name, with the clause's verb right after them, says what that person has been since, as a relative clause would
 * (`Huber, der seit 2013 …`), not when the clause's deed happened.
 */
function sinceInApposition(text: string, m: DateMention): boolean {
  const open = text.lastIndexOf(',', m.start);
  const close = text.indexOf(',', m.end);
  if (open < 0 || close < 0) return false;
  const inner = text.slice(open + 1, close);
  if (!/^\s*seit\s/i.test(inner) || inner.trim().split(/\s+/).length > APPOSITION_WORDS) return false;
  return /\p{Lu}[\p{L}-]*$/u.test(text.slice(0, open)) && /^,\s*\p{Ll}/u.test(text.slice(close));
}
const APPOSITION_WORDS = 8;

/**
 * `Max Huber (1827 – 1901)`, `Seelands Herrschaft (1977-1988)`: years in brackets after a name are a life or a reign,
 * the span of a thing named, not when the sentence's event happened.
 */
function inSpanAfterName(text: string, m: DateMention): boolean {
  const open = text.lastIndexOf('(', m.start);
  const close = text.indexOf(')', m.end);
  if (open < 0 || close < 0 || text.slice(open, m.start).includes(')')) return false;
  return YEAR_SPAN.test(text.slice(open, close + 1)) && /\p{Lu}[\p{L}-]*\s*$/u.test(text.slice(0, open));
}
const YEAR_SPAN = /^\(\s*(?:\*\s*|geb\.\s*)?\d{4}(?:\s*[–-]\s*\d{4})?\s*\)$/u;

/** Whether `m` is `seit` a date inside a noun phrase (see `SINCE_ATTRIBUTE_BEFORE`). */
function sinceInAttribute(text: string, m: DateMention): boolean {
  // `seit` is the date's own first word, or the word right before it.
  // `seit dem 3. Mai`: a day takes its article.
  const lead = /^seit\s/i.test(m.text) ? 0 : /(?<!\p{L})seit\s+(?:de[mn]\s+)?$/iu.exec(before(text, m))?.[0].length;
  if (lead === undefined) return false;
  const start = m.start - lead;
  return (
    SINCE_ATTRIBUTE_BEFORE.test(text.slice(Math.max(0, start - 30), start)) &&
    SINCE_ATTRIBUTE_AFTER.test(text.slice(m.end))
  );
}

/** `keine Streiks`, `keinen Kauf`: a negated noun names what did not happen. */
const NEGATED_BEFORE = /(?<!\p{L})kein(?:e|en|er|em|es)?\s+(?:\p{Ll}+\s+)?$/iu;

/** A noun and its `von` or genitive, up to two titles: `Abschied von Torjäger `, `Klage des Vorstands `. */
const OF_PHRASE = /^\p{Lu}\p{Ll}+\s+(?:von|des|der)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;

/**
 * Whether a kind's words hold a verb: a word in small letters (`Anklage … erhoben`, `lehnte … ab`), not a noun alone
 * (`Entlassung`, `Milliardenangebot`, read from the start of its word).
 */
function verbAt(part: string, m: RegExpMatchArray): boolean {
  // The word the match starts in, from its first letter: read backwards, for a regex anchored at the end would try
  // every position of a long sentence.
  let from = m.index!;
  while (from > 0 && /\p{L}/u.test(part[from - 1]!)) from--;
  const words = (part.slice(from, m.index) + m[0]).split(/\s+/u);
  const last = words[words.length - 1]!;
  // `lehnte … ab` opens with its verb; `Anklage … erhoben` ends with it; `Wechsel von … zum` is a noun and its phrase.
  return /^\p{Ll}/u.test(words[0]!) || (words.length > 1 && /^\p{Ll}/u.test(last) && !PREPOSITION_WORD.test(last));
}

/** Whether the match is a participle used as an adjective before its noun (`die freigelassene Geisel`). */
function attributive(part: string, m: RegExpMatchArray): boolean {
  const word = /^[\p{L}-]*/u.exec(part.slice(m.index!))![0];
  const from = m.index! + word.length;
  return (
    PARTICIPLE_AS_ADJECTIVE.test(word) &&
    ATTRIBUTE_BEFORE.test(part.slice(Math.max(0, m.index! - 30), m.index)) &&
    ATTRIBUTE_AFTER.test(part.slice(from, from + 40))
  );
}

/** A preposition closing a kind's words (`Wechsel von … zum`): the phrase of a noun, not a verb. */
const PREPOSITION_WORD = /^(?:zu|zum|zur|nach|ins|in|von|vom|des|der|für|über|mit|bei|an|auf)$/u;

/** The clause around `at`, between its commas, colons or dashes. */
function clauseAt(text: string, at: number): string {
  const { from, to } = clauseSpan(text, at);
  return text.slice(from, to);
}

/**
 * Whether the deed at `at` stands in a `zu` clause that asks someone to do it: the words of asking stand in the clause
 * before (`wurde aufgefordert, das Land zu verlassen`) or before the deed in its own (`bat ihn zurückzutreten`).
 */
function askedTo(text: string, at: number): boolean {
  const { from, to } = clauseSpan(text, at);
  if (!ZU_INFINITIVE.test(text.slice(from, to))) return false;
  const asking = from > 1 ? clauseSpan(text, from - 2).from : from;
  return ASKS_TO.test(text.slice(asking, at));
}

/** A clause that says or reports: a speech verb, a separable one with its particle, an outlet's verb (`berichtete`). */
const saysOrReports = (clause: string) =>
  REPORTING_VERB.test(clause) || SPEECH_VERB.test(clause) || SEPARATED_SPEECH.test(clause);

/** What joins a name to the one before it in a list: `und`, `sowie`, after a party in brackets (`Huber (SP) und`). */
const JOINED = /^\s*(?:\([^()]{1,20}\))?\s*(?:,|\s(?:und|sowie))\s+$/u;

/** Who was done something to, and the person who did it, when the sentence names them. */
interface Roles {
  whom: string[];
  by: string | null;
}

/** `mit Karl Weber`, `mit seinem Amtskollegen Karl Weber`, `zwischen`: the other side of talks, before its name. */
const OTHER_SIDE_BEFORE =
  /(?<!\p{L})(?:mit|zwischen)\s+(?:(?:dem|der|den|seinem|seiner|ihrem|ihrer)\s+)?(?:\p{L}+\s+){0,2}$/u;

/**
 * Where a move goes when no known company is named there: the capitalised words after `zum` or `nach` (`wechselt zum
 * FC Seestadt`, `wechselte ins Finanz-Departement`), up to four.
 */
const DESTINATION = /(?<!\p{L})(?:zu|zum|zur|nach|ins)\s+((?:\p{Lu}[\p{L}.-]*(?:\s+|$)){1,4})/u;

/** `zum FC Seestadt`, `nach Seestadt`, `zur neuen Seebank`: where a move goes. */
const TO_BEFORE = /(?<!\p{L})(?:zu|zum|zur|nach|ins)\s+(?:(?:de[mnr]|die)\s+)?(?:\p{L}+\s+){0,2}$/u;

/**
 * `über einen`, `Details zum`: what follows is what is talked about. Not `zum` alone, which also says when (`zum
 * Auftakt`).
 */
const TOPIC_BEFORE = new RegExp(
  String.raw`(?<!\p{L})(?:über\s+(?:den|die|das|einen|eine|ein)|` +
    String.raw`(?:Details?|Fragen?|Gerüchte?n?|Informationen)\s+(?:zum|zur))\s+$`,
  'iu',
);

/**
 * Where a short clause that closes the sentence and says who told it begins (`…, teilte Huber am Montag mit.`), after
 * `at`; else the sentence's end. Not a longer clause a speech verb opens (`…, fordert Huber ein Ende der Gewalt`):
 * that is the main clause, and its subject may have done the deed.
 */
function tellerAfter(text: string, at: number): number {
  const attribution = attributionFrom(text, at);
  if (!attribution || attribution.at <= at) return text.length;
  const rest = text.slice(attribution.at + 1);
  return rest.length <= TELLER_CLAUSE && !/[,;:]/u.test(rest) ? attribution.at : text.length;
}
/**
 * Where the first clause after the one at `at` begins that says something of its own, two words in lower case after
 * its first (`, Huber hatte das Ruder übernommen`), not a name in apposition (`, Max Huber (SP).`); else the end.
 */
function clauseOfItsOwnAfter(text: string, at: number): number {
  for (let { to } = clauseSpan(text, at); to < text.length; to = clauseSpan(text, to + 1).to) {
    const next = clauseSpan(text, to + 1);
    if ((text.slice(next.from, next.to).match(/(?<!\p{L})\p{Ll}+(?!\p{L})/gu)?.length ?? 0) >= 2) return next.from;
  }
  return text.length;
}

/** The most characters a closing clause that says who told something takes (see `tellerAfter`). */
const TELLER_CLAUSE = 60;

/** `nach dem `, `vor der überraschenden `: what follows is a deed named as what came before or after another. */
const BACKGROUND_BEFORE = /(?<!\p{L})(?:[Nn]ach|[Vv]or)\s+(?:de[mnrs]|einem|einer)\s+(?:\p{Ll}+\s+){0,2}$/u;

/** `nach dem Rücktritt von `, `vor der Festnahme durch die `: right before the one such a deed is of or by. */
const BACKGROUND_DEED_OF = new RegExp(
  BACKGROUND_BEFORE.source.slice(0, -1) +
    String.raw`\p{Lu}\p{Ll}+\s+(?:von|durch)\s+(?:(?:dem|der|den|des)\s+)?(?:[\p{L}-]+\s+){0,3}$`,
  'u',
);

/** `seit der`, `von der`: what follows is the start of a period. */
const PERIOD_FROM_BEFORE = /(?<!\p{L})(?:seit|von)\s+(?:der|dem|des)\s+$/iu;

/** A noun after a definite article: `der Brücke`, `die neue Halle`. */
const DEFINITE_NOUN = /(?<!\p{L})(?:der|die|das|dem|den|des)\s+(?:\p{Ll}+\s+)?(\p{Lu}\p{Ll}{3,})(?!\p{L})/gu;

function clauseStarts(text: string): number[] {
  return [0, ...clauseBreaks(text).map((b) => b.end)];
}

/**
 * The part of a sentence a date speaks for: from the start of its clause to the clause of the next
 * date (`das er 2015 mitbegründet hatte, 2018 jedoch verließ`: one span per year).
 */
function spansOf(text: string, mentions: DateMention[]): Span[] {
  const starts = clauseStarts(text);
  const clauseStart = (at: number) => starts.filter((s) => s <= at).pop() ?? 0;
  return mentions.map((m, k) => {
    const next = mentions[k + 1];
    const from = clauseStart(m.start);
    const to = next
      ? Math.max(m.end, Math.min(next.start, clauseStart(next.start) > from ? clauseStart(next.start) : next.start))
      : text.length;
    return { from, to };
  });
}

/**
 * Whether the clause of a match at `at` says its deed did not happen or is not told as done: negated, asked whether,
 * said as an accusation, demanded, asked of someone, taken back, or kept from happening by a purpose.
 */
function untold(id: EventKind, text: string, at: number, clause: string, verb: boolean): boolean {
  // `verklagte ihn am Ende nie`: a clause that negates its verb says what did not happen. A noun alone (`nach der
  // Entlassung … wollte sie nicht`) is negated by `kein` (see `NEGATED_BEFORE`), not by the clause's `nicht`.
  if (verb && NEGATION.test(clause)) return true;
  if (TOLD_CONTENT_OPENER.test(clause) || (verb && WHETHER_OPENER.test(clause))) return true;
  if (id !== 'allegation' && ACCUSATION_BEFORE.test(text.slice(Math.max(0, at - 300), at))) return true;
  // `forderten den Rücktritt`, `dessen Rücktritt gefordert wird`: a deed named as demanded has not happened; nor one
  // averted (`Damit sind weitere Streiks abgewendet`); one whose background a clause gives is not its news.
  if (!verb && (DEMANDED.test(clause) || AVERTED.test(clause))) return true;
  // The clause's words up to the deed open as the clause does: only a clause opening with `Hintergrund` is read again.
  if (!verb && BACKGROUND_OPENER.test(clause) && BACKGROUND_OF.test(text.slice(clauseSpan(text, at).from, at)))
    return true;
  // `forderte ihn auf, sein Amt niederzulegen`: nor has one someone is asked to do.
  if (verb && askedTo(text, at)) return true;
  // `zog die Klage zurück`: a thing taken back was not put forward there.
  if (id !== 'withdrawal' && TAKEN_BACK.test(clause)) return true;
  // `um einem Misstrauensvotum zuvorzukommen`: a deed a purpose keeps from happening is not reported.
  return within(PREVENTING_PURPOSE, text, at);
}

/**
 * The kind a span names, ignoring the words of dates inside it (`nach der Ankündigung von …` is a date, not an
 * announcement).
 */
function kindIn(
  text: string,
  span: Span,
  masked: Span[],
  hasMoney: boolean,
): { kind: EventKind; at: number; end: number; reach: number } {
  const part = text.slice(span.from, span.to);
  // `„Wir sind zu einer Einigung bereit“, sagte Huber`: a deed quoted words name by a noun is said, not done; one
  // they tell by its verb (`„Er ist festgenommen worden“`) is reported. Read once, and only when a noun is found.
  let quoted: Span[] | undefined;
  let background: ReturnType<typeof kindIn> | undefined;
  // The kinds stand in precedence order: the first one found is the answer.
  for (const { id, record, re } of KINDS_GLOBAL) {
    if (record.needsMoney && !hasMoney) continue;
    for (const m of part.matchAll(re)) {
      // `keine Streiks`, `kein Angebot`: what the sentence says did not or will not happen.
      if (NEGATED_BEFORE.test(part.slice(Math.max(0, m.index - 12), m.index))) continue;
      const verb = verbAt(part, m);
      const at = span.from + m.index;
      // The clause the match stands in, read once for the checks below.
      const clause = clauseAt(text, at);
      if (untold(id, text, at, clause, verb)) continue;
      // `Gerüchte zum Wechsel`, `Gespräche über einen Wechsel`: a deed named as the topic is not reported.
      if (!verb && TOPIC_BEFORE.test(part.slice(Math.max(0, m.index - 20), m.index))) continue;
      // `seit der Gründung`, `von der Gründung … bis`: an event that marks when a period begins is not reported.
      if (PERIOD_FROM_BEFORE.test(part.slice(Math.max(0, m.index - 12), m.index))) continue;
      // A compound that says what the offer is for (`Milliardenangebot`, `Übernahmeangebot`) needs no amount; the bare
      // word and any other compound (`Stellenangebot`, `Sonderangebote`) wait for one.
      const first = /[\p{L}-]*$/u.exec(part.slice(0, m.index))![0];
      const named = first !== '' && (record.namingCompound?.test(first) ?? true);
      if (!hasMoney && !named && record.moneyOnly?.test(m[0])) continue;
      if (ruledOut(record, part, m, clause)) continue;
      // `den entlassenen Trainer`: someone named by what befell them, at a time the clause does not give; a date
      // inside the phrase (`des am Montag entlassenen Trainers`) stands between and leaves it read.
      if (attributive(part, m) && !masked.some((d) => d.to <= at && at - d.to <= 2)) continue;
      if (masked.some((d) => inside(at, d)) || (!verb && (quoted ??= quotedSpans(text)).some((d) => inside(at, d))))
        continue;
      const found = foundAt(id, part, m, span.from);
      // `hat die Einführung der Karte beschlossen`: a deed a noun names as what its clause's verb decides or approves
      // is not done yet; the decision is.
      const decided = verb ? null : decidingVerb(text, clauseSpan(text, at), masked);
      if (decided) return decided;
      // `Nach dem Rücktritt von Huber wurde sie … berufen`: a deed named as what came before is the clause's only
      // deed when it names no other.
      if (verb || !BACKGROUND_BEFORE.test(part.slice(Math.max(0, m.index - 40), m.index))) return found;
      background ??= found;
    }
  }
  return background ?? { kind: 'other', at: span.from, end: span.from, reach: span.from };
}

/** The verb of a kind that decides (see `decides`) in `clause`, read as `kindIn` reads a kind's words. */
function decidingVerb(text: string, clause: Span, masked: Span[]): ReturnType<typeof kindIn> | null {
  const part = text.slice(clause.from, clause.to);
  for (const { id, record, re } of KINDS_GLOBAL) {
    if (!record.decides) continue;
    for (const m of part.matchAll(re)) {
      const at = clause.from + m.index;
      if (!verbAt(part, m) || NEGATED_BEFORE.test(part.slice(Math.max(0, m.index - 12), m.index))) continue;
      const own = clauseAt(text, at);
      if (masked.some((d) => inside(at, d)) || untold(id, text, at, own, true) || ruledOut(record, part, m, own))
        continue;
      return foundAt(id, part, m, clause.from);
    }
  }
  return null;
}

/**
 * A kind's words found at `m` in `part`, which starts at `from` in its sentence: where they start, where the word they
 * open ends (`machte … bekannt` has its object between, `bekanntgegebenen Gutachten` its noun after the whole word),
 * and the whole of what matched (`soll … überfallen und … vergewaltigt haben` says what the deeds are).
 */
function foundAt(kind: EventKindId, part: string, m: RegExpExecArray, from: number): ReturnType<typeof kindIn> {
  const at = from + m.index;
  return { kind, at, end: at + /^[\p{L}\p{N}-]*/u.exec(part.slice(m.index))![0].length, reach: at + m[0].length };
}

/** `der schwedische Autohersteller `, `die Seeländer Großbank `: an article, perhaps an adjective, a noun. */
const KIND_BETWEEN = new RegExp(String.raw`^\s+(der|die|das)\s+${BEFORE_KIND}(\p{Lu}\p{Ll}+)\s+$`, 'u');

/** A dismissal told as parting (see `dismissal` in `language/de/events.ts`): `trennte sich`, `sich … getrennt`. */
const PARTING = /^(?:trenn|sich(?!\p{L})|Trennung)/iu;
/** `von Trainer `, `von dem neuen Coach `: right before the one parted with. */
const PARTED_FROM = /(?<!\p{L})von\s+(?:[\p{L}-]+\s+){1,3}$/u;

/**
 * The words in marks of a text that say something whole (five words or more): a quotation, not a name or a term in
 * marks (`die „Einigung“`, `das „Gesetz zur Stärkung der Seefahrt“`), which the sentence's own verb may still report.
 */
function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(QUOTE_PAIRS)) {
    const inner = quotedWords(m);
    if (inner.trim().split(/\s+/).length >= QUOTED_WORDS) spans.push({ from: m.index, to: m.index + m[0].length });
  }
  return spans;
}
const QUOTED_WORDS = 5;

/** The people and companies a text names, by their names. */
const namesIn = (ctx: ArticleContext, text: string) => [
  ...ctx.people.mentions(text).map((m) => m.person.name),
  ...ctx.orgs.mentions(text).map((o) => o.org.name),
];

/** Who each sentence is about, sentence by sentence, so `er` and `sie` can be followed back. */
export function extractEventReports(ctx: ArticleContext, firstOrder = 0): EventReport[] {
  const textSentences = ctx.sentences.filter((s) => s.kind === 'text');
  const titleKind: EventKind = ctx.title ? kindOf(ctx.title) : 'other';
  const article: ArticleState = {
    ctx,
    reports: [],
    focus: [],
    order: firstOrder,
    lead: new Set([...ctx.sentences.slice(0, 1), ...textSentences.slice(0, LEAD_SENTENCES)]),
    titleKind,
    // Looked for only in a title that tells a kind of event: no other title is asked who it names.
    titleNames: new Set(titleKind !== 'other' ? namesIn(ctx, ctx.title!) : []),
    mentionsBySentence: new Map(),
    sentenceAt: new Map(ctx.sentences.map((s) => [s.start, s])),
    figuresAt: new Map(),
  };
  for (const f of ctx.figures) pushTo(article.figuresAt, f.citation.start, f);
  let lastYear: number | null = null;
  // Only the sentence before carries its month on: a story told month by month runs from sentence to sentence.
  let lastMonth: NamedMonth | null = null;
  ctx.sentences.forEach((sentence, i) => {
    const text = sentence.text;
    const contextYear = lastYear;
    // `der frühestmögliche Termin wäre der 25. Dezember` names a bound, not when anything happened.
    const found = sentence.kind === 'heading' ? [] : findDates(text, { published: ctx.published, lastYear, lastMonth });
    const mentions = datesOfEvents(text, found);
    const deadlines = found.filter((m) => !mentions.includes(m) && DEADLINE_BEFORE.test(before(text, m)));
    lastYear = lastYearIn(mentions, lastYear);
    lastMonth = lastMonthIn(mentions, null);
    article.mentionsBySentence.set(sentence, mentions);
    // People found only in the text act as those the people list names: a story without a list has a timeline too.
    // A quoted analyst's dated remark is no entry for another reason: a quoting sentence names no event.
    const named = ctx.people.mentions(text);
    // `Eva Muster (SP)`: a party in brackets after a person says who they are, not who acts or is acted on.
    const orgs = ctx.orgs.mentions(text).filter((o) => !affiliationOf(text, o, named));
    // `die Firma Huber Logistik` names a company, not the Huber it is named after.
    const people = named.filter((p) => !orgs.some((o) => o.start <= p.start && p.end <= o.end));
    article.focus[i] = focusAt(article.focus, i, text, {
      people,
      orgs,
      dates: found.map((m) => ({ from: m.start, to: m.end })),
    });
    // Without a date and without words for a kind of event, a sentence reports nothing (see `report`):
    // most sentences of a long article are settled here, before any of the work below.
    if (mentions.length === 0 && !namesAnyKind(text)) return;
    // A sentence the scrape cut off (`… für satte 44 Milli`) is read for who it names, never as an event.
    if (sentence.truncated) return;
    new SentenceReading(article, sentence, i, { mentions, deadlines, people, orgs, contextYear }).read();
  });
  return article.reports;
}

/**
 * Whether an organisation stands in brackets right after a person's name (`Eva Muster (SP)`, `Max Huber (alle SP)`):
 * the person's party or employer.
 */
function affiliationOf(text: string, o: OrgMention, people: Mention[]): boolean {
  const open = text.lastIndexOf('(', o.start);
  if (open < 0 || text.lastIndexOf(')', o.start) > open || text.indexOf(')', o.end) < 0) return false;
  const before = text.slice(0, open).trimEnd().length;
  return people.some((p) => p.end === before);
}

/** What reading one article's sentences builds up, sentence by sentence. */
interface ArticleState {
  ctx: ArticleContext;
  reports: EventReport[];
  /** Who each sentence is about, so `er` and `sie` can be followed back. */
  focus: Focus[];
  /** The next report's place in the corpus. */
  order: number;
  lead: Set<Sentence>;
  /** The kind of event the article's title names, until a sentence reports it (see `titleNews`). */
  titleKind: EventKind;
  /** The people and companies the title names. */
  titleNames: ReadonlySet<string>;
  mentionsBySentence: Map<Sentence, DateMention[]>;
  sentenceAt: Map<number, Sentence>;
  figuresAt: Map<number, Figure[]>;
}

/** The reports of one sentence: one per dated clause, and one for what it says before its first date. */
class SentenceReading {
  private readonly text: string;
  private readonly figures: Figure[];
  private readonly dateSpans: Span[];
  /**
   * `Huber tritt zurück` over an article whose fourth sentence tells it: the first report of the kind its title names,
   * by someone the title names, is the article's news, as a lead's is, wherever it stands.
   */
  private titleNews(kind: EventKind, actors: string[]): boolean {
    if (kind === 'other' || kind !== this.article.titleKind) return false;
    if (!actors.some((a) => this.article.titleNames.has(a))) return false;
    this.article.titleKind = 'other';
    return true;
  }

  /** Where in the sentence a dated report found the word of its kind (see `oneDatePerWord`). */
  private readonly kindWordAt = new Map<EventReport, number>();

  constructor(
    private readonly article: ArticleState,
    private readonly sentence: Sentence,
    private readonly i: number,
    private readonly seen: {
      mentions: DateMention[];
      /** Dates after `bis` (see `datesOfEvents`): they date nothing, but make what their clause says a plan. */
      deadlines: DateMention[];
      people: Mention[];
      orgs: OrgMention[];
      contextYear: number | null;
    },
  ) {
    this.text = sentence.text;
    this.figures = article.figuresAt.get(sentence.start) ?? [];
    this.dateSpans = seen.mentions.map((m) => ({ from: m.start, to: m.end }));
  }

  read(): void {
    const { mentions } = this.seen;
    const { text, sentence } = this;
    const spans = spansOf(text, mentions);
    const fresh: EventReport[] = [];
    mentions.forEach((mention, k) => {
      let span = spans[k]!;
      // `das Ende 2015 begann, an KI zu forschen` says only when; a sentence with one date says what, and its main
      // verb outranks a purpose (`Er kündigte an, am 15. Januar … zu stellen, um Neuwahlen zu ermöglichen`).
      if (mentions.length === 1) {
        const own = kindIn(text, span, this.dateSpans, true);
        if (own.kind === 'other' || inPurposeClause(text, own.at)) span = { from: 0, to: text.length };
      }
      const r = this.report(span, mention, false);
      if (r) fresh.push(r);
    });
    this.oneDatePerWord(fresh);
    // What the sentence says before its first dated clause, or all of it when it names no date.
    const undatedSpan = { from: 0, to: mentions.length > 0 ? spans[0]!.from : text.length };
    if (undatedSpan.to > undatedSpan.from) {
      const previous = this.article.ctx.sentences[this.i - 1];
      // `Am Montag …. Der Streit eskalierte …, als Huber …`: the day of a news paragraph
      // carries to its next sentence; a year does not.
      const carried =
        mentions.length === 0 && previous?.paragraph === sentence.paragraph && !NOW_OPENER.test(text)
          ? (this.article.mentionsBySentence.get(previous) ?? []).filter((m) => m.relative)
          : [];
      // `am Montag (9. Dezember)` names one day twice: it carries as one.
      const day = carried[0]?.date?.value;
      const one = carried.length === 1 || (day !== undefined && carried.every((m) => m.date?.value === day));
      const r = this.report(undatedSpan, one ? carried[0]! : null, one);
      // Only a named kind of event takes its date from the sentence before; `other` needs its own.
      if (r && !(r.kind === 'other' && r.inherited)) fresh.push(r);
    }
    // `zwischen 2000 und 2017`, `von Januar 2020 bis April 2021`: several dates and no kind of event in a sentence
    // name a period, a state of affairs, not events.
    const others = fresh.filter((r) => r.kind === 'other');
    // `Seit 2011 spielt er …`, `gilt ab 2026`: a date after `seit` or `ab` begins a state; with no kind it is no event,
    // nor in a photo's caption (`Max Huber (l.) am 3. Mai in Berlin`).
    const reported = fresh.filter(
      (r) =>
        r.kind !== 'other' ||
        (others.length === 1 &&
          !beginsState(text, r.mention) &&
          !r.planned &&
          !PICTURE_POSITION.test(text) &&
          this.datesClause(r) &&
          !this.describesState(r)),
    );
    for (const r of reported) {
      if (answers(r.kind)) r.target = answered(r, this.article.reports);
      if (r.target) {
        r.answers = r.target.actors;
        // Whom it answers is named as the report it answers names them: a person by surname.
        r.people = [...new Set([...r.people, ...r.answers.filter((a) => r.target!.people.includes(a))])];
      }
      // A heading is kept to be answered (`Hubers Konter: ein neues Angebot …`), never as an event.
      if (r.heading || isEvent(r, text)) this.article.reports.push(r);
    }
  }

  /**
   * `einigten sich am Freitag auf einen Übergang … zum 1. Januar`, `veröffentlichte am 29. Mai eine Analyse des Starts
   * am 25. Mai`: two dates whose spans find their kind in the same word tell one deed, dated by the date nearest that
   * word; the other dates a thing the clause names.
   */
  private oneDatePerWord(fresh: EventReport[]): void {
    const distance = (r: EventReport) => Math.abs(r.mention!.start - this.kindWordAt.get(r)!);
    for (let k = fresh.length - 1; k >= 0; k--) {
      const r = fresh[k]!;
      const at = this.kindWordAt.get(r);
      const rival = fresh.find((o) => o !== r && o.kind === r.kind && this.kindWordAt.get(o) === at);
      if (at !== undefined && rival && distance(rival) <= distance(r)) fresh.splice(k, 1);
    }
  }

  /**
   * Whether the date of a report of no named kind dates what its clause did. A date inside a noun phrase (`der 2019
   * gegründete Verein`) dates that thing; one in a relative clause (`Eva Lindqvist, die 2019 nach Oslo zog,`) dates
   * what its pronoun did, so the clause itself must name someone who acts. Nor does a date in reported speech.
   */
  private datesClause(r: EventReport): boolean {
    const m = r.mention;
    if (!m || r.inherited) return true;
    const { text } = this;
    if (
      ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(0, m.start - 20), m.start)) &&
      ATTRIBUTIVE_AFTER.test(text.slice(m.end))
    )
      return false;
    // `nach der Flut 1997`: a year a noun is of dates that noun.
    if (m.date?.precision === 'year' && YEAR_OF_NOUN_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))) {
      return false;
    }
    const { from, to } = clauseSpan(text, m.start);
    // `… sei 2020 beschlossen worden`, `Beide hätten 2019 …`: what someone says happened, not what the writer reports.
    if (isReportedSpeech(text.slice(from, to))) return false;
    // `sagte Huber am Montag`, `hat am Montag erklärt, dass …`: the date is when someone spoke; saying is no deed.
    // Only the part of the clause the date stands in counts: in `zogen am Sonntag vors Rathaus und riefen …` the march
    // is a deed.
    // A separable one too (`teilte am Freitag mit, …`, `stellte am Montag klar, …`).
    const part = coordinatePart(text.slice(from, to), m.start - from);
    if (SPEECH_VERB.test(part) || SEPARATED_SPEECH.test(part)) return false;
    if (from === 0 || text[from - 1] !== ',' || !RELATIVE_OPENER.test(text.slice(from))) return true;
    const within = (x: { start: number }) => x.start >= from && x.start < to;
    return this.seen.people.some(within) || this.seen.orgs.some(within);
  }

  /** `trug am Montag einen grauen Hut`: the clause of a report of no named kind says how someone looked, no deed. */
  private describesState(r: EventReport): boolean {
    const at = r.mention && !r.inherited ? r.mention.start : 0;
    const { from, to } = clauseSpan(this.text, at);
    const part = coordinatePart(this.text.slice(from, to), at - from);
    return STATE_VERB.test(part) && !PARTICLE_AT_END.test(part);
  }

  /**
   * Where the clause a deed at `at` is told in begins, when it is what the clause before it says or reports (`teilte
   * mit, dass …`, `wonach`): who says it is not who did it.
   */
  private toldFrom(at: number): number | null {
    const before = this.text.slice(0, at);
    const opener = [...before.matchAll(/,\s*(?:dass|wonach)(?!\p{L})/gu)].pop();
    if (!opener) return null;
    const own = clauseSpan(this.text, Math.max(0, opener.index - 1));
    // The period of a date (`teilte am 3. Mai mit`) ends no clause.
    const clause = this.text.slice(own.from, opener.index).replace(/(?<=\d)\./g, '');
    return saysOrReports(clause) ? opener.index + 1 : null;
  }

  /** Whether the date at `mention` stands in a clause of its own that reports or says (`wurde berichtet, dass …`). */
  private reportsAt(mention: DateMention, at: number): boolean {
    const own = clauseSpan(this.text, mention.start);
    if (inside(at, own)) return false;
    const clause = this.text.slice(own.from, own.to);
    return saysOrReports(clause);
  }

  /**
   * The kind a report is of, and who did it: for an appointment or an election to an office, who was appointed or
   * chosen and by whom. One the sentence does not name makes an appointment a sentence (the doer is not the one), and
   * a vote to an office the vote itself.
   */
  private whoDid(
    named: EventKind,
    span: Span,
    found: { kind: EventKind; at: number; reach: number },
    toldBefore = false,
  ): { kind: EventKind; actors: string[]; by: string | null; vote: boolean } {
    const roles = this.rolesOf(named, span, found);
    const untold = roles !== null && roles.whom.length === 0;
    const vote = untold && named === 'elected';
    const kind = vote ? 'election' : untold ? 'other' : named;
    if (vote) return { kind, actors: [], by: null, vote };
    if (untold) return { kind, actors: this.actorsIn(span, kind, found.at), by: null, vote };
    // A vote or an election is the event, not the act of whoever the sentence names first.
    // What the sentence before reported (`Das teilte er am Montag mit`) befell or was done by whom its report names;
    // where it names no one, a person who tells it did it; a company or a court that tells it is not who did it.
    const before = toldBefore ? this.reportBefore(kind) : undefined;
    if (before) return { kind, actors: before.actors, by: before.object, vote };
    const told = toldBefore && eventKind(kind)?.personOnly === true;
    // `um die Auswirkungen der Streiks gering zu halten`: a deed named as what something follows from is known; no one
    // its clause names did it.
    const consequence =
      found.kind === kind && CONSEQUENCE_OF.test(this.text.slice(Math.max(0, found.at - 60), found.at));
    const doers =
      roles?.whom ??
      ((found.kind === kind || told) && kind !== 'election' && !consequence ? this.actorsIn(span, kind, found.at) : []);
    // `urteilte ein Gericht, dass Huber …`: a body's deed (`byBody`) is not done by a person its clause names.
    const actors = eventKind(kind)?.byBody ? doers.filter((a) => this.seen.orgs.some((o) => o.org.name === a)) : doers;
    return { kind, actors, by: roles?.by ?? null, vote };
  }

  /**
   * `Huber übernimmt den Landesverband`: a word that names its kind only of a company (`companyOnly`), where the
   * clause names none as what it befell.
   */
  private boughtNoCompany(
    found: { kind: EventKind; at: number; end: number },
    kind: EventKind,
    object: string | null,
    span: Span,
  ) {
    if (found.kind !== kind || eventKind(kind)?.companyOnly?.test(this.text.slice(found.at, found.end)) !== true)
      return false;
    return !this.seen.orgs.some((o) => o.org.name === object && inside(o.start, span));
  }

  private figureAt(f: Figure): number {
    return this.text.indexOf(f.original);
  }

  private report(span: Span, mention: DateMention | null, inherited: boolean): EventReport | null {
    const { text, sentence, article } = this;
    const hasMoney = this.figures.some(
      (f) => inside(this.figureAt(f), span) && f.unit !== null && /^[A-Z]{3}$/.test(f.unit),
    );
    // A date carried from the sentence before stands in no clause of this one.
    const found = this.kindOfDated(span, inherited ? null : mention, hasMoney);
    // `Diese könnten dann im März stattfinden`: what `Diese` are, the sentence before named last. `Das teilte die
    // Polizei am Dienstag mit`: what was told is what the sentence before reported, done by the day it was told.
    const toldBefore = found.kind === 'other' && span.from === 0 && THAT_OPENER.test(text) && TELLS.test(text);
    const named =
      found.kind === 'other' && span.from === 0 && (DEMONSTRATIVE_OPENER.test(text) || toldBefore)
        ? this.kindBefore()
        : found.kind;
    if (named === 'other' && !mention) return null;
    const { kind, actors, by, vote } = this.whoDid(named, span, found, toldBefore);
    const object = by ?? this.objectIn(span, kind, actors, found);
    if (this.boughtNoCompany(found, kind, object, span)) return null;
    const planned =
      (mention ? planTarget(text, mention) : this.seen.deadlines.some((d) => inside(d.start, span))) ||
      (kind !== 'other' && found.kind === kind && intendedAt(text, found.at));
    // `Am Freitag wurde berichtet, dass Huber zurücktreten will`: the day is when the plan was reported, not the day it
    // is for: the plan was made by then.
    const reportedPlan = mention?.date && !inherited && ((planned && this.reportsAt(mention, found.at)) || toldBefore);
    const head: EventReport = {
      kind,
      actors,
      object,
      thing: found.kind === kind ? this.thingAt(found, kind) : null,
      figure: null,
      answers: [],
      order: article.order++,
      article: article.ctx.id,
      sentence,
      citation: cite(article.ctx.body, sentence),
      mention: reportedPlan ? { ...mention, date: { ...mention.date!, bound: 'by' } } : mention,
      inherited,
      planned,
      lead: this.titleNews(found.kind === kind ? kind : 'other', actors) || article.lead.has(sentence),
      heading: sentence.kind === 'heading',
      target: null,
      people: this.peopleOf(actors),
      named:
        kind === 'election'
          ? this.electionName(found.kind !== kind && !vote, mention)
          : eventKind(kind)?.names && found.kind === kind
            ? nameIn(eventKind(kind)!.names!, this.wordsOf(found))
            : eventKind(kind)?.announcesVote
              ? specificElectionName(text.slice(span.from, span.to))
              : null,
      contextYear: this.seen.contextYear,
    };
    if (mention && found.kind === kind && kind !== 'other') this.kindWordAt.set(head, found.at);
    if (kind !== 'other') this.addFigure(head, span);
    return head;
  }

  /** The amount a report's span names, or a reply's next sentence when it ends on a colon. */
  private addFigure(head: EventReport, span: Span): void {
    const { kind } = head;
    const figure =
      this.figureIn(span) ?? (kind === 'reply' && /:\s*$/.test(this.text) ? this.nextSentenceFigure() : null);
    if (!figure) return;
    head.figure = { value: figure.value, unit: figure.unit, original: figure.original };
    // `Alpenpost für 9,74 Milliarden`: in a counter-offer the company is the one the amount is for.
    if (kind === 'reply') head.object = this.orgBeforeFigure(figure) ?? head.object;
  }

  /**
   * The kind a span names; but when it is named only in a clause that says why or what came before, the kind of the
   * date's own clause: in `Am Sonntag wird gewählt, weil der Bürgermeister zurücktrat` the date is the vote's.
   */
  private kindOfDated(span: Span, mention: DateMention | null, hasMoney: boolean): ReturnType<typeof kindIn> {
    const { text } = this;
    const wide = kindIn(text, span, this.dateSpans, hasMoney);
    if (!mention || wide.kind === 'other') return wide;
    const where = clauseSpan(text, wide.at);
    if (!BACKGROUND_CLAUSE_OPENER.test(text.slice(where.from)) || inside(mention.start, where)) return wide;
    const own = clauseSpan(text, mention.start);
    const clause = { from: Math.max(span.from, own.from), to: Math.min(span.to, own.to) };
    const found = clause.to > clause.from ? kindIn(text, clause, this.dateSpans, hasMoney) : null;
    return found && found.kind !== 'other' ? found : wide;
  }

  /**
   * What a kind's name is read from: its clause and all its trigger matched (`soll … überfallen, … und vergewaltigt
   * haben`), so a stake named before its verb (`eine Beteiligung … erworben`) counts.
   */
  private wordsOf(found: { at: number; reach: number }): string {
    const { from, to } = clauseSpan(this.text, found.at);
    return this.text.slice(Math.min(from, found.at), Math.max(to, found.reach));
  }

  /**
   * The people the sentence names, and an actor a pronoun stands for (`Er kündigte an …`) when the sentences before
   * named them as a person: a headline names a person by surname, a company whole.
   */
  private peopleOf(actors: string[]): string[] {
    const named = this.seen.people.map((m) => m.person.name);
    const earlier = (name: string) =>
      this.article.focus
        .slice(Math.max(0, this.i - LOOK_BACK), this.i)
        .some((f) => f?.people.some((p) => p.name === name));
    return [...new Set([...named, ...actors.filter((a) => !named.includes(a) && earlier(a))])];
  }

  /**
   * What the deed at `verb` is of: the noun phrase its verb takes, not a person, a company or a date the sentence
   * names (`takesThing`), or the clause with `zu` it opens (`takesInfinitive`).
   */
  private thingAt(verb: { at: number; end: number }, kind: EventKind): string | null {
    const span = { start: verb.at, end: verb.end };
    const record = eventKind(kind);
    // A verb that takes either reads the clause with `zu` where there is one (`kündigte an, die Halle zu schließen`).
    if (record?.thingWith) return thingWith(this.text, span);
    const infinitive = record?.takesInfinitive
      ? (infinitiveOf(this.text, span) ?? (record.takesChoice ? choiceOf(this.text, span) : null))
      : null;
    const takesThing = record?.takesThing || record?.thingAfter?.test(this.text.slice(verb.at, verb.end));
    if (infinitive || !takesThing) return infinitive;
    // `Der Bericht wurde am Montag veröffentlicht`: in the passive, what the deed is of is the clause's subject.
    const passive = PASSIVE_AUXILIARY.test(clauseAt(this.text, verb.at));
    return passive ? thingBefallen(this.text, span, this.taken()) : thingOf(this.text, span, this.taken());
  }

  /**
   * What a vote or an election is called: in its sentence, or for `Diese sollen im Mai stattfinden` in the sentence
   * before, which named what `Diese` are.
   */
  private electionName(fromBefore: boolean, mention: DateMention | null): { de: string; en: string } | null {
    const own = nearestElection(this.text, mention) ?? ELECTION_NAMES.find(([re]) => re.test(this.text))?.[1] ?? null;
    const previous = this.article.ctx.sentences[this.i - 1];
    if (own || !fromBefore || !previous) return own;
    // `Diese` are what the sentence before named last (`… den Haushalt vorlegen, um eine Abstimmung …`).
    let last: { at: number; name: { de: string; en: string } | null } = { at: -1, name: null };
    for (const [re, name] of ELECTION_NAMES) {
      const at = previous.text.search(re);
      if (at > last.at) last = { at, name };
    }
    return last.name;
  }

  /** The report of `kind` the sentence before gave, naming who did it or whom it befell. */
  private reportBefore(kind: EventKind): EventReport | undefined {
    const previous = this.article.ctx.sentences[this.i - 1];
    const last = this.article.reports.at(-1);
    return last?.sentence === previous && last?.kind === kind && last.actors.length > 0 ? last : undefined;
  }

  /** The kind the sentence before (in the paragraph) names last, for a sentence that opens with `Diese`. */
  private kindBefore(): EventKind {
    const previous = this.article.ctx.sentences[this.i - 1];
    if (!previous || previous.paragraph !== this.sentence.paragraph) return 'other';
    let last: { kind: EventKind; at: number } = { kind: 'other', at: -1 };
    for (const { id, record, re } of KINDS_GLOBAL) {
      for (const m of previous.text.matchAll(re)) {
        const before = previous.text.slice(0, m.index);
        if (m.index > last.at && !withoutCourt(record, m[0], clauseAt(previous.text, m.index), before))
          last = { kind: id, at: m.index };
      }
    }
    return last.kind;
  }

  /** Who a dismissal or an appointment was done to and by whom, when the sentence says it; null for other kinds. */
  private rolesOf(kind: EventKind, span: Span, found: { kind: EventKind; at: number; reach: number }): Roles | null {
    if (kind === 'dismissal') return this.dismissalRoles(span, found.at);
    // One voted into an office is named as one appointed to it is.
    const appointed = kind === 'appointment' || kind === 'elected';
    return appointed && found.kind === kind ? this.appointmentRoles(span, found, kind === 'elected') : null;
  }

  /**
   * Who was dismissed, and by whom, when the sentence names both: `Berger entließ Roth`, `die Entlassung von
   * Roth`, `Berger hat Roth entlassen`. With one person the existing reading stands (`dass Muster entlassen …
   * wurde`, `seine Entlassung`): the one dismissed.
   */
  private dismissalRoles(span: Span, at: number): Roles | null {
    const inSpan = this.seen.people.filter((m) => m.start >= span.from && m.start < span.to);
    const before = inSpan.filter((m) => m.end <= at);
    // `trennte sich am Montag von Trainer Huber`: one parted with is named after `von` and their role.
    const parting = PARTING.test(this.text.slice(at));
    const after = inSpan.find(
      (m) =>
        m.start > at &&
        (DISMISSED_AFTER.test(this.text.slice(at, m.start)) ||
          (parting && PARTED_FROM.test(this.text.slice(Math.max(at, m.start - 60), m.start)))),
    );
    const differs = (m: Mention) => m.person.name !== after?.person.name;
    if (after) return { whom: [after.person.name], by: before.find(differs)?.person.name ?? null };
    const named = [...new Set(before.map((m) => m.person.name))];
    if (PASSIVE_AUXILIARY.test(this.text.slice(span.from, span.to))) {
      // `wurde … von Klubchef Huber beurlaubt`: who `von` names in the passive dismissed; the one dismissed is another
      // person named, or no one the text names (`der 52-Jährige`).
      const agent = this.passiveAgent(before, 40);
      if (!agent) return null;
      const whom = named.filter((n) => n !== agent.person.name);
      return { whom: whom.slice(-1), by: agent.person.name };
    }
    if (named.length < 2) return null;
    return { whom: [named[named.length - 1]!], by: named[0]! };
  }

  /**
   * Who was appointed, and by whom. The office follows `zum`/`zur`, and the one appointed is the last person named
   * before it: `Huber ernannte am Montag die Juristin Eva Beispiel zur Ministerin`, `hat Beispiel zur Ministerin
   * ernannt`. In the passive the subject was appointed and `von`/`durch` names by whom; `berief ihn Huber zum …`
   * appoints the one the pronoun means. The doer is never the one appointed: when no one else is named, no one is
   * known to be. A noun (`seine Ernennung zum …`) is read as other deeds are.
   */
  private appointmentRoles(span: Span, found: { at: number; reach: number }, elected = false): Roles | null {
    const { text } = this;
    // One is elected into a body too (`in den Stadtrat`).
    const office = elected ? /(?<!\p{L})(?:zu[mr]?|in\s+(?:den|das|die))\s/giu : /(?<!\p{L})zu[mr]?\s/giu;
    office.lastIndex = found.at;
    const zu = office.exec(text);
    if (!zu || zu.index > found.reach || /^Ernennung/iu.test(text.slice(found.at))) return null;
    // A possessive (`Hubers Sohn`) or a name a preposition governs (`nach dem Tod von Huber`) is neither role.
    // Nor is one named in the genitive (`nach dem Tod des Präsidenten Huber`).
    const before = this.seen.people.filter(
      (m) => m.start >= span.from && m.start < zu.index && !m.possessive && !genitiveAt(text, m.start, m.end),
    );
    const named = before.filter((m) => !this.governedOutsideDates(m.start));
    const { from, to } = clauseSpan(text, found.at);
    if (PASSIVE_AUXILIARY.test(text.slice(from, to))) {
      const agent = this.passiveAgent(before, 30);
      const whom = named.find((m) => m !== agent);
      // `1993 wurde er von Huber zum Leiter berufen`: the pronoun before any name is the one appointed.
      const pronoun = /(?<!\p{L})(er|sie)(?!\p{L})/u.exec(text.slice(from, whom?.start ?? zu.index));
      const subject = pronoun ? this.pronounPerson(pronoun[1]!, from + pronoun.index) : whom ? [whom.person.name] : [];
      return { whom: subject, by: agent?.person.name ?? null };
    }
    const verbFirst = found.at < zu.index;
    const verbEnd = verbFirst ? found.at + (/^\S+/u.exec(text.slice(found.at))?.[0].length ?? 0) : span.from;
    const whom = /^\s+ihn(?!\p{L})/u.test(text.slice(verbEnd))
      ? this.pronounPerson('er', verbEnd)
      : [named.filter((m) => m.start >= verbEnd).pop()?.person.name].filter((n): n is string => n !== undefined);
    const by = named.find((m) => !whom.includes(m.person.name))?.person.name ?? null;
    return { whom, by };
  }

  /**
   * `wurde von der Läuferin Eva Muster …`: whether the name starting at `at` follows `von` or `durch` right after a
   * verb, in a passive clause.
   */
  private passiveAgentAt(at: number): boolean {
    const agent = AGENT_AFTER_VERB.exec(this.text.slice(Math.max(0, at - 60), at));
    return agent !== null && /^\p{Ll}/u.test(agent[1]!) && PASSIVE_AUXILIARY.test(clauseAt(this.text, at));
  }

  /**
   * In a passive clause, the one `von` or `durch` names within `reach` characters before them: who did the deed; not
   * one a deed named as what came before is of (`wurde nach dem Rücktritt von Huber … berufen`).
   */
  private passiveAgent(people: Mention[], reach: number): Mention | undefined {
    const { text } = this;
    return people.find(
      (m) =>
        AGENT_BEFORE.test(text.slice(Math.max(0, m.start - reach), m.start)) &&
        !BACKGROUND_DEED_OF.test(text.slice(Math.max(0, m.start - 80), m.start)),
    );
  }

  /** Whether a preposition governs the name at `at`, the words of dates aside (see `governedBeyondDates`). */
  private governedOutsideDates(at: number): boolean {
    return governedBeyondDates(this.text, at, this.dateSpans);
  }

  /**
   * Whether a company may be who acts: no preposition governs it, and it is not named as whose something is (`Der
   * Lohnstreit der Seebank …`).
   */
  private free(o: OrgMention): boolean {
    return !this.governedOutsideDates(o.start) && !genitiveAt(this.text, o.start, o.end);
  }

  /** Whether a company that may act (see `free`) stands in the clause of a deed at `at`, before it. */
  private companyOpens(from: number, at: number): boolean {
    const start = Math.max(from, clauseSpan(this.text, at).from);
    return this.seen.orgs.some((o) => o.start >= start && o.start < at && this.free(o));
  }

  /**
   * `er` at `at`: a man named earlier in the sentence, not one beside it in its clause (`während des Besuchs von
   * Huber wurde er`, see `besidePronoun`), else the subject of the sentences before.
   */
  private pronounPerson(word: string, at: number, gender = pronounGender(this.text, word, at)): string[] {
    const { text } = this;
    // `Sie trafen sich`, `trafen sie`: a plural verb beside `sie` means the people named last.
    if (!gender) return this.lastTwo();
    const before = this.seen.people
      .filter((m) => m.end <= at && m.person.gender === gender && !besidePronoun(text, m, at, this.dateSpans))
      .pop();
    if (before) return [before.person.name];
    const previous = nearestFocus(this.article.focus, this.i);
    const match = previous?.people.find((p) => p.gender === gender);
    if (match) return [match.name];
    // `sie` after `Die Seebank war … gegründet worden`: the company.
    return gender === 'f' && previous?.orgs[0] ? [previous.orgs[0]] : [];
  }

  /** Who acts in `span`: a possessor of the trigger noun, else the first subject in the span, else in the sentence. */
  private actorsIn(span: Span, kind: EventKind, at: number): string[] {
    const { text } = this;
    // `ein Haftbefehl gegen Huber`: whom it is against, wherever the clause names them.
    if (eventKind(kind)?.against) {
      const before = (m: Mention) => text.slice(Math.max(0, m.start - 60), m.start);
      const whom = this.seen.people.find((m) => inside(m.start, span) && AGAINST_BEFORE.test(before(m)));
      if (whom) return [whom.person.name];
    }
    // `Hubers Angebot`, `Hubers Milliardenangebot`: the owner of the deed did it.
    const possessor = this.seen.people.find(
      (m) => m.possessive && m.end <= at && m.start >= span.from && /^\s[\p{L}-]*$/u.test(text.slice(m.end, at)),
    );
    if (possessor) return [possessor.person.name];
    // `der Abschied von Max Huber`, `die Klage des Vorstands Huber`: a noun's deed is the one its `von` names.
    const record = eventKind(kind);
    const agent = this.seen.people.find(
      (m) => m.start > at && m.start < span.to && canAct(m) && OF_PHRASE.test(text.slice(at, m.start)),
    );
    if (agent && record?.actor === 'acts' && !record.personOnly) return [agent.person.name];
    if (record?.inClause) return this.sufferer(at, agent, kind);
    // `Die Seebank wird von der Nordbank übernommen`: the company the passive's `von` names did it, as a person does.
    const byCompany = this.seen.orgs.find((o) => inside(o.start, span) && this.passiveAgentAt(o.start));
    if (byCompany && record?.actor === 'acts' && !record.personOnly) return [byCompany.org.name];
    // `Huber teilte mit, dass die Versammlung den Plan gebilligt habe`: who tells what another did did not do it.
    const told = kind === 'other' ? null : this.toldFrom(at);
    const from = told !== null && told > span.from ? told : span.from;
    // `… habe sich für Huber entschieden, teilte die Sprecherin Eva Muster mit`: nor who tells it after the deed.
    const to = kind === 'other' ? span.to : Math.min(span.to, tellerAfter(text, at));
    // `Die Seebank war in die Insolvenz gerutscht, Huber hatte das Ruder übernommen`: where a company opens the deed's
    // clause as its doer (not as what was made: `die 2020 gegründete Seebank, deren Gründer Huber …`), one who acts in
    // a later clause of their own did not do the deed.
    const companyActs = record?.actor !== 'made' && this.companyOpens(from, at);
    const bodyHere = this.bodyOfClause(from, to, at, kind);
    if (bodyHere) return [bodyHere.name];
    const own = this.subjectIn(from, companyActs ? Math.min(to, clauseOfItsOwnAfter(text, at)) : to, kind);
    if (own.length > 0) return record?.needsSides ? this.withOtherSide(own, span) : own;
    const sentenceSubject = told !== null ? [] : this.subjectIn(0, span.from, kind);
    if (sentenceSubject.length > 0) return sentenceSubject;
    const team = record?.byTeam ? teamOpening(text.slice(clauseSpan(text, at).from), this.article.ctx.body) : null;
    if (team) return [team];
    // `Seebank lehnte Hubers Angebot ab`: a company acts when no person does; one founded is what it happened to.
    if (record?.actor === 'made' || record?.personOnly || record?.thing) return [];
    // Not a company a preposition governs (`eine Beteiligung an der Seebank erworben`): that is what it is about.
    const org = this.seen.orgs.find(
      (o) =>
        o.start >= from &&
        o.start < to &&
        (kind === 'other' ? this.subjectOfDated(span, o.start) : o.start < at || this.invertedSubject(at, o.start)) &&
        this.free(o),
    );
    if (org) return [org.org.name];
    const body = this.bodyActing(from, to, at, kind);
    if (body) return [body.name];
    return this.companyPointedBack(from, to, at, kind);
  }

  /**
   * `Am Montag stellte das Unternehmen einen Antrag`: the subject points back to the company named before. Not `es`:
   * as a subject it is more often no one (`hieß es`, `gibt es`).
   */
  private companyPointedBack(from: number, to: number, at: number, kind: EventKind): string[] {
    for (const m of this.text.slice(from, to).matchAll(COMPANY_NOUN_ANAPHOR)) {
      const start = from + m.index;
      if (kind === 'other' || !(start < at || this.invertedSubject(at, start)) || this.governedOutsideDates(start))
        continue;
      const company = this.pointedBack(start, []);
      return company ? [company] : [];
    }
    return [];
  }

  /** The governing bodies the sentence names by their noun (see `bodiesIn`), read once. */
  private bodies(): BodyMention[] {
    return (this.bodiesSeen ??= bodiesIn(this.text));
  }
  private bodiesSeen: BodyMention[] | undefined;

  /**
   * `Nachdem Huber den Plan vorgelegt hatte, hat das Kabinett ihn beschlossen`: a body acting in the deed's own clause,
   * where no person is named, did it, whoever acts in the clauses around.
   */
  private bodyOfClause(from: number, to: number, at: number, kind: EventKind): BodyMention | undefined {
    const clause = clauseSpan(this.text, at);
    if (this.seen.people.some((m) => inside(m.start, clause))) return undefined;
    return this.bodyActing(Math.max(from, clause.from), Math.min(to, clause.to), at, kind);
  }

  /**
   * A governing body named by its noun that may have done the deed at `at` (`Am Mittwoch hat das Kabinett den Entwurf
   * beschlossen`, `vom Landtag gewählt`): its subject before the deed or right after its verb, or a passive's agent. It
   * acts as a company does; a deed of no kind (`other` has no record) is not told by it.
   */
  private bodyActing(from: number, to: number, at: number, kind: EventKind): BodyMention | undefined {
    const record = eventKind(kind);
    // What was made or befell someone is no body's deed (`der 1946 gegründete Landtag`).
    if (!record || record.actor === 'made' || record.personOnly || record.thing) return undefined;
    const { text } = this;
    return this.bodies().find(
      (b) =>
        b.start >= from &&
        b.start < to &&
        (b.agent
          ? PASSIVE_AUXILIARY.test(clauseAt(text, b.start))
          : (b.start < at || this.invertedSubject(at, b.start)) &&
            !this.governedOutsideDates(b.start) &&
            !genitiveAt(text, b.start, b.start)),
    );
  }

  /**
   * Whether a company can be the subject of a sentence of no kind: named before its date (`Die Seebank hat am Montag
   * …`) or right after the verb that follows it (`Am Montag legte die Seebank …`), not further on, where it is an
   * object or stands in a phrase (`… mit der zur Seebank gehörenden Nordbank`).
   */
  private subjectOfDated(span: Span, orgAt: number): boolean {
    if (orgAt >= span.to) return false;
    const date = this.dateSpans.find((d) => d.from >= span.from && d.from < span.to);
    if (!date || orgAt < date.from) return true;
    return /^\s*,?\s*\S+\s+(?:der|die|das)?\s*$/iu.test(this.text.slice(date.to, orgAt));
  }

  /**
   * A company right after the verb, with only its article between: the subject of an inverted clause (`Am Montag
   * kündigte die Seebank … an`, `Laut Bericht machte die Seebank … bekannt`).
   */
  private invertedSubject(verbAt: number, orgAt: number): boolean {
    const verb = /^\S+/u.exec(this.text.slice(verbAt))?.[0] ?? '';
    if (orgAt <= verbAt) return false;
    const between = this.text.slice(verbAt + verb.length, orgAt);
    if (/^\s+(?:der|die|das)?\s*$/iu.test(between)) return true;
    // `kündigte der Autohersteller Nordwagen … an`: its kind between, with the article it takes as a subject (`teilte
    // der Agentur Nordpress mit` is told to the agency).
    const kinded = KIND_BETWEEN.exec(between);
    const gender = kinded ? genderOfKind(kinded[2]!) : null;
    return gender !== null && kinded![1] === NOMINATIVE_ARTICLE[gender];
  }

  /** The first subject between `from` and `to`: a person (with partners), `beide`, or who a pronoun means. */
  private subjectIn(from: number, to: number, kind: EventKind): string[] {
    const { text } = this;
    // One acquitted or convicted is not a person a preposition governs (`im Fall Max Huber`).
    // Nor does anyone a preposition governs act (`den Plan von Max Huber aufgegriffen`), but who was dismissed is read
    // apart (`die Entlassung von Roth`, see `dismissalRoles`).
    // Nor is one named in the genitive (`der Sohn des Unternehmers Max Huber`) the one it befell. The agent of a
    // passive (`wurde von der Läuferin Eva Muster aufgestellt`) is governed by `von` and still did it.
    const governedHere = (m: Mention) =>
      eventKind(kind)?.personOnly === true
        ? this.governedOutsideDates(m.start) || genitiveAt(text, m.start, m.end)
        : kind !== 'dismissal' &&
          NAME_GOVERNED_BEFORE.test(text.slice(Math.max(0, m.start - 60), m.start)) &&
          !this.passiveAgentAt(m.start);
    // `in Briefen an Kanzler Max Huber (SP) und Eva Beispiel`: who is joined to a governed name is governed too.
    const governed = (m: Mention): boolean => {
      if (governedHere(m)) return true;
      const before = this.seen.people.filter((p) => p.end <= m.start).pop();
      return before !== undefined && JOINED.test(text.slice(before.end, m.start)) && governedHere(before);
    };
    // `zeigt die Doku „Huber“`: in a sentence of no kind, a person's name in marks is a title or a slogan, no one
    // acting (a company's often stands in marks: `die „Seestadt Post“ berichtete`).
    const titled = kind === 'other' ? markedSpans(text) : [];
    const person = this.seen.people.find(
      (m) =>
        m.start >= from &&
        m.start < to &&
        (kind === 'dismissal' ? true : canAct(m)) &&
        !governed(m) &&
        !titled.some((t) => inside(m.start, t)),
    );
    const pronoun = new RegExp(SUBJECT_PRONOUN.source, 'g');
    pronoun.lastIndex = from;
    let p = pronoun.exec(text);
    if (p && p.index >= to) p = null;
    const both = bothPeople(text.slice(from, to));
    if (both && (!person || from + both.index < person.start)) return this.lastTwo();
    if (kind === 'dismissal' && !person) {
      const poss = POSSESSIVE_PRONOUN.exec(text.slice(from, to));
      if (poss) return this.pronounPerson(poss[0], from + poss.index);
    }
    if (person && (!p || person.start < p.index)) return this.withPartners(person);
    if (p) return this.pronounPerson(p[1]!, p.index);
    // `Das Gericht sprach ihn schuldig`: one a deed befell may be named by the object pronoun alone.
    const object = eventKind(kind)?.personOnly ? MASCULINE_OBJECT.exec(text.slice(from, to)) : null;
    return object ? this.pronounPerson(object[0], from + object.index, 'm') : [];
  }

  /**
   * Who an arrest or a death befell, from the trigger's own clause only: after a noun its `von` or genitive (`die
   * Festnahme von Max Huber`), else the clause's first person (`Huber wurde am Montag festgenommen`). Whoever
   * announces an arrest or stands in another clause (`…, die am Montag festgenommen wurde`) is not the one.
   */
  private sufferer(at: number, agent: Mention | undefined, kind: EventKind): string[] {
    // A capital is a noun's (`die Festnahme von Huber`), but a participle opening a sentence has one too (`Geboren
    // wurde er …`).
    const word = /^\p{L}+/u.exec(this.text.slice(at))?.[0] ?? '';
    const participle = at === 0 && /^Ge\p{Ll}+(?:en|t)$/u.test(word);
    if (/^\p{Lu}/u.test(word) && !participle) return agent ? [agent.person.name] : [];
    const { from, to } = clauseSpan(this.text, at);
    const own = this.subjectIn(from, to, kind);
    return own.length > 0 ? own : this.apposed(from);
  }

  /**
   * The subject named in apposition just before the clause at `from` (`Der frühere Minister, Max Huber, wurde …
   * festgenommen`): a name that fills the clause before, between a noun phrase opening the sentence and a clause that
   * opens with its auxiliary.
   */
  private apposed(from: number): string[] {
    const { text } = this;
    if (!AUXILIARY_OPENER.test(text.slice(from))) return [];
    const before = clauseSpan(text, Math.max(0, from - 2));
    if (before.from === from || before.from === 0) return [];
    const opener = clauseSpan(text, Math.max(0, before.from - 2));
    if (opener.from !== 0 || !/^\p{Lu}/u.test(text)) return [];
    const name = this.seen.people.find(
      (m) =>
        canAct(m) &&
        text.slice(before.from, m.start).trim() === '' &&
        APPOSITION_AFTER_NAME.test(text.slice(m.end, before.to)),
    );
    return name ? [name.person.name] : [];
  }

  /** `Huber traf sich am Montag mit Karl Weber`: talks have another side, named after `mit` or `zwischen`. */
  private withOtherSide(actors: string[], span: Span): string[] {
    const other = this.seen.people.find(
      (m) =>
        m.start >= span.from &&
        m.start < span.to &&
        !actors.includes(m.person.name) &&
        OTHER_SIDE_BEFORE.test(this.text.slice(Math.max(0, m.start - 40), m.start)),
    );
    return other ? [...actors, other.person.name] : actors;
  }

  /** `Huber und Muster`, `Muster neben Karl Weber`: the people acting together. */
  private withPartners(first: Mention): string[] {
    const names = [first.person.name];
    let end = first.end;
    for (const next of this.seen.people.filter((m) => m.start >= first.end)) {
      if (!PARTNERS.test(this.text.slice(end, next.start))) break;
      names.push(next.person.name);
      end = next.end;
    }
    return [...new Set(names)];
  }

  /** The two people the sentences just before name, for `beide` and a plural `sie`. */
  private lastTwo(): string[] {
    const names: string[] = [];
    for (let j = this.i - 1; j >= Math.max(0, this.i - LOOK_BACK) && names.length < 2; j--) {
      for (const p of this.article.focus[j]?.people ?? []) {
        if (!names.includes(p.name) && names.length < 2) names.push(p.name);
      }
    }
    return names;
  }

  /** The company it happened to: named in the span, else the one a `das Unternehmen` points back to. */
  private objectIn(
    span: Span,
    kind: EventKind,
    actors: string[],
    trigger: { kind: EventKind; at: number; end: number },
  ): string | null {
    const { text } = this;
    const before = (o: OrgMention) => text.slice(Math.max(0, o.start - 25), o.start);
    // `auf seiner Plattform X` is where something was said, not what it was about; talks are `über` or `zu` something.
    const where = (o: OrgMention) => SAID_WHERE.test(before(o));
    const about = (o: OrgMention) => TALKS_ABOUT.test(before(o));
    // `kündigte die Auflösung der Nationalversammlung an`: what is announced is the noun the company is genitive to.
    // Of a deed that takes a thing, a company in the genitive or governed nearby (`der Kindergarten der Seebank`,
    // `in der Hauptstadt Seestadt`) is whose it is or where, not what it was done to.
    const record = eventKind(kind);
    const genitive = (o: OrgMention) =>
      (kind === 'announcement' || record?.actor === 'happens') &&
      record?.takesThing === true &&
      (genitiveAt(text, o.start, o.end) || PLACE_OR_PARTY_BEFORE.test(before(o)));
    // `den der FC Seestadt von Nordstadt verpflichtet hatte`: the club that signs is where the player goes.
    const signing = trigger.kind === kind && SIGNING.test(text.slice(trigger.at));
    const named = this.seen.orgs.find(
      (o) =>
        inside(o.start, span) &&
        !this.dateSpans.some((d) => inside(o.start, d)) &&
        !actors.includes(o.org.name) &&
        (record?.objectAt ? AT_COMPANY_BEFORE.test(before(o)) : !where(o)) &&
        !genitive(o) &&
        (!eventKind(kind)?.objectAbout || about(o)) &&
        (!eventKind(kind)?.objectTo || TO_BEFORE.test(before(o)) || (signing && !this.governedOutsideDates(o.start))),
    );
    if (named) return named.org.name;
    if (kind === 'other' || eventKind(kind)?.namedObjectOnly) return null;
    const to = eventKind(kind)?.objectTo
      ? DESTINATION.exec(text.slice(span.from, span.to))?.[1]?.trim().replace(/\.$/u, '')
      : undefined;
    return this.anaphorObject(span, actors) ?? this.headNounObject(span, actors) ?? to ?? this.befallen(kind, trigger);
  }

  /** What the sentence names otherwise: its people, companies and dates, never a thing. */
  private taken(): { start: number; end: number }[] {
    return [
      ...this.seen.people,
      ...this.seen.orgs,
      ...this.bodies(),
      ...this.dateSpans.map((d) => ({ start: d.from, end: d.to })),
    ];
  }

  /**
   * For a kind that befalls a thing (`stürzte ein`), the thing the trigger's clause names when no known one is named;
   * none when the kind was taken from the sentence before (`Diese …`), whose words are not here.
   */
  private befallen(kind: EventKind, trigger: { kind: EventKind; at: number; end: number }): string | null {
    if (!eventKind(kind)?.thing || trigger.kind !== kind) return null;
    return thingBefallen(this.text, { start: trigger.at, end: trigger.end }, this.taken());
  }

  /**
   * `die Brücke` after `die Seebrücke`, `der Bank` after `die Seebank`: a definite noun that a company or a thing
   * named in the sentences before ends in points back to it.
   */
  private headNounObject(span: Span, actors: string[]): string | null {
    const earlier = [this.i, ...Array.from({ length: LOOK_BACK }, (_, k) => this.i - 1 - k)]
      .filter((j) => j >= 0)
      .flatMap((j) => (j === this.i ? this.seen.orgs.map((o) => o.org.name) : (this.article.focus[j]?.orgs ?? [])));
    for (const m of this.text.slice(span.from, span.to).matchAll(DEFINITE_NOUN)) {
      const noun = m[1]!.toLowerCase();
      const org = earlier.find(
        (name) => !actors.includes(name) && name.toLowerCase().endsWith(noun) && name.length > noun.length,
      );
      if (org) return org;
    }
    return null;
  }

  private anaphorObject(span: Span, actors: string[]): string | null {
    const anaphor = new RegExp(ORG_ANAPHOR.source, 'g');
    for (const m of this.text.slice(span.from, span.to).matchAll(anaphor)) {
      const company = this.pointedBack(span.from + m.index, actors);
      if (company) return company;
    }
    return null;
  }

  /** The company `das Unternehmen` at `at` points back to: the last named before it, here or a few sentences back. */
  private pointedBack(at: number, except: string[]): string | null {
    const earlier = this.seen.orgs.filter((o) => o.end <= at && !except.includes(o.org.name)).pop();
    if (earlier) return earlier.org.name;
    for (let j = this.i - 1; j >= Math.max(0, this.i - 3); j--) {
      const prior = (this.article.focus[j]?.orgs ?? []).filter((o) => !except.includes(o));
      if (prior.length > 0) return prior[prior.length - 1]!;
    }
    return null;
  }

  private figureIn(span: Span): Figure | null {
    return this.figures.find((f) => inside(this.figureAt(f), span) && f.unit !== 'years' && f.unit !== '%') ?? null;
  }

  /** A reply ending in `:` introduces a quotation: its amount is the reply's. */
  private nextSentenceFigure(): Figure | null {
    const next = this.article.ctx.sentences[this.i + 1];
    if (!next) return null;
    return (this.article.figuresAt.get(next.start) ?? []).find((f) => /^[A-Z]{3}$/.test(f.unit ?? '')) ?? null;
  }

  private orgBeforeFigure(figure: Figure): string | null {
    const host = this.article.sentenceAt.get(figure.citation.start)!;
    const at = host.text.indexOf(figure.original);
    const named = this.article.ctx.orgs.mentions(host.text.slice(Math.max(0, at - 30), at)).pop();
    return named?.org.name ?? null;
  }
}

/** `beide`, `die beiden Minister`: two people, not two things (`die beiden Vereine`). */
function bothPeople(text: string): RegExpExecArray | null {
  const m = BOTH.exec(text);
  if (!m) return null;
  const next = /^\s+(\p{Lu}[\p{L}-]*)/u.exec(text.slice(m.index + m[0].length))?.[1];
  return next === undefined || isRole(next) ? m : null;
}

/** What a reply or a rejection answers: the latest event before it, by someone else, within a few sentences. */
function answered(r: EventReport, before: EventReport[]): EventReport | null {
  const what = eventKind(r.kind)?.answers;
  const wanted: readonly string[] | null = Array.isArray(what) ? what : null;
  for (let k = before.length - 1; k >= 0; k--) {
    const candidate = before[k]!;
    // Sentence numbers count within the article, so their difference is the distance.
    const distance = r.sentence.index - candidate.sentence.index;
    // Within its own sentence a reply's clauses are background (`…, den Huber 2022 für die Plattform bezahlte`).
    if (distance === 0) continue;
    if (distance > LOOK_BACK) break;
    if (candidate.kind === 'other' || answers(candidate.kind)) continue;
    if (wanted && !wanted.includes(candidate.kind)) continue;
    if (candidate.actors.length === 0 || candidate.actors.some((a) => r.actors.includes(a))) continue;
    return candidate;
  }
  return null;
}

/**
 * A report is an event when someone did something: it has an actor (or, for a founding or launch,
 * the thing founded), and it is not a publication reporting (`So schrieb das «Wall Street Journal» …`).
 */
function isEvent(r: EventReport, text: string): boolean {
  // A sentence made mostly of words in marks (a list of headlines, a slogan) quotes them; it reports no deed.
  if (r.kind === 'other' && markedShare(text) > 0.5) return false;
  const reporting = REPORTING_VERB.exec(text);
  if (
    reporting &&
    r.kind === 'other' &&
    !r.people.some((name) => text.slice(0, reporting.index).includes(name.split(' ').pop()!))
  )
    return false;
  if (eventKind(r.kind)?.needsSides && r.actors.length < 2 && r.object === null) return false;
  if (r.actors.length > 0) return true;
  // `Seit gestern streiken … Beschäftigte`, `Seebank wurde gegründet`: things that happen without a named actor.
  return happensWithoutActor(r.kind) || (r.object !== null && eventKind(r.kind)?.actor === 'made');
}
