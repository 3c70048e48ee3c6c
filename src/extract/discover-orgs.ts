import type { Organisation } from '../corpus/schema.js';
import {
  CLUB_PREFIXES,
  COMPANY_KINDS,
  FEDERAL_JUSTICE_HEADS,
  JUSTICE_HEADS,
  LEGAL_FORMS,
  NAME_JOINERS,
  ORGANISATION_HEADS,
  ORGANISATION_KIND_NOUNS,
  ORGANISATION_KINDS,
} from '../language/de/organisations.js';
import { isCommonNoun, isListedNoun } from '../language/de/nouns.js';
import { isRole } from '../language/de/roles.js';
import { alternatives, capitalised } from '../language/de/patterns.js';
import { SENTENCE_OPENERS } from '../language/de/stop-words.js';
import type { OrgFinder } from './orgs.js';
import { escapeRegExp, type PeopleFinder } from './people.js';

/**
 * Organisations the articles name that no organisations.json does, found by how German news says a name is one (see
 * `language/de/organisations.ts`): a company by its legal form or its securities number, a body by the letters it goes
 * by, a club or a union by its prefix, any of them as the first part of a compound whose head says so (`Seebank-Chef`).
 * Like the people found in the text (`discover.ts`), read article by article (`orgSightingsIn`) and gathered across
 * them (`gatherOrgs`), so that a company named in full in one article is known by its short name in another.
 */

/** A name seen, and the shorter name it goes by (`Seebank` of `Seebank AG`, `BfS`), if any. */
export interface OrgSighting {
  name: string;
  alias: string | null;
  /**
   * Seen after a word that inflects it (`bei den Berliner Seebetrieben`, `der Deutschen Seebank AG` as a genitive): the
   * name as written there is not the one it goes by, and serves only to find it.
   */
  inflected?: true;
  /** Named right after its kind (`die Gewerkschaft Seewerk`): a company's name, whatever else a sentence makes it. */
  byKind?: true;
  /**
   * Letters in brackets and the words before them (`Eva Muster (SP)`): an organisation, the party of the person
   * those words name, only where they end in a person's name (see `gatherOrgs`).
   */
  after?: string;
}

/** A capitalised word of a name: `Seebank`, `Nord-Werke`, `Wirtschafts-` before `und`, `H&M`. */
const WORD = String.raw`\p{Lu}[\p{L}\d&'’-]*`;
const JOINED = String.raw`(?:\s+(?:${NAME_JOINERS.join('|')})\s+|\s+)`;
/** `Seebank AG`, `Nord Werke Holding`: up to four words and the legal form. */
const WITH_LEGAL_FORM = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:${WORD}\s+){0,3}${WORD})\s+` +
    String.raw`(${alternatives(LEGAL_FORMS.map(escapeRegExp))})(?![\p{L}\d])`,
  'gu',
);
/** `Bundesamt für Seefahrt (BfS)`: a name of up to five words and, in brackets, the letters it goes by. */
const WITH_LETTERS = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:${WORD}${JOINED}){0,4}${WORD})\s+\((\p{Lu}[\p{L}]{0,3}\p{Lu}[\p{L}]{0,2})\)`,
  'gu',
);
/** `FC Seestadt`, `1. FC Nordstadt 04`, `VfB Seeland`: a club's prefix and one or two words of its name. */
const CLUB = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:\d\.\s*)?(?:${CLUB_PREFIXES.join('|')})\s+${WORD}` +
    String.raw`(?:\s+(?:${WORD}|\d{2}))?)(?![\p{L}\d-])`,
  'gu',
);

const JOINERS: ReadonlySet<string> = new Set(NAME_JOINERS);
/** A name closing in its legal form is read whole by `WITH_LEGAL_FORM`. */
const LEGAL_FORM_WORDS: ReadonlySet<string> = new Set(LEGAL_FORMS);
const PREFIX_WORDS: ReadonlySet<string> = new Set(CLUB_PREFIXES);

/** Words before a name that inflect it: a dative or genitive article, a preposition joined to one. */
const INFLECTING_BEFORE = /(?<!\p{L})(?:dem|den|des|einem|einen|eines|einer|im|vom|zum|zur|beim|am|der)\s+$/iu;

/** `Seebank-Chef`, `Nordwerk-Konzern`: a name before a head that says it is an organisation's. */
const BEFORE_HEAD = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}[\p{L}\d&]*)-(?:${ORGANISATION_HEADS.join('|')})(?![\p{L}\d])`,
  'gu',
);
/** `die Gewerkschaft Seewerk`, `der Autokonzern Nordwagen AG`: a kind of organisation and, right after, its name. */
const KIND_CAPITALISED = alternatives(ORGANISATION_KIND_NOUNS.map(capitalised));
const KIND_NOUN = String.raw`(?:\p{Lu}\p{Ll}*(?:${ORGANISATION_KIND_NOUNS.join('|')})|${KIND_CAPITALISED})`;
/**
 * What may stand between an article and a kind of organisation: an adjective (`die angeschlagene Großbank`), or a
 * place's, capitalised and uninflected (`der Nordstädter Autokonzern`), or nothing.
 */
export const BEFORE_KIND = String.raw`(?:\p{Ll}+\s+|\p{Lu}\p{Ll}+er\s+)?`;
const AFTER_KIND = new RegExp(
  String.raw`(?<!\p{L})(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]es|[Dd]em|[Dd]en)\s+` +
    String.raw`${BEFORE_KIND}${KIND_NOUN}\s+` +
    String.raw`(${WORD}(?:\s+${WORD}){0,2})`,
  'gu',
);
const KIND_WORD = new RegExp(`^${KIND_NOUN}$`, 'u');
/** `Gewerkschaft`, `Autokonzern`: a noun that says what kind of organisation the name after it is. */
export const isOrganisationKind = (word: string) => KIND_WORD.test(word);
/** The grammatical gender of a kind of organisation, by its head (`Autokonzern` is a `Konzern`); null for no kind. */
export function genderOfKind(word: string): 'f' | 'm' | 'n' | null {
  if (!isOrganisationKind(word)) return null;
  const folded = word.toLowerCase();
  const head = ORGANISATION_KIND_NOUNS.filter((k) => folded.endsWith(k)).sort((a, b) => b.length - a.length)[0];
  return head === undefined ? null : ORGANISATION_KINDS[head];
}

/** `Seebank (DE0001234567)`: a listed company, its securities number in brackets. */
const WITH_ISIN = new RegExp(
  String.raw`(?<![\p{L}\d-])(${WORD}(?:\s+${WORD}){0,2})\s+\((?:ISIN:?\s*)?[A-Z]{2}[A-Z0-9]{9}\d\)`,
  'gu',
);

/**
 * `Landgericht Seestadt`, `des Amtsgerichts Nordhafen`, `die Staatsanwaltschaft Seestadt`: a court or a prosecutor's
 * office of a place, a compound of its head (its genitive too) and the place; not where an initial follows, which
 * makes the word a person's given name (`erhob die Staatsanwaltschaft Eva M. …`).
 */
const PLACED_JUSTICE = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}\p{Ll}*(?:${JUSTICE_HEADS.join('|')})|Staatsanwaltschaft)(?:e?s)?\s+` +
    String.raw`(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\d-])(?!\s+\p{Lu}\.)`,
  'gu',
);
/** `Bundesseegericht`, `des Bundesseegerichtshofs`, `Bundesanwaltschaft`: a federal court or prosecutor by name. */
const FEDERAL_JUSTICE = new RegExp(
  String.raw`(?<![\p{L}\d-])(Bundes\p{Ll}*(?:${FEDERAL_JUSTICE_HEADS.join('|')}))(?:e?s)?(?![\p{L}\d-])`,
  'gu',
);

/**
 * A legal form, a club's prefix, capitals in brackets (letters or a securities number), a compound's head or a kind
 * of organisation before a capital anywhere: a sentence without one names none of these. Literal words only, so that
 * every sentence of a corpus is asked cheaply.
 */
const ANY_SIGN = new RegExp(
  String.raw`(?<![\p{L}\d])(?:${alternatives([...LEGAL_FORMS, ...CLUB_PREFIXES].map(escapeRegExp))})(?![\p{L}\d])|` +
    String.raw`\(\p{Lu}[\p{L}\d]{0,3}\p{Lu}|-(?:${ORGANISATION_HEADS.join('|')})(?![\p{L}\d])|` +
    String.raw`(?:${ORGANISATION_KIND_NOUNS.join('|')}|${KIND_CAPITALISED})\s+\p{Lu}|` +
    // Every head of a court's or a prosecutor's name holds one of these.
    String.raw`gericht|[Ss]taatsanwaltschaft|Bundes\p{Ll}*anwaltschaft`,
  'u',
);

/** Words a name cannot open with: an article or a word that opens sentences (`Die Seebank AG` is `Seebank AG`). */
function trimOpeners(name: string): string {
  const words = name.split(/\s+/);
  while (words.length > 1 && SENTENCE_OPENERS.has(words[0]!)) words.shift();
  return words.join(' ');
}

/**
 * A name without the words that say what the company is (`die Schweizer Werbeagentur Seegold AG` is `Seegold AG`):
 * everything up to the last common noun before its last word.
 */
function withoutDescription(name: string): string {
  const words = name.split(/\s+/);
  const last = words.slice(0, -1).findLastIndex((w) => COMPANY_KIND.test(w));
  return words.slice(last + 1).join(' ');
}
/**
 * A noun that says what kind of company follows: `Firma`, `Konzern`, or a compound of a kind (`Werbeagentur`,
 * `Großbank`, `Modekette`); not the kind alone where it is part of a name (`Deutsche Bank`).
 */
const COMPANY_KIND = new RegExp(
  String.raw`^(?:Firma|Konzern|Unternehmen|Gesellschaft|Tochter|\p{Lu}\p{Ll}+` +
    String.raw`(?:${COMPANY_KINDS.join('|')}))$`,
  'u',
);

/** A noun of a kind of company and nothing else: `Firma`, `Konzern`. */
const KIND_ALONE = /^(?:Firma|Konzern|Unternehmen|Gesellschaft|Tochter|Holding)$/u;

/** The organisations one article's sentences show to be organisations, in order. */
export function orgSightingsIn(sentences: string[]): OrgSighting[] {
  const found: OrgSighting[] = [];
  for (const text of sentences) {
    // Most sentences hold none of the three: asked cheaply first, as every sentence of a corpus is.
    if (!ANY_SIGN.test(text)) continue;
    // `der` may be a nominative too (`der Seeverband`): only a name that opens with an adjective (`der Deutschen …`)
    // is read as inflected after it.
    const inflected = (m: RegExpExecArray, name: string) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index + m[0].indexOf(name));
      return (
        INFLECTING_BEFORE.test(before) && (!/^der\s+$/iu.test(before.slice(-4)) || /^\p{Lu}\p{Ll}+en\s/u.test(name))
      );
    };
    for (const m of text.matchAll(WITH_LEGAL_FORM)) {
      const short = withoutDescription(trimOpeners(m[1]!));
      // `Die AG`, `Eine Holding`, `Die Firma GmbH`: a legal form after no name says nothing.
      if (short === '' || SENTENCE_OPENERS.has(short) || KIND_ALONE.test(short)) continue;
      const alias = short.includes(' ') || short.length > 3 || /^\p{Lu}{2,}$/u.test(short) ? short : null;
      found.push({ name: `${short} ${m[2]!}`, alias, ...(inflected(m, short) ? { inflected: true } : {}) });
    }
    for (const m of text.matchAll(WITH_LETTERS)) {
      const letters = m[2]!;
      const words = trimOpeners(m[1]!).split(/\s+/);
      if (TWO_CAPITALS.test(letters)) found.push({ name: letters, alias: null, after: words.slice(-3).join(' ') });
      const name = nameBeforeLetters(words, letters);
      if (name === '' || SENTENCE_OPENERS.has(name)) continue;
      found.push({ name, alias: letters, ...(inflected(m, name) ? { inflected: true } : {}) });
    }
    // A club goes by its whole name only: the word after its prefix is often its town (`1. FC Nordstadt`).
    for (const m of text.matchAll(CLUB)) found.push({ name: m[1]!, alias: null });
    for (const m of text.matchAll(WITH_ISIN)) {
      const name = trimOpeners(m[1]!);
      if (!SENTENCE_OPENERS.has(name)) found.push({ name, alias: null });
    }
    // `die Gewerkschaft Seewerk`: the words of the name up to the first common noun, sentence opener or role
    // (`das Unternehmen Nordwagen Millionen …` names `Nordwagen`).
    for (const m of text.matchAll(AFTER_KIND)) {
      // A common noun only as the dictionary lists it (`Millionen`): names are made like compounds (`Nordwagen`,
      // `Bergbahnen Seeboden`), and a compound's head would cut them.
      const words = m[1]!.split(/\s+/);
      const end = words.findIndex((w) => isListedNoun(w) || SENTENCE_OPENERS.has(w) || isRole(w));
      const name = words.slice(0, end < 0 ? words.length : end).join(' ');
      // A legal form or a club's prefix closes or opens a name another pattern reads whole (`IG Metall`).
      const partial = words.some((w) => LEGAL_FORM_WORDS.has(w)) || PREFIX_WORDS.has(words[0]!);
      if (name !== '' && !partial) found.push({ name, alias: null, byKind: true });
    }
    found.push(...courtsIn(text));
    // `Seebank-Chef`: not a noun's (`Regierungs-Chef`, `Bahn-Chef`) nor a sentence opener's, and never a person's
    // (`Huber-Sprecher`): see `gatherOrgs`.
    for (const m of text.matchAll(BEFORE_HEAD)) {
      const name = m[1]!;
      // A noun's joining `s` (`Regierungs-Chefin`) makes it no name either.
      const noun = isCommonNoun(name) || (name.endsWith('s') && isCommonNoun(name.slice(0, -1)));
      if (!SENTENCE_OPENERS.has(name) && !noun && !isRole(name)) found.push({ name, alias: null });
    }
  }
  return found;
}

/** The courts and prosecutors a sentence names (see `PLACED_JUSTICE`, `FEDERAL_JUSTICE`). */
function courtsIn(text: string): OrgSighting[] {
  const found: OrgSighting[] = [];
  for (const m of text.matchAll(PLACED_JUSTICE)) {
    const place = m[2]!;
    // `das Landgericht Urteile …`: a common noun or a word that opens sentences is no place.
    if (!isListedNoun(place) && !SENTENCE_OPENERS.has(place) && !isRole(place))
      found.push({ name: `${m[1]!} ${place}`, alias: null });
  }
  for (const m of text.matchAll(FEDERAL_JUSTICE)) found.push({ name: m[1]!, alias: null });
  return found;
}

/**
 * The name that letters in brackets after some words stand for: its first letter opens them (`Bundesamt … (BfS)`, not
 * `Seebank (XY)`), and the name begins at the first word that does (`die Website der Seewerke (SW)` names `Seewerke`);
 * not at a kind of organisation that happens to share that letter (`der Sportwagenhersteller Seewagen (SW)`) where a
 * word after it opens the name, though a kind may be the name's own first word (`Gewerkschaft der Seeleute (GdS)`).
 * '' when no word does.
 */
function nameBeforeLetters(words: string[], letters: string): string {
  const opens = (w: string, i: number) => w[0] === letters[0] && !JOINERS.has(w) && (i === 0 || /^\p{Lu}/u.test(w));
  const after = words.findIndex((w, i) => opens(w, i) && !isOrganisationKind(w));
  const from = after >= 0 ? after : words.findIndex(opens);
  return from < 0 ? '' : words.slice(from).join(' ');
}

/** What marks the id of a person or an organisation the text named and no data file did: `text-eva-muster`. */
export const FOUND_PREFIX = 'text-';
/** An id as the data files write them, marked as found in the text. */
export const foundId = (name: string) =>
  `${FOUND_PREFIX}${name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')}`.slice(0, 64);

/** A short name of one word (`Signa`, `BfS`); with two capitals in it, the letters a name goes by (`BfS`, `WKStA`). */
const SHORT_NAME = /^\p{Lu}[\p{L}]{1,5}$/u;
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

/**
 * The organisations the articles name that `known` does not, each once, with the shorter names they go by: not a name
 * a known organisation or a person carries, nor a short name two of them would share.
 */
export function gatherOrgs(
  sightings: readonly OrgSighting[][],
  known: OrgFinder,
  people: PeopleFinder,
): Organisation[] {
  const taken = (label: string) => known.mentions(label).length > 0 || people.mentions(label).length > 0;
  // One organisation per name, or per the letters it goes by (`BfS` seen after `dem Bundesamt …` and `das Bundesamt
  // …`): named as written where nothing inflects it, else by its letters or as first written.
  const orgs = new Map<string, { name: string | null; labels: Set<string>; fallback: string }>();
  // `Eva Muster (SP)`: the letters after a person's name, their party's.
  const afterPerson = (words: string) => people.mentions(words).some((m) => m.end === words.length);
  for (const s of sightings.flat()) {
    if (s.after !== undefined && !afterPerson(s.after)) continue;
    const alias = s.alias !== null && !taken(s.alias) ? s.alias : null;
    const short = s.alias !== null && SHORT_NAME.test(s.alias);
    // `der Europäischen Seebank (ESB)` beside a known `Europäische Seebank` that goes by `ESB`: the known one.
    if (taken(s.name) || (short && alias === null)) continue;
    const letters = short && TWO_CAPITALS.test(s.alias!) ? s.alias! : null;
    // `der Autokonzern Seewagen (SW)` is seen twice, by its kind and by its letters: one organisation.
    const byLetters = [...orgs].find(([k, o]) => k !== s.name && o.labels.has(s.name))?.[0];
    const key = letters ?? byLetters ?? s.name;
    if (letters && orgs.has(s.name) && !orgs.has(letters)) {
      orgs.set(letters, orgs.get(s.name)!);
      orgs.delete(s.name);
    }
    const entry = orgs.get(key) ?? { name: null, labels: new Set<string>(), fallback: key };
    if (!s.inflected) entry.name ??= s.name;
    entry.labels.add(s.name);
    if (alias) entry.labels.add(alias);
    orgs.set(key, entry);
  }
  const named = [...orgs.values()].map((o) => ({ name: o.name ?? o.fallback, labels: o.labels }));
  const holders = new Map<string, number>();
  for (const o of named) for (const l of o.labels) holders.set(l, (holders.get(l) ?? 0) + 1);
  return named.map(({ name, labels }) => ({
    id: foundId(name),
    name,
    aliases: [...labels].filter((l) => l !== name && holders.get(l) === 1),
  }));
}
