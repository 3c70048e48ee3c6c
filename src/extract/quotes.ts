import type { Person } from '../corpus/schema.js';
import type { Citation, Sentence } from '../corpus/types.js';
import { cite } from './citation.js';
import { personName } from './names.js';
import { describedSpeakers } from './described.js';
import { echoedSpeakers } from './echoes.js';
import { clauseAround } from './clauses.js';
import { accordingTo, itSays, sourceBefore, sourceOpening, type Source } from './sources.js';
import { canAct, type Mention, type PeopleFinder } from './people.js';
import {
  SPEECH_VERB,
  NAMING_VERB,
  FUNCTION_WORDS,
  SUBJECTLESS,
  TRAILING_ATTRIBUTION,
  attributionIn,
  attributionFrom,
  INTERRUPTION,
  GENDERED_PRONOUN,
  MASCULINE_PRONOUN,
  NAME_BEFORE_SPEECH,
  SPEECH_NOUN,
  isReportedSpeech,
  SEPARATED_SPEECH,
  CONTINUING_OPENER,
  TITLE_NOUN,
  OBJECT_BEFORE,
  QUOTE_PAIRS,
  quotedWords,
} from '../language/de.js';
import { COORDINATING_CONJUNCTIONS, SUBORDINATING_CONJUNCTIONS } from '../language/de/function-words.js';
import { isCommonNoun, NOUN_SUFFIX } from '../language/de/nouns.js';
import { holdsGerman, NAME_LINKS } from '../language/de/stop-words.js';
import { WEB_ADDRESS } from '../language/de/web.js';

export interface Speaker {
  name: string;
  /** The people.json id when the speaker is a known person. */
  id: string | null;
  /** A source no person stands for, named as the text words it (`ein Sprecher der Seebank`; see `sources.ts`). */
  unnamed?: true;
}

export interface Quote {
  /** The words inside the quotation marks; the halves of an interrupted quotation joined by ` … `. */
  text: string;
  speaker: Speaker | null;
  /** A fragment quoted inside someone else's sentence (`dass Seebank „nicht zum Verkauf“ stehe`). */
  partial: boolean;
  /** The quoted words themselves. */
  citation: Citation;
  /** The sentence that introduces or attributes the quotation, when there is one. */
  intro: Citation | null;
}

/** Quoted names and terms (`«Nordhafen»`, „Manhattan-Projekt“): kept to prove they were seen and set aside. */
export interface QuotedTerm {
  text: string;
  citation: Citation;
}

const WALK_BACK_SENTENCES = 5;
/** An attribution whose subject is a pronoun: `sagte er`, `so sie am Montag`. */
const SUBJECT_PRONOUN_OPENS = /^\s*(?:er|sie)(?!\p{L})/u;

/** `er`, `sein` point to a man, `sie`, `ihr` (singular) to a woman; null when the text has neither. */
function genderOf(text: string): Person['gender'] | null {
  const m = GENDERED_PRONOUN.exec(text);
  if (!m) return null;
  return MASCULINE_PRONOUN.test(m[1]!) ? 'm' : 'f';
}

/** A sentence with its quotations left out, so that words inside them do not count as the writer's. */
const withoutQuotations = (text: string) => text.replace(QUOTE_PAIRS, ' … ');

/** A speech verb in the words, whole or with its particle apart (`sagte`, `teilte … mit`). */
const speechVerbIn = (text: string) => SPEECH_VERB.test(text) || SEPARATED_SPEECH.test(text);

/** Whether the writer's own words of a sentence (see `ownWords`) report what someone said (see `REPORTED_SPEECH`). */
function reportsSpeech(own: string): boolean {
  return speechVerbIn(own) || SPEECH_NOUN.test(own) || isReportedSpeech(own);
}

/**
 * Words in marks that read as a name or title: every word capitalised, a digit or a small word names hold (`Bank of
 * Seeland`); a name opening capitalised may also hold the small words of German and Romance names between capitalised
 * ones (`Retter ohne Grenzen`, `Nordblick am Sonntag`, `Gazzetta del Lago`); or a web address (`nordblick.de`).
 */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (words.length === 1 && WEB_ADDRESS.test(words[0]!)) return true;
  if (words.length <= 6 && words.every((w) => FUNCTION_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)))
    return true;
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return (
    /^\p{Lu}/u.test(words[0]!) &&
    /^[\p{Lu}\d]/u.test(words[words.length - 1]!) &&
    capitalised >= 2 &&
    words.every((w) => /^[\p{Lu}\d]/u.test(w) || FUNCTION_WORDS.has(w.toLowerCase()) || NAME_LINKS.has(w))
  );
}

function firstActor(mentions: Mention[]): Person | null {
  return mentions.find(canAct)?.person ?? null;
}

function lastActor(mentions: Mention[]): Person | null {
  return [...mentions].reverse().find(canAct)?.person ?? null;
}

const asSpeaker = (p: Person | Source | Speaker | null): Speaker | null =>
  p === null ? null : 'unnamed' in p ? p : { name: p.name, id: p.id };

export interface QuoteExtraction {
  quotes: Quote[];
  terms: QuotedTerm[];
}

/**
 * Quotations with their speakers. The speaker comes from the reporting clause before or after,
 * from a sentence ending in a colon, or from the subject of the preceding sentences when the
 * clause says only `er` or `sein`. When the text does not say who spoke, the speaker is null.
 */
export function extractQuotes(body: string, sentences: Sentence[], people: PeopleFinder): QuoteExtraction {
  const reading: Reading = {
    body,
    sentences,
    people,
    indexOf: new Map(sentences.map((s, i) => [s, i])),
    own: new Map(),
    lastWhole: null,
  };
  const out: QuoteExtraction = { quotes: [], terms: [] };
  for (const para of groupByParagraph(sentences)) readParagraph(reading, para, out);
  return { quotes: echoedSpeakers(describedSpeakers(out.quotes, sentences, people)), terms: out.terms };
}

/** What every pass reads: the article, its sentences and where each stands, and the people to look for. */
interface Reading {
  body: string;
  sentences: Sentence[];
  people: PeopleFinder;
  indexOf: Map<Sentence, number>;
  /** Each sentence without its quotations, made once: several quotations of a sentence ask for it. */
  own: Map<Sentence, string>;
  /** The last whole quotation read, across paragraphs: the sentence its words end in, and its speaker. */
  lastWhole: { endsIn: number; speaker: Speaker | null } | null;
}

/** A sentence in the writer's own words: its quotations left out. */
function ownWords(r: Reading, s: Sentence): string {
  let own = r.own.get(s);
  if (own === undefined) r.own.set(s, (own = withoutQuotations(s.text)));
  return own;
}

/** One pair of quotation marks found in a paragraph, with what the passes after it need to know of it. */
interface Found {
  match: RegExpMatchArray;
  /** The words inside the marks, trimmed. */
  inner: string;
  innerStart: number;
  innerEnd: number;
  sentence: Sentence;
  sentenceIdx: number;
  /** The sentence's text before the opening mark: empty or ending in `:` for a whole quotation. */
  before: string;
  clause: string;
}

/**
 * The passes, for each pair of marks in a paragraph: find the pair; a fragment inside someone
 * else's sentence is a term or a partial quotation; a whole quotation gets its introducing sentence
 * and speaker (`wholeQuote`), and an interrupted one its second half.
 */
function readParagraph(r: Reading, para: Sentence[], out: QuoteExtraction): void {
  const first = para[0]!;
  const text = r.body.slice(first.start, para[para.length - 1]!.end);
  const pairs = [...text.matchAll(QUOTE_PAIRS)];
  // Quotations come in text order, so the sentence holding each is found by walking forward, not by a search per
  // quotation.
  const holding = sentenceWalker(para);
  const leadingSpace = text.length - text.trimStart().length;
  /** The speaker of the paragraph's last whole quotation: an unattributed one right after it continues it. */
  let previousSpeaker: Speaker | null = null;
  for (let p = 0; p < pairs.length; p++) {
    const m = pairs[p]!;
    const raw = quotedWords(m);
    const innerStart = first.start + m.index! + 1;
    const innerEnd = innerStart + raw.length;
    const sentence = holding(innerStart) ?? first;
    const at = (offset: number) => offset - sentence.start;
    const found: Found = {
      match: m,
      inner: raw.trim(),
      innerStart,
      innerEnd,
      sentence,
      sentenceIdx: r.indexOf.get(sentence)!,
      before: r.body.slice(sentence.start, innerStart - 1).trimEnd(),
      clause: clauseAround(sentence.text, at(innerStart - 1), at(innerEnd + 1)),
    };
    if (notWhole(r, found, text.slice(m.index! + m[0].length), out)) continue;
    const whole = wholeQuote(r, found, {
      text,
      first,
      pairs,
      p,
      holding,
      firstInParagraph: m.index! <= leadingSpace,
      previousSpeaker,
    });
    out.quotes.push(whole.quote);
    for (const term of whole.skipped) out.terms.push(term);
    previousSpeaker = whole.quote.speaker;
    r.lastWhole = {
      endsIn: r.indexOf.get(holding(whole.quote.citation.end - 1) ?? sentence)!,
      speaker: previousSpeaker,
    };
    p += whole.joined;
  }
}

/**
 * Marks that hold no whole quotation, read as what they are: headlines quoted as such (`"…", "…" – ein Auszug der
 * Schlagzeilen`) and titles are terms, whoever they name; marks inside the writer's sentence are a term or a fragment.
 */
function notWhole(r: Reading, f: Found, after: string, out: QuoteExtraction): boolean {
  const inside = f.before !== '' && !f.before.endsWith(':');
  if (TITLE_NOUN.test(ownWords(r, f.sentence)) || (!inside && isTitle(f, after))) {
    out.terms.push({ text: f.inner, citation: cite(r.body, f.sentence, f.innerStart, f.innerEnd) });
    return true;
  }
  if (inside || (f.before === '' && opensSentence(f, after))) {
    partOfSentence(r, f, out);
    return true;
  }
  return false;
}

/**
 * A name or title in marks where a whole quotation could stand: one that opens its sentence as its subject
 * (`„Sturmflut“ kommt ins Kino`, no comma before the verb, as an attribution would have), or one of several words,
 * every one capitalised or small, after a colon (`kündigte den Titel an: „Die Letzte Reise“`). Spoken words have
 * their verbs in small letters.
 */
function isTitle(f: Found, after: string): boolean {
  if (f.before === '' && NAMED_SO.test(after)) return true;
  if (NAME_GIVEN.test(f.before)) return true;
  if (!isNameLike(f.inner) || /[.!?]$/.test(f.inner)) return false;
  if (f.before === '') return /^\s+\p{Ll}/u.test(after);
  return f.inner.split(/\s+/).length >= 2;
}

/**
 * Words quoted at a sentence's opening that the writer's sentence goes on from (`„Nicht tragbar“ sei der Plan, sagte
 * Huber`): a fragment, as if quoted inside. Not when an attribution follows (`„Wir gehen“ sagte Huber`, a comma
 * forgotten), nor before `heißt es` or a second quotation.
 */
function opensSentence(f: Found, after: string): boolean {
  return (
    !/[.!?…]$/u.test(f.inner) &&
    /^\s+\p{Ll}/u.test(after) &&
    !TRAILING_ATTRIBUTION.test(after) &&
    !QUOTED_ON.test(after)
  );
}
/** `„…“ heißt es in der Mitteilung`, `„…“ und „…“, sagte Huber`: an unnamed source, or a second quotation joined on. */
const QUOTED_ON = /^\s+(?:(?:heißt|hieß)\s+es|(?:und|oder|sowie)\s+[„«»"“])/u;

/**
 * One word after a speech verb is said (`nannte ihn einen „Versager“`, `eines „Volkskrieges“`, `„Schatten-Bank“`) when
 * it is a noun, inflected or not, or made as nouns are (`-ung`, `-ität`), not a brand (`„Nordfon“`).
 */
function mayBeSaid(word: string): boolean {
  if (WEB_ADDRESS.test(word)) return false;
  if (!/^\p{Lu}/u.test(word)) return true;
  const parts = word.split('-').filter((p) => /^\p{Lu}\p{Ll}/u.test(p));
  return parts.some(
    (p) => NOUN_SUFFIX.test(p) || [p, p.replace(/(?:es|s|en|n|e)$/u, '')].some((form) => isCommonNoun(form)),
  );
}

/**
 * `„Nordlicht“, so heißt das Projekt`, `„Nordlicht“, wie das Projekt genannt wird`: what the marks hold is a name.
 */
const NAMED_SO =
  /^\s*,\s*(?:so\s+(?:heißt|hieß|lautet|lautete|nennt|nannte)(?!\p{L})|wie\s[^,.;:]{1,60}\sgenannt\s+(?:wird|wurde))/u;

/**
 * `(Codename: „Nordlicht“)`, `(übersetzt etwa: „…“)`, `(kurz: „NL“)`, `, genannt „Nordlicht“`: a name, a short form or
 * a translation, given in brackets or an apposition.
 */
const NAME_GIVEN = /(?:Code-?[Nn]ame[ns]?|übersetzt(?:\s+etwa)?|engl\.|[(,]\s*(?:kurz|etwa|genannt))\s*:?\s*$/u;

/** Marks inside someone else's sentence: a name or term (`«Nordhafen»`), or a partial quotation with its speaker. */
function partOfSentence(r: Reading, f: Found, out: QuoteExtraction): void {
  const citation = cite(r.body, f.sentence, f.innerStart, f.innerEnd);
  const words = f.inner.split(/\s+/).length;
  // A one-word insult after `nannte` is speech; a title-case phrase or anything `namens …` is a name.
  // Words quoted in a sentence that reports no speech are the writer's marking (`über eine «außerplanmäßige
  // Ausgabe» finanzieren`).
  // A single word after an article or a noun is a name the writer uses (`sagte sie dem „Nordfunk“`, `dem Magazin
  // „Nordblick“`), not an insult quoted.
  const afterArticle = /(?:^|\s)(?:der|die|das|dem|den|des|im|laut|\p{Lu}[\p{L}-]*\p{Ll})$/u.test(f.before);
  // `eine „Nord-Süd“-Achse`: marks joined to a word by a hyphen quote part of a compound, a name.
  const inCompound = /^[“”»«"]-\p{L}/u.test(r.body.slice(f.innerEnd, f.innerEnd + 3));
  const isTerm =
    inCompound ||
    NAME_GIVEN.test(f.before) ||
    NAMING_VERB.test(f.clause) ||
    (words === 1 && afterArticle && /^\p{Lu}/u.test(f.inner)) ||
    (isNameLike(f.inner) && !isSaidName(f, words)) ||
    (!isLifted(f.inner) && !isSlogan(f) && !reportsSpeech(ownWords(r, f.sentence)));
  if (isTerm) {
    out.terms.push({ text: f.inner, citation });
    return;
  }
  const speaker = asSpeaker(partialSpeaker(r, f));
  out.quotes.push({ text: f.inner, speaker, partial: true, citation, intro: cite(r.body, f.sentence) });
}

/**
 * Capitalised words that a speaker says rather than names: one noun after a speech verb (`nannte ihn einen
 * „Versager“`); a phrase after `als` or an indefinite article in a clause with a speech verb (`bezeichnete es als
 * „Deal des Jahrzehnts“`, `sprach von einer „Gefahr für die ganze Küste“`: a name takes the definite article);
 * a slogan (see `isSlogan`).
 */
function isSaidName(f: Found, words: number): boolean {
  if (isSlogan(f)) return true;
  if (!speechVerbIn(f.clause)) return false;
  if (words === 1) return mayBeSaid(f.inner);
  return JUDGED_AS.test(f.before);
}
const JUDGED_AS = /(?:^|\s)(?:als|eine[nmrs]?|ein)$/u;

/** `Parolen wie „…“`, `mit der Aufschrift „…“`: words written or chanted by a crowd are a quotation, not a name. */
const isSlogan = (f: Found) => SLOGAN_BEFORE.test(f.before);
const SLOGAN_BEFORE = /(?:^|\s)(?:Parolen?|Sprüchen?|Sprüche|Aufschriften?)(?:\s+wie(?:\s+zum\s+Beispiel)?)?$/u;

/**
 * Several German words opening in small letters (`rechnet mit „kaum spürbaren Folgen für die Kunden“`) are someone's
 * words lifted into the writer's grammar, even where no speech verb says so: names and titles open with a capital,
 * and words of another language (`summa cum laude`) are a term.
 */
function isLifted(inner: string): boolean {
  return /^\p{Ll}/u.test(inner) && inner.split(/\s+/).length >= 3 && holdsGerman(inner);
}

/**
 * A fragment's speaker: the one a colon before it introduces; the actor of its clause; the one its pronoun points back
 * to; the one named before it in its sentence; the one named by the attribution after it (`…», sagte er`); or, in
 * reported speech that names nobody (`Zu oft habe dieser „kleinkariert“ taktiert`), the speaker of the reported
 * speech just before.
 */
function partialSpeaker(r: Reading, f: Found): Person | Source | Speaker | null {
  // `Und Berger legt nach: Roth sei „verantwortungslos“`: a colon introduces what its actor says of someone, unless
  // an attribution after the fragment names who said it (`Weber blieb hart: Es sei „zu spät“, so Huber`).
  const rest = r.body.slice(f.innerEnd + 1, f.sentence.end);
  const trailing = attributionLater(rest);
  const trailingActor = trailing === null ? null : firstActor(r.people.mentions(trailing));
  const colon = f.before.lastIndexOf(':');
  const introducer = colon > 0 ? firstActor(r.people.mentions(f.before.slice(0, colon))) : null;
  if (introducer) return trailingActor ?? introducer;
  const own = ownWords(r, f.sentence);
  const speechOwn = speechVerbIn(own) || SPEECH_NOUN.test(own);
  if (isReportedSpeech(own)) {
    // `Huber sei „willkommen“, führte Weber aus`: reported speech attributed after it is the attribution's. With none,
    // and no speech verb of its own (`Der Konzern sei „am Ende“`), it is first the speech before it, not its
    // subject's; with none before, its subject may be speaking of itself (`habe Huber „alles versucht“`).
    const attributed = trailing === null ? null : (trailingActor ?? bearerOrSource(r, sourceOpening(trailing)));
    if (attributed) return attributed;
    const before = !speechOwn && !SOURCE_NAMED.test(own) ? reportedSpeaker(r, f.sentenceIdx) : null;
    if (before) return before;
  }
  const leadWords = withoutQuotations(r.body.slice(f.sentence.start, f.innerStart - 1));
  const reporter = reportingClauseActor(r, leadWords);
  if (reporter) return reporter;
  // `Max Huber, der Vorsitzende, würdigte Weber als „…“`: the speech verb's subject, not its object.
  const subject = SPEECH_VERBS_ONE.test(leadWords) ? introActor(r, leadWords) : null;
  if (subject) return subject;
  // `Huber gilt Kritikern als „…“`: who is regarded so does not say it.
  const regarded = REGARDED_AS.test(leadWords);
  const inClause = clauseSpeaker(r, f, regarded);
  if (inClause) return inClause;
  const leadIn = r.body.slice(f.sentence.start, f.innerStart);
  // A pronoun inside the quoted words is the speaker's own (`über ihren Schatten springen`), not the writer's.
  const clause = withoutQuotations(f.clause);
  if (GENDERED_PRONOUN.test(clause)) {
    const meant = lastActor(r.people.mentions(leadIn)) ?? subjectBefore(r, f.sentenceIdx, clause);
    if (meant) return meant;
  }
  const named = (regarded ? null : firstActor(r.people.mentions(leadIn))) ?? itSays(leadIn);
  if (named) return named;
  // `Aber dann müssten «einige über ihren Schatten springen», sagte der Kanzler.`, `…», sagte er in einem Interview.`
  // `dass Seebank „nicht zum Verkauf“ stehe, sagte Huber`, `… beenden, so Huber`: the clause after any comma.
  if (trailing !== null) {
    const by = firstActor(r.people.mentions(trailing));
    if (by) return by;
    if (GENDERED_PRONOUN.test(trailing)) return subjectBefore(r, f.sentenceIdx, trailing);
    const source = bearerOrSource(r, sourceOpening(trailing));
    if (source) return source;
  }
  // `…“, heißt es in der Mitteilung.`, `Nach Angaben der Seebank ist es „…“`: a document or a body.
  const said = saidLater(rest) ?? accordingTo(own);
  if (said) return said;
  const carried = isReportedSpeech(own) ? reportedSpeaker(r, f.sentenceIdx) : null;
  if (carried) return carried;
  // `Darin versprach die Seebank „mehr Lohn“`: a source no person stands for, around the speech verb before it.
  // `Die Zeugen wurden als „unzuverlässig“ beschrieben`: speech that names no one goes on with the speech before it.
  return sourceOfLead(leadWords) ?? (speechOwn ? reportedSpeaker(r, f.sentenceIdx) : null);
}

/**
 * Whose a fragment is by its own clause, before it: one its clause names as holding it (`Er sei nach Ansicht der
 * Ärzte „außer Gefahr“`: the doctors', not his), else its clause's actor (unless the clause says how someone is
 * `regarded`).
 */
function clauseSpeaker(r: Reading, f: Found, regarded: boolean): Person | Source | null {
  const clauseStart = f.sentence.start + f.sentence.text.indexOf(f.clause);
  const holder = accordingTo(withoutQuotations(r.body.slice(clauseStart, f.innerStart)));
  if (holder || regarded) return holder;
  return firstActor(r.people.mentions(f.clause).filter((x) => clauseStart + x.start < f.innerStart));
}

/**
 * `Huber kritisierte, Weber habe „nichts verstanden“`: a fragment in the clause right after a speech verb's clause is
 * that clause's speaker's, not said by whom the fragment's clause names. Not past a second clause joined on (`, und
 * für Weber war …`).
 */
function reportingClauseActor(r: Reading, leadIn: string): Person | null {
  const verb = [...leadIn.matchAll(SPEECH_VERBS)].pop();
  if (!verb) return null;
  const comma = leadIn.indexOf(',', verb.index + verb[0].length);
  if (comma < 0 || /[;:]|,\s*(?:und|aber|doch|sondern|während)\s/u.test(leadIn.slice(comma))) return null;
  return introActor(r, leadIn.slice(0, comma));
}

/** `gilt als`, `galten bei vielen als`: what a subject is regarded as, said by others. */
const REGARDED_AS = /(?<!\p{L})(?:gilt|galt|gelten|galten)(?!\p{L})[^.;:]*\sals\s*…?\s*$/u;

/** `…“, heißt es in der Mitteilung`: a document or place named in any clause after a fragment (see `itSays`). */
function saidLater(rest: string): Source | null {
  for (let at = rest.indexOf(','); at >= 0; at = rest.indexOf(',', at + 1)) {
    const source = itSays(rest.slice(at));
    if (source) return source;
  }
  return null;
}

/** The attribution that opens the rest of a sentence or any clause of it after a comma (see `attributionFrom`). */
function attributionLater(rest: string): string | null {
  const found = attributionFrom(rest);
  return found ? attributionIn(found.match) : null;
}

/**
 * `Huber solle bleiben, erklärte Weber.`: the person an attribution after a comma names, who speaks in the sentence,
 * whoever its reported words are about.
 */
function attributedIn(r: Reading, text: string): Person | null {
  const comma = text.indexOf(',');
  const words = comma < 0 ? null : attributionLater(text.slice(comma));
  return words ? firstActor(r.people.mentions(words)) : null;
}

/** Who speaks in a sentence of speech: whom its attribution names, else the first person acting in it. */
const speakerIn = (r: Reading, text: string): Person | null =>
  attributedIn(r, text) ?? firstActor(r.people.mentions(text));

/** How many sentences of reported speech a speaker carries over (`Kraus betonte: … Man werde … Es sei …`). */
const REPORTED_RUN = 3;

/**
 * Who a paragraph's reported speech continues: the first named in the speech sentences just before, or the speaker of
 * a whole quotation ending right there.
 */
function reportedSpeaker(r: Reading, idx: number): Person | Speaker | null {
  const paragraph = r.sentences[idx]!.paragraph;
  for (let i = idx - 1; i >= Math.max(0, idx - REPORTED_RUN); i--) {
    const s = r.sentences[i]!;
    if (s.paragraph !== paragraph) return null;
    // `„Wir gehen.“ Der Plan sei „am Ende“`: reported speech goes on from the whole quotation just before.
    if (r.lastWhole?.endsIn === i) return r.lastWhole.speaker;
    if (!reportsSpeech(ownWords(r, s))) return null;
    // `Sie warnte, dass Huber …`: who speaks stands outside the clause of what is said.
    const actor = introActor(r, ownWords(r, s).split(REPORTED_CLAUSE)[0]!);
    if (actor) return actor;
  }
  return null;
}

/**
 * Whether a preposition governs the name at `at` (`nach dem Spiel gegen Seestadt …`), not a particle that opens the
 * sentence with it (`Von der Heide sagte …`).
 */
const governed = (text: string, at: number) =>
  OBJECT_BEFORE.test(text.slice(0, at)) && !NAME_PARTICLE_OPENING.test(text.slice(0, at));
const NAME_PARTICLE_OPENING = /^\s*(?:Von|Van|De|Di|Da|Le|La|Zu)(?:\s+(?:der|den|dem|de|la))?\s+$/u;

/**
 * Walks back from sentence index `before` to the most recent person who acts as a subject and fits the pronoun; with
 * `acting`, not one a preposition governs.
 */
function subjectBefore(r: Reading, before: number, pronounIn: string, acting = false): Person | null {
  const gender = genderOf(pronounIn);
  for (let i = before - 1; i >= Math.max(0, before - WALK_BACK_SENTENCES); i--) {
    const text = r.sentences[i]!.text;
    // `Huber sei ein Glücksfall, erklärte Weber. „…“, sagte er weiter.`: the pronoun goes on with who spoke.
    const said = attributedIn(r, text);
    if (said && (gender === null || said.gender === gender)) return said;
    const actor = r.people
      .mentions(text)
      .find(
        (m) => canAct(m) && (gender === null || m.person.gender === gender) && !(acting && governed(text, m.start)),
      )?.person;
    if (actor) return actor;
  }
  return null;
}

interface Around {
  text: string;
  first: Sentence;
  pairs: RegExpMatchArray[];
  p: number;
  holding: (at: number) => Sentence | undefined;
  firstInParagraph: boolean;
  previousSpeaker: Speaker | null;
}

/** What `wholeQuote` found: the quotation, how many pairs after it it took in, and quoted names between them. */
interface Whole {
  quote: Quote;
  joined: number;
  skipped: QuotedTerm[];
}

/**
 * A whole quotation. Its reporting clause is before it in the sentence, in the sentence before it
 * when that ends in a colon, or after it (`…“, sagte X.`); with none, a quotation right after one
 * whose speaker is known continues it, and one right before attributed speech that continues it
 * (`Aber dann müssten «…», sagte der Kanzler.`) is that speaker's.
 */
function wholeQuote(r: Reading, f: Found, a: Around): Whole {
  const citation = cite(r.body, f.sentence, f.innerStart, f.innerEnd);
  const { intro, introText } = introducing(r, f, a.firstInParagraph);
  const afterText = a.text.slice(f.match.index! + f.match[0].length);
  const trailing = TRAILING_ATTRIBUTION.exec(afterText);
  if (intro) {
    const introduced = speakerOfIntro(r, intro, introText);
    // `Das Tor war bitter: „…“, sagte Huber.`, `Die Trennung kam überraschend: „…“, heißt es in der Mitteilung.`: a
    // colon that names nobody leaves it to the attribution after.
    if (!introduced && trailing) return attributedAfter(r, f, a, attributionIn(trailing));
    const speaker = introduced ?? itSays(afterText);
    // When the quotation opens in its intro's sentence, cite only the lead-in (`Sein Schlussstatement war …:`).
    const introCitation =
      intro === f.sentence ? cite(r.body, intro, intro.start, intro.start + introText.length) : cite(r.body, intro);
    return alone({ text: f.inner, speaker, partial: false, citation, intro: introCitation });
  }
  if (trailing) return attributedAfter(r, f, a, attributionIn(trailing));
  const said = itSays(afterText) ?? inverted(r, afterText);
  // An attribution whose verb the lexicon lacks still says the words are someone's: they are not carried on.
  if (said || INVERTED_SUBJECT.test(afterText))
    return alone({ text: f.inner, speaker: said, partial: false, citation, intro: cite(r.body, f.sentence) });
  const prior = a.pairs[a.p - 1];
  const between = prior
    ? a.text.slice(prior.index! + prior[0].length, f.match.index).replace(TRAILING_ATTRIBUTION, '')
    : '';
  if (a.previousSpeaker && prior && /^[\s\p{P}]*$/u.test(between)) {
    // `«…», sagte Huber. «Wir schaffen …»`: nothing but the attribution stands between them.
    const continued = r.sentences[f.sentenceIdx - 1] ?? null;
    const before = continued ? cite(r.body, continued) : null;
    return alone({ text: f.inner, speaker: a.previousSpeaker, partial: false, citation, intro: before });
  }
  const next = continuedBy(r, f) ?? namedNext(r, f);
  if (next)
    return alone({
      text: f.inner,
      speaker: next.speaker,
      partial: false,
      citation,
      intro: cite(r.body, next.sentence),
    });
  const carried = speakerInScope(r, f.sentenceIdx, a.firstInParagraph) ?? soleActorBefore(r, f.sentenceIdx);
  const before = carried ? cite(r.body, r.sentences[carried.from]!) : null;
  return alone({ text: f.inner, speaker: carried?.speaker ?? null, partial: false, citation, intro: before });
}

/**
 * `Huber wehrt sich gegen den Plan. „Das ist falsch.“`: a quotation standing alone after a sentence about one person,
 * who acts in it, is that person's. Not when the sentence names two, or its one person is a preposition's object.
 */
function soleActorBefore(r: Reading, idx: number): { speaker: Speaker; from: number } | null {
  const previous = r.sentences[idx - 1];
  if (!previous || previous.paragraph !== r.sentences[idx]!.paragraph || r.lastWhole?.endsIn === idx - 1) return null;
  const own = ownWords(r, previous);
  const mentions = r.people.mentions(own);
  const people = new Set(mentions.map((m) => m.person));
  if (people.size !== 1) return null;
  const actor = mentions.find((m) => canAct(m) && !OBJECT_BEFORE.test(own.slice(0, m.start)));
  return actor ? { speaker: asSpeaker(actor.person)!, from: idx - 1 } : null;
}

/**
 * `„…“, lachte Huber.`, `„…“, erinnerte sich Huber.`: after a whole quotation, a comma, a small word and a person
 * acting, or a source (`schmunzelte ein Zuschauer`), is an attribution, whatever its verb (German puts the subject
 * after the verb there). Not a conjunction (`„…“, aber Huber …`).
 */
function inverted(r: Reading, after: string): Speaker | null {
  const m = INVERTED_SUBJECT.exec(after);
  if (!m || NOT_VERBS.has(m[1]!)) return null;
  const at = m[0].length;
  const person = r.people.mentions(after.slice(0, at + MAX_NAME)).find((x) => x.start === at && canAct(x));
  return person ? asSpeaker(person.person) : bearerOrSource(r, sourceOpening(after.slice(at)));
}
const INVERTED_SUBJECT = /^\s*[,–—]\s*(\p{Ll}+)\s+(?:sich\s+)?(?=\p{Lu}|(?:der|die|das|ein|eine)\s+\p{Lu})/u;
const NOT_VERBS: ReadonlySet<string> = new Set([
  ...COORDINATING_CONJUNCTIONS,
  ...SUBORDINATING_CONJUNCTIONS,
  'so',
  'wie',
]);
const MAX_NAME = 60;

/**
 * Whose speech an unattributed quotation goes on with: walking back over the sentences of reported speech just before
 * it (`Huber sagte, die Lage sei ernst. Man müsse handeln. „Wir …“`), the first to name a speaker, or the last whole
 * quotation's speaker when they reach it. A quotation that opens its paragraph goes on with one that closed the
 * paragraph before (`„…“, sagte Huber. ⏎ „Und …“`). A sentence of the writer's own words ends the speech: nobody.
 */
function speakerInScope(r: Reading, idx: number, opensParagraph: boolean): { speaker: Speaker; from: number } | null {
  const paragraph = r.sentences[idx]!.paragraph;
  for (let i = idx - 1; i >= Math.max(0, idx - REPORTED_RUN); i--) {
    const s = r.sentences[i]!;
    const crosses = s.paragraph !== paragraph;
    if (crosses && !(opensParagraph && i === idx - 1)) return null;
    if (r.lastWhole?.endsIn === i) return r.lastWhole.speaker ? { speaker: r.lastWhole.speaker, from: i } : null;
    if (crosses || !reportsSpeech(ownWords(r, s))) return null;
    const actor = speakerIn(r, s.text);
    if (actor) return { speaker: asSpeaker(actor)!, from: i };
  }
  return null;
}

const alone = (quote: Quote): Whole => ({ quote, joined: 0, skipped: [] });

/** A source the text words as one bare surname is the person who bears it (see `bearerOf`); any other stays. */
const bearerOrSource = (r: Reading, source: Source | null): Speaker | null =>
  source ? (bearerOf(r, source.name) ?? source) : null;

/**
 * `«…», polterte Berger.` The clause after the quotation names the speaker; when it names only a source (`so der
 * Wortlaut laut „Spiegel“`), the sentence before that announces speech does (`… sagt den Satz, der …`). An
 * interrupted quotation's second half, past the clause and any quoted name in it, joins the first.
 */
function attributedAfter(r: Reading, f: Found, a: Around, clause: string): Whole {
  const afterAt = a.first.start + f.match.index! + f.match[0].length;
  const attributed = a.holding(afterAt) ?? f.sentence;
  const speaker =
    asSpeaker(firstActor(r.people.mentions(clause))) ??
    unknownSpeaker(r, clause) ??
    bearerOrSource(r, sourceOpening(clause)) ??
    announcedBefore(r, f.sentenceIdx) ??
    // `Huber kam zu spät. „…“, sagte er.`: the pronoun is the man the sentences before name acting.
    (SUBJECT_PRONOUN_OPENS.test(clause) ? asSpeaker(subjectBefore(r, f.sentenceIdx, clause, true)) : null);
  // A quotation of several sentences is attributed in a sentence that opens inside it: its context is the clause after
  // the closing mark (`so Huber.`), not the quotation's last sentence again.
  const lead = /^[\s,–—-]*/u.exec(r.body.slice(afterAt))![0].length;
  const intro =
    attributed.start > f.innerStart && afterAt + lead < attributed.end
      ? cite(r.body, attributed, afterAt + lead, attributed.end)
      : cite(r.body, attributed);
  const end = f.match.index! + f.match[0].length;
  // `„Das ist gut“, sagte Muster, „und das bleibt so.“`: the second part continues the same quotation.
  for (let k = a.p + 1; k < a.pairs.length && k <= a.p + 2; k++) {
    const next = a.pairs[k]!;
    const middle = a.pairs.slice(a.p + 1, k);
    if (!middle.every((m) => isNameLike(quotedWords(m)))) break;
    if (!INTERRUPTION.test(withoutQuotations(a.text.slice(end, next.index)))) continue;
    const nextInner = quotedWords(next);
    const nextStart = a.first.start + next.index! + 1;
    const joined = cite(r.body, f.sentence, f.innerStart, nextStart + nextInner.length);
    const skipped = middle.map((m) => {
      const at = a.first.start + m.index! + 1;
      return { text: quotedWords(m).trim(), citation: cite(r.body, f.sentence, at, at + quotedWords(m).length) };
    });
    const text = `${f.inner} … ${nextInner.trim()}`;
    return { quote: { text, speaker, partial: false, citation: joined, intro }, joined: k - a.p, skipped };
  }
  return alone({
    text: f.inner,
    speaker,
    partial: false,
    citation: cite(r.body, f.sentence, f.innerStart, f.innerEnd),
    intro,
  });
}

/** The speaker a sentence announces for the quotation after it (`… wendet sich Berger an Roth und sagt`). */
function announcedBefore(r: Reading, idx: number): Speaker | null {
  const previous = r.sentences[idx - 1];
  if (!previous || previous.paragraph !== r.sentences[idx]!.paragraph) return null;
  const own = ownWords(r, previous);
  return SPEECH_VERB.test(own) ? asSpeaker(speakerIn(r, own)) : null;
}

/** The sentence after the one a quotation ends in, in the same paragraph. */
function sentenceAfter(r: Reading, f: Found): Sentence | null {
  let i = f.sentenceIdx;
  while (r.sentences[i] && r.sentences[i]!.end <= f.innerEnd) i++;
  const next = r.sentences[i + 1];
  return next && next.paragraph === f.sentence.paragraph ? next : null;
}

/** The sentence after a quotation, when it goes on with the same speech and says whose it is. */
function continuedBy(r: Reading, f: Found): { sentence: Sentence; speaker: Speaker } | null {
  const next = sentenceAfter(r, f);
  if (!next || !CONTINUING_OPENER.test(next.text)) return null;
  for (const m of next.text.matchAll(QUOTE_PAIRS)) {
    const trailing = TRAILING_ATTRIBUTION.exec(next.text.slice(m.index! + m[0].length));
    const speaker = trailing ? asSpeaker(firstActor(r.people.mentions(attributionIn(trailing)))) : null;
    if (speaker) return { sentence: next, speaker };
  }
  return null;
}
/**
 * `„…“ Das sagte Huber am Montag.`, `„…“ Dies teilte ein Sprecher der Seebank mit.`: the sentence after a quotation
 * points back to it with `Das` or `Dies` and names who said it.
 */
function namedNext(r: Reading, f: Found): { sentence: Sentence; speaker: Speaker } | null {
  const next = sentenceAfter(r, f);
  if (!next) return null;
  const own = ownWords(r, next);
  const opening = POINTS_BACK.exec(own);
  if (!opening || !speechVerbIn(own)) return null;
  const speaker =
    asSpeaker(firstActor(r.people.mentions(own))) ?? bearerOrSource(r, sourceOpening(own.slice(opening[0].length)));
  return speaker ? { sentence: next, speaker } : null;
}
/** `Das sagte …`, `Dies hatte …`: a sentence opening with what was just said, and its verb. */
const POINTS_BACK = /^\s*(?:Das|Dies)\s+\p{Ll}+/u;

/** The sentence that introduces a whole quotation with a colon: its own lead-in, or the sentence before it. */
function introducing(r: Reading, f: Found, firstInParagraph: boolean): { intro: Sentence | null; introText: string } {
  if (f.before.endsWith(':')) return { intro: f.sentence, introText: f.before };
  const previous = r.sentences[f.sentenceIdx - 1];
  if (firstInParagraph && previous && previous.text.trimEnd().endsWith(':'))
    return { intro: previous, introText: previous.text };
  return { intro: null, introText: '' };
}

/**
 * Who speaks, by the introducing sentence: the person it names, else the one its pronoun or missing subject continues.
 */
function speakerOfIntro(r: Reading, intro: Sentence, introText: string): Speaker | null {
  const actor = introActor(r, introText);
  if (actor) return asSpeaker(actor);
  const document = itSays(introText);
  if (document) return document;
  if (GENDERED_PRONOUN.test(introText) || SUBJECTLESS.test(introText))
    return asSpeaker(subjectBefore(r, r.indexOf.get(intro)!, introText));
  const unknown = unknownSpeaker(r, introText) ?? sourceOfLead(withoutQuotations(introText));
  if (unknown) return unknown;
  // `Die Lage sei ernst: „…“`: a lead-in in reported speech goes on with the speech before it.
  const idx = r.indexOf.get(intro)!;
  return isReportedSpeech(withoutQuotations(introText)) ? (speakerInScope(r, idx, false)?.speaker ?? null) : null;
}

/**
 * Who a lead-in names as the speaker: the person right before its last speech verb (`Eva Muster nannte Huber …`), else
 * the one right after it (`Über Weber sagte Huber:`), else the last before that verb who is no preposition's object
 * (`…, die Sprecherin, Eva Muster, erklärte:`), else the first.
 */
function introActor(r: Reading, lead: string): Person | null {
  const text = withoutQuotations(lead);
  const mentions = r.people.mentions(text).filter(canAct);
  const verb = [...text.matchAll(SPEECH_VERBS)].pop();
  // `…, und die Ministerin Eva Muster: „…“`: with no verb, the one right before the colon speaks, else the first named.
  if (!verb) return (mentions.find((m) => /^\s*:?\s*$/u.test(text.slice(m.end))) ?? mentions[0])?.person ?? null;
  const verbEnd = verb.index + verb[0].length;
  // `Eva Muster nannte Huber einen „Helden“`: a person right before the verb is its subject, the one after an object.
  const before = mentions.find((m) => m.end <= verb.index && /^\s*,?\s*$/u.test(text.slice(m.end, verb.index)));
  if (before && !OBJECT_BEFORE.test(text.slice(0, before.start))) return before.person;
  // `sagte Huber`, `sagte die Vorsitzende Richterin Eva Muster`, but not `sagte über Huber`.
  const inverted = mentions.find(
    (m) =>
      m.start >= verbEnd &&
      /^\s+(?:[^\s,;:]+\s+){0,4}$/u.test(text.slice(verbEnd, m.start)) &&
      !OBJECT_BEFORE.test(text.slice(0, m.start)),
  );
  if (inverted) return inverted.person;
  const free = mentions.filter((m) => !OBJECT_BEFORE.test(text.slice(0, m.start)));
  const subject = free.filter((m) => m.end <= verb.index).pop();
  return subject?.person ?? free[0]?.person ?? null;
}
const SPEECH_VERBS = new RegExp(SPEECH_VERB.source, 'giu');
const SPEECH_VERBS_ONE = new RegExp(SPEECH_VERB.source, 'iu');

/**
 * A lead-in's source that is no person: right before its last speech verb (`Kritiker nennen den Plan …`), or after it
 * (`Am Montag erklärte der Betriebsrat:`).
 */
function sourceOfLead(lead: string): Source | null {
  // `teilte … mit`: a separable verb's finite part stands where the verb does.
  const verb = [...lead.matchAll(SPEECH_VERBS)].pop() ?? SEPARATED_SPEECH.exec(lead);
  if (!verb) return null;
  const finiteEnd = verb.index + /^\S+/u.exec(verb[0])![0].length;
  // `Er bezeichnete den Plan als „…“`: after a subject pronoun, what follows the verb is its object.
  const opensWithPronoun = /^\s*(?:Er|Sie)\s/u.test(lead);
  return sourceBefore(lead, verb.index) ?? (opensWithPronoun ? null : sourceOpening(lead.slice(finiteEnd)));
}
/** `so Huber`, `laut Huber`: a sentence that names its source itself. */
const SOURCE_NAMED = /(?:^|,\s*)(?:[Ss]o|[Ll]aut)\s+\p{Lu}/u;
/** A comma and `dass`, `ob` or another subordinating word: where what is said begins. */
const REPORTED_CLAUSE = new RegExp(String.raw`,\s*(?:ob|${SUBORDINATING_CONJUNCTIONS.join('|')})\s`, 'i');

/**
 * A speaker not in people.json, named in the reporting clause: `Analystin Eva Muster erklärte:`
 * or `…“, sagte Eva Muster.` A given name and a surname make a name, after any role before them (see `personName`).
 */
function unknownSpeaker(r: Reading, clause: string): Speaker | null {
  const m = NAME_BEFORE_SPEECH.exec(clause.trim());
  const name = m ? personName(m[1]!) : null;
  return name ? (bearerOf(r, name) ?? { name, id: null }) : null;
}

/**
 * `…“, sagt Müller.`: a surname that is also a noun (`Müller`, `Weber`) is no one's alias and reads as a source, yet
 * where a speaker stands it names the one person whose name it ends, if only one.
 */
function bearerOf(r: Reading, word: string): Speaker | null {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return null;
  const bearers = r.people.people.filter((p) => p.name.split(/\s+/).pop() === word);
  return bearers.length === 1 ? asSpeaker(bearers[0]!) : null;
}

/**
 * The sentence of `sentences` (in text order) that holds an offset, for offsets asked in
 * ascending order: a pointer that only moves forward, so a paragraph is walked once in all.
 */
function sentenceWalker(sentences: Sentence[]): (at: number) => Sentence | undefined {
  let k = 0;
  return (at) => {
    while (k < sentences.length && sentences[k]!.end <= at) k++;
    const s = sentences[k];
    return s && s.start <= at ? s : undefined;
  };
}

function groupByParagraph(sentences: Sentence[]): Sentence[][] {
  const groups: Sentence[][] = [];
  for (const s of sentences) {
    const last = groups[groups.length - 1];
    if (last && last[0]!.paragraph === s.paragraph) last.push(s);
    else groups.push([s]);
  }
  return groups;
}
