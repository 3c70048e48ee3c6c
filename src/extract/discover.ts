import type { Person } from '../corpus/schema.js';
import { SENTENCE_OPENERS, SEPARATED_SPEECH, SPEECH_NOUN, SPEECH_VERB } from '../language/de.js';
import { formsOf } from '../language/de/conjugation.js';
import { FORMS_OF_ADDRESS, SUBORDINATING_CONJUNCTIONS } from '../language/de/function-words.js';
import { alternatives } from '../language/de/patterns.js';
import { VERBS } from '../language/de/verbs.js';
import {
  GIVEN_NAMES_THAT_ARE_NOUNS,
  INFLECTED_ISCH_ADJECTIVE,
  isCommonNoun,
  isNounGenitive,
  isListedNoun,
} from '../language/de/nouns.js';
import {
  genderOfRole,
  isRole,
  isPersonNoun,
  ROLE_BEFORE_NAME,
  APPOSITION_AFTER_NAME,
  APPOSITION_BEFORE_NAME,
} from '../language/de/roles.js';
import type { OrgFinder } from './orgs.js';
import { escapeRegExp, type PeopleFinder } from './people.js';
import { pushTo } from '../lib/collections.js';
import { FOUND_PREFIX, foundId, isOrganisationKind, orgSightingsIn, type OrgSighting } from './discover-orgs.js';
import { fold } from '../language/de/fold.js';
import { PLACE_OPENINGS, PLACE_OR_CLUB_ENDINGS } from '../language/de/places.js';

/**
 * People the articles name, found without a people list: a given name and a surname (`Max Huber`) where the text
 * shows them to be a person, by a role or description right before them (`Geologe Max Huber`, `die Sprecherin Eva
 * Muster`), by a speech verb beside them (`sagte Max Huber`, `Max Huber erklärte`), or by a party or an age in brackets
 * after them (`Max Huber (SPD)`, `Max Huber (47)`). `people.json` adds aliases and roles to these; it is not the list
 * of who may speak.
 */

/** Particles some names write capitalised, as part of the surname (`Le Muster`, `De Luca`, `Van der Berg`). */
const CAPITALISED_PARTICLES = ['Van', 'Von', 'De', 'Del', 'Della', 'Di', 'Da', 'Dos', 'Du', 'Le', 'La', 'Ten', 'Ter'];
const CAPITALISED_PARTICLE: ReadonlySet<string> = new Set(CAPITALISED_PARTICLES);
/** A name's surname: its last word, with a capitalised particle before it (`Paolo De Luca` goes by `De Luca`). */
function surnameOf(name: string): string {
  const words = name.split(' ');
  const last = words.length - 1;
  return words.length > 2 && CAPITALISED_PARTICLE.has(words[last - 1]!) ? words.slice(-2).join(' ') : words[last]!;
}
/** What stands between a given name and a surname: `van`, `von der`, `de la`, `zu`. */
const NAME_PARTICLES =
  String.raw`(?:(?:van|von|de|del|della|di|da|dos|du|le|la|ten|ter|zu)(?:\s+(?:der|den|dem|la|los))?|` +
  // Capitalised where the name's owner writes it so, before a small word or the surname itself (`Eva Van der
  // Muster`, `Marie Le Muster`, `Paolo De Luca`).
  String.raw`(?:${CAPITALISED_PARTICLES.join('|')})(?:\s+(?:der|den|dem|la|los))?)`;
/**
 * Two capitalised words, the second perhaps hyphenated (`Eva Muster-Beispiel`), read at every capitalised word (the
 * second in a lookahead), so that `Sprecherin Eva Muster` is tried as `Eva Muster` too. The given name may be
 * hyphenated (`Eva-Maria`), an initial and a particle may stand between (`Max R. Huber`, `Eva van Muster`).
 */
/** A surname, perhaps with a capital inside (`McBerger`, `DeHuber`) or hyphenated (`Muster-Beispiel`). */
const SURNAME_WORD = String.raw`\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}+)?`;
/**
 * The surname of a full name, or only its initial where the press keeps it back (`Christian B.`, as German reports on
 * a suspect do): an initial is tried last, so `Max R. Huber` stays whole.
 */
const TWO_NAMES = new RegExp(
  String.raw`(?<![\p{L}\d-])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)` +
    String.raw`(?=(\s+(?:\p{Lu}\.\s+)?(?:(?:${NAME_PARTICLES})\s+)?)(${SURNAME_WORD}|\p{Lu}\.)(?![\p{L}\d-]))`,
  'gu',
);
/** The same, to ask only whether a sentence holds any: without `g`, so no search position is left behind. */
const HAS_TWO_NAMES = new RegExp(TWO_NAMES.source, 'u');
/**
 * The role the words around a name give it, or null: `right`, the word right before it (`ROLE_BEFORE_NAME`), or an
 * apposition (see `roles.ts`).
 */
function roleAround(right: string | undefined, before: string, after: string): string | null {
  if (right && ((isCommonNoun(right) && !SENTENCE_OPENERS.has(right)) || isRole(right) || isPersonNoun(right))) {
    return right;
  }
  // Each apposition on its own: `…, Max Huber, die Politik` holds no role after the name but may hold one before it.
  return [APPOSITION_AFTER_NAME.exec(after)?.[1], APPOSITION_BEFORE_NAME.exec(before)?.[1]].find(isRoleWord) ?? null;
}

const isRoleWord = (w: string | undefined): w is string => w !== undefined && isRole(w);

/** `Max Huber vom Landesamt`, `Eva Muster von der Seebank`: where a person works, after the name. */
const FROM_AFTER = /^\s+(?:vom|von\s+der)\s+(?:\p{Ll}+\s+)?\p{Lu}/u;
/** A definite article right before a word: `die `, `Der `, `des `. */
const ARTICLE_RIGHT_BEFORE = /(?:^|[\s(„“"«»])[Dd](?:er|ie|as|em|en|es)\s+$/u;
/** `(SPD)`, `(47)`, `(CDU, 52)`: a party or an age in brackets after a name. */
const BRACKET_AFTER = /^\s*\((?:\p{Lu}[\p{L}/]{1,12}|\d{1,3})(?:,\s*(?:\p{Lu}[\p{L}/]{1,12}|\d{1,3}))?\)/u;
/** `so` opening a clause, where it names who said what went before (`…“, so Max Huber.`). */
const SO_OPENING = String.raw`(?:^|[,–]\s*|\s[–-]\s)so\s+`;
/** `…“, so Max Huber.`: `so` right before a name. */
const SO_BEFORE = new RegExp(`${SO_OPENING}$`, 'u');
/** An opening quotation mark right before a name: a title (`„Nordblick Heute“`), when the closing one follows it. */
const TITLED = /[„«»"“]$/u;
/** `, Max Huber`: the holder of a role named right after it. */
const APPOSED_NAME = /^\s*,\s+\p{Lu}\p{Ll}+\s+\p{Lu}/u;
/** `Herr Huber`, `Frau Muster`. */
const ADDRESS_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${alternatives(FORMS_OF_ADDRESS.map(escapeRegExp))})\s+$`, 'u');
/** How far a speech verb may stand from the name, in either direction, in the same clause. */
const VERB_REACH = 40;
const SPEECH_FINITE = formsOf(VERBS, 'speech', 'finite').join('|');
const SURNAME = `(${SURNAME_WORD})`;
/** `Während Huber erklärte`, `, als Huber sagte`: a clause opened by a conjunction, its subject right after it. */
const eitherCase = (w: string) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`;
const CONJUNCTION = `(?:${SUBORDINATING_CONJUNCTIONS.map(eitherCase).join('|')})`;
/**
 * A surname alone where only a speaker can stand: right after a speech verb that ends its clause (`sagte Huber.`,
 * `erklärte Huber am Montag`, `erinnerte sich Huber`); after `so` at a clause's end (`…“, so Huber.`); opening a
 * clause, or right after its conjunction, before its speech verb (`Huber meint: …`, `Während Huber erklärte`), where
 * the word is also written capitalised inside a sentence somewhere (`Weiter sagte sie` opens with an adverb, which
 * inside a sentence is `weiter`).
 */
const SURNAME_ALONE = [
  new RegExp(
    String.raw`(?<!\p{L})(?:${SPEECH_FINITE})\s+(?:sich\s+)?${SURNAME}` +
      String.raw`(?=\s*(?:[.,;:!?]|$)|\s(?:am|im|in|vor|auf|gegenüber|bei|später|zuvor)(?!\p{L}))`,
    'gu',
  ),
  new RegExp(String.raw`${SO_OPENING}${SURNAME}(?=\s*(?:[.,;!?]|$))`, 'gu'),
  new RegExp(String.raw`(?:^|[.:;]\s+|,\s+)(?:${CONJUNCTION}\s+)?${SURNAME}\s+(?:${SPEECH_FINITE})(?!\p{L})`, 'gu'),
];
/** Where a surname ends: no letter, digit or hyphen after it, nor a dot but the sentence's own (`Prof. Dr.`). */
const WORD_ENDS = String.raw`(?![\p{L}\d-]|\.(?!["“”»«]?\s*$))`;
/**
 * A surname alone after a role (`Innenminister Huber`, `BKA-Chefin Muster`): the role says a person follows. Not when
 * a given name follows the role (`Trainer Max Huber` is read in full), nor a genitive of something named elsewhere
 * (`der Präsident Seelands` beside `Seeland`).
 */
const ROLE_SURNAME = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:\p{Lu}[\p{L}]*-)?\p{Lu}\p{Ll}+)\s+${SURNAME}${WORD_ENDS}(?!\s+\p{Lu}\p{Ll})`,
  'gu',
);
const HAS_ROLE_PAIR = new RegExp(ROLE_SURNAME.source, 'u');
/** The pattern of `SURNAME_ALONE` whose word may open a sentence, and so needs to be seen inside one too. */
const OPENING = SURNAME_ALONE.length - 1;
/** The pattern of `so Huber`, the one that needs no speech verb; and a quick test for a sentence holding one. */
const SO = 1;
const SO_SAYS = /(?<!\p{L})so\s+\p{Lu}/u;
/** Any finite form of a speech verb: the quick test of whether a sentence can hold a surname alone. */
const SPEECH_FORM = new RegExp(String.raw`(?<!\p{L})(?:${SPEECH_FINITE})(?!\p{L})`, 'u');

/**
 * Words that report speech: a speech verb, a separable one with its particle (`prangerte … an`), or a noun for what is
 * said or held (`nach den Worten von`, `laut`).
 */
const saysNear = (text: string) =>
  SPEECH_VERB.test(text.replace(/[,;:]/g, ' , ')) || SEPARATED_SPEECH.test(text) || SPEECH_NOUN.test(text);

/** Capitalised words written inside a sentence, not at its opening: nouns and names, no adverb. */
function capitalisedInside(sentences: string[]): Set<string> {
  const inside = new Set<string>();
  for (const text of sentences)
    for (const m of text.matchAll(/(?<=[\p{L}\d,;)“”»«]\s+)\p{Lu}\p{Ll}+/gu)) inside.add(m[0]);
  return inside;
}
/** Nouns of a woman's role: `Sprecherin`, `Ministerpräsidentin`. */
const FEMININE_ROLE = /in(?:nen)?$/;

/** A person the text named and no people list did (see `discoverPeople`). */
export const foundInText = (person: Person) => person.id.startsWith(FOUND_PREFIX);

/** A word that could be a given name: capitalised, no function word, no common noun (unless also a given name). */
const couldBeGivenName = (w: string) =>
  !SENTENCE_OPENERS.has(w) &&
  !ADDRESS.has(w) &&
  !FOREIGN_ARTICLES.has(w) &&
  // `Della Rovere` of `Anna Della Rovere`: a particle opens a surname, not a name.
  !CAPITALISED_PARTICLE.has(w) &&
  !PLACE_OPENINGS.has(w) &&
  !INFLECTED_ISCH_ADJECTIVE.test(w) &&
  !isNounGenitive(w) &&
  // A role made freely (`Finanzexperte`, `Verfassungsrechtler`) is in no list of nouns, and is no given name.
  !isRole(w) &&
  (!isCommonNoun(w) || GIVEN_NAMES_THAT_ARE_NOUNS.has(w));
const ADDRESS: ReadonlySet<string> = new Set(FORMS_OF_ADDRESS);
/** The capitalised word right after a name, captured. */
const NEXT_CAPITALISED = /^\s+(\p{Lu}[\p{L}-]*)/u;
/** `Seestadt United`, `Seeland Rights Watch`: a surname closing such a name, or right before the word that does. */
const inNameOfPlaceOrBody = (surname: string, then: string | undefined) =>
  PLACE_OR_CLUB_ENDINGS.has(surname) || (then !== undefined && PLACE_OR_CLUB_ENDINGS.has(then));

/** `The Athletic`, `La Repubblica`: a foreign article opens a title, never a given name. */
const FOREIGN_ARTICLES = new Set(['The', 'A', 'An', 'La', 'Le', 'Les', 'Il', 'El', 'Los', 'Las', 'De', 'Het']);

interface Seen {
  name: string;
  gender: Person['gender'];
}

/**
 * The people one sentence shows to be people. `speaks`: whether the sentence holds a speech verb at all, asked once,
 * so that a sentence without one never has its windows searched for it (most sentences of a long corpus).
 */
function peopleIn(
  text: string,
  speaksAnywhere: boolean,
  isKnown: (start: number, end: number) => boolean,
  knownNames: ReadonlySet<string>,
  inside: ReadonlySet<string>,
): Sighting[] {
  const found: Sighting[] = [];
  for (const m of text.matchAll(TWO_NAMES)) {
    const [given, surname] = [m[1]!, m[3]!];
    const start = m.index;
    const between = m[2]!;
    const end = start + given.length + between.length + surname.length;
    const after = text.slice(end);
    const then = NEXT_CAPITALISED.exec(after)?.[1];
    // A known surname, or its genitive, before another word names that person, not a new one (`Hubers Pläne`).
    if (knownNames.has(given) || knownNames.has(given.replace(/s$/, ''))) continue;
    if (!couldBeGivenName(given) || SENTENCE_OPENERS.has(surname) || isRole(surname) || isKnown(start, end)) continue;
    if (inNameOfPlaceOrBody(surname, then)) continue;
    // `New York Times`: the words after a place's opening word are that place's name and what follows it.
    if (PLACE_OPENINGS.has(/(\p{Lu}\p{Ll}+)\s+$/u.exec(text.slice(0, start))?.[1] ?? '')) continue;
    // `„Nordblick Heute“` is a title; `Sturm zu Dank` no name (a particle comes before a surname, never a noun).
    if (TITLED.test(text.slice(0, start)) && /^[“”»«"]/u.test(after)) continue;
    // A capitalised particle before a small word makes a name of what follows (`Eva Van der Sorge`: `Sorge` is a noun).
    const nameParticle = /^\s*\p{Lu}\p{Ll}*(?:\s+(?:der|den|dem|la|los))?\s+$/u.test(between);
    if (between.trim() !== '' && !/^\s*\p{Lu}\.\s*$/u.test(between) && !nameParticle && isListedNoun(surname)) continue;
    // `Hubers Einsatz` where `Huber` stands elsewhere: a genitive before a noun is whose the thing is, no given name
    // (`Thomas Koch` is one: no `Thoma` stands anywhere). Elsewhere may be another article: see `Sightings`.
    const genitiveOf = given.endsWith('s') && isCommonNoun(surname) ? given.slice(0, -1) : undefined;
    if (genitiveOf !== undefined && inside.has(genitiveOf)) continue;
    const before = text.slice(Math.max(0, start - 120), start);
    // `die Nordbank Holding`, `der Seeländischen Landesbank`: an article right before two capitalised words makes
    // them a company's or a paper's name; a person's name takes one only after a role or an age.
    if (ARTICLE_RIGHT_BEFORE.test(before)) continue;
    // `die Großbank Nordkredit Holding`: a kind of organisation before the name says whose name it is.
    const right = ROLE_BEFORE_NAME.exec(before)?.[1];
    if (right !== undefined && isOrganisationKind(right)) continue;
    const role = roleAround(right, before, after);
    // Around the name, not in it: `Worten von Max` is no name for standing next to `Max`.
    const near = `${text.slice(Math.max(0, start - VERB_REACH), start)} ${text.slice(end, end + VERB_REACH)}`;
    const speaks = speaksAnywhere && saysNear(near);
    const evidence =
      role !== null || speaks || BRACKET_AFTER.test(after) || FROM_AFTER.test(after) || SO_BEFORE.test(before);
    if (!evidence && !ADDRESS_BEFORE.test(before)) continue;
    const gender: Person['gender'] =
      role === null
        ? 'x'
        : (genderOfRole(role) ?? (FEMININE_ROLE.test(role) ? 'f' : /\b[Dd]er\s+\S+\s+$/.test(before) ? 'm' : 'x'));
    const name = `${given} ${between.trim()} ${surname}`.replace(/\s+/g, ' ');
    found.push({
      name,
      gender,
      ...(genitiveOf === undefined ? {} : { unless: genitiveOf }),
      ...(then === undefined ? {} : { then }),
    });
  }
  return found;
}

/**
 * Words found alone (`sagte Huber`), each a person of its own unless someone found in full or listed carries it as a
 * surname; a given name opening the one full name found is that person's alias instead. Returns the aliases by name.
 */
function placeAlone(alone: Set<string>, byName: Map<string, Seen>, listed: (word: string) => boolean) {
  const fullSurnames = new Set([...byName.keys()].map(surnameOf));
  const byGiven = new Map<string, string[]>();
  for (const n of byName.keys()) if (n.includes(' ')) pushTo(byGiven, n.split(' ')[0]!, n);
  const givenAliases = new Map<string, string>();
  for (const word of alone) {
    if (fullSurnames.has(word) || listed(word)) continue;
    const opens = byGiven.get(word) ?? [];
    if (opens.length === 1) givenAliases.set(opens[0]!, word);
    else if (opens.length === 0) byName.set(word, { name: word, gender: 'x' });
  }
  return givenAliases;
}

/** Surnames alone after a role (see `ROLE_SURNAME`) in one sentence. */
function surnamesAfterRoles(
  text: string,
  inside: ReadonlySet<string>,
  isKnown: (start: number, end: number) => boolean,
): AloneSighting[] {
  const found: AloneSighting[] = [];
  for (const m of text.matchAll(ROLE_SURNAME)) {
    const surname = m[2]!;
    const start = m.index + m[0].length - surname.length;
    // `der Präsident Seelands` beside `Seeland`, or before the name of who holds the role (`…, Max Huber,`).
    const genitiveOf = surname.endsWith('s') ? surname.slice(0, -1) : undefined;
    const genitive =
      genitiveOf !== undefined && (inside.has(genitiveOf) || APPOSED_NAME.test(text.slice(m.index + m[0].length)));
    if (!isRole(m[1]!) || isRole(surname) || genitive || !couldBeGivenName(surname)) continue;
    if (isKnown(start, start + surname.length)) continue;
    found.push(genitiveOf === undefined ? { word: surname } : { word: surname, unless: genitiveOf });
  }
  return found;
}

/**
 * What one article's sentences show of the people they name, read without the rest of the corpus, so that articles
 * are read apart (on several threads, or once and kept) and gathered by `gatherPeople`. What the corpus decides is
 * carried as a condition on a word: a sighting `unless` a word is written capitalised inside some sentence of the
 * corpus (`Hubers Einsatz` is no name where `Huber` stands elsewhere), `if` one is (a word opening a clause). Where
 * the article itself settles it, the sighting is dropped or kept without one.
 */
export interface Sightings {
  /** Full names seen, in the order of the sentences. */
  full: Sighting[];
  /** Words seen alone where only a person can stand (`sagte Huber`), in order. */
  alone: AloneSighting[];
  /** The article's capitalised words inside a sentence (see `capitalisedInside`). */
  inside: string[];
  /** Organisations its sentences show to be organisations (see `orgSightingsIn`). */
  orgs: OrgSighting[];
}
interface Sighting extends Seen {
  unless?: string;
  /** The capitalised word right after the name, if any: `Automation` after `Eva Seeberg` (see `gatherPeople`). */
  then?: string;
}
interface AloneSighting {
  word: string;
  if?: string;
  unless?: string;
}

export function sightingsIn(sentences: string[], known: PeopleFinder, orgs: OrgFinder): Sightings {
  return sightingsReader(known, orgs)(sentences);
}

/**
 * `sightingsIn` for many articles with one people list: the list's names are gathered once, not for each article
 * (half a second over 5,000 articles).
 */
export function sightingsReader(known: PeopleFinder, orgs: OrgFinder): (sentences: string[]) => Sightings {
  const knownNames = namesOf(known);
  return (sentences) => sightingsWith(sentences, known, knownNames, orgs);
}

function sightingsWith(
  sentences: string[],
  known: PeopleFinder,
  knownNames: ReadonlySet<string>,
  orgs: OrgFinder,
): Sightings {
  const full: Sighting[] = [];
  const alone: AloneSighting[] = [];
  const inside = capitalisedInside(sentences);
  for (const text of sentences) {
    // Without two capitalised words in a row and without a speech verb, a sentence names no one new: most are
    // settled here, before the people list and the organisations are searched in them.
    const speaks = saysNear(text) || SPEECH_FORM.test(text);
    const soSays = SO_SAYS.test(text);
    if (!speaks && !soSays && !HAS_TWO_NAMES.test(text) && !HAS_ROLE_PAIR.test(text)) continue;
    let taken: { start: number; end: number }[] | null = null;
    const isKnown = (start: number, end: number) =>
      (taken ??= [...known.mentions(text), ...orgs.mentions(text)]).some((t) => t.start < end && start < t.end);
    full.push(...peopleIn(text, speaks, isKnown, knownNames, inside));
    for (const [k, pattern] of SURNAME_ALONE.entries()) {
      if (k === SO ? !soSays : !speaks) continue;
      for (const m of text.matchAll(pattern)) {
        const word = m[1]!;
        const start = m.index + m[0].indexOf(word);
        if (!couldBeGivenName(word) || isKnown(start, start + word.length)) continue;
        alone.push(k === OPENING && !inside.has(word) ? { word, if: word } : { word });
      }
    }
    alone.push(...surnamesAfterRoles(text, inside, isKnown));
  }
  return { full, alone, inside: [...inside], orgs: orgSightingsIn(sentences) };
}

const namesOf = (known: PeopleFinder) => new Set(known.people.flatMap((p) => [...p.name.split(/\s+/), ...p.aliases]));

/** Longer words before a name are roles and titles as a rule (`Projektkoordinator`, `Ministerpräsident`). */
const MAX_FIRST_GIVEN = 8;

/**
 * `Amira Mohamed Ali`, `Franz Josef Jung`: a name of three words is read as two overlapping pairs, each a name of its
 * own (`Amira Mohamed` seen before `Ali`, and `Mohamed Ali`), in one sentence or in two. Where the corpus shows both,
 * they are one name: its first word short, as given names are, and its last no noun (`Max Huber Verzögerung`).
 */
function joinThreeParts(byName: Map<string, Seen>, sightings: readonly Sightings[]): void {
  for (const seen of sightings.flatMap((s) => s.full)) {
    const [a, b, ...more] = seen.name.split(' ');
    const tail = byName.get(`${b} ${seen.then}`);
    const head = byName.get(seen.name);
    if (more.length > 0 || !tail || !head || a!.length > MAX_FIRST_GIVEN || isCommonNoun(seen.then!)) continue;
    const whole = `${a} ${b} ${seen.then}`;
    byName.delete(seen.name);
    byName.delete(`${b} ${seen.then}`);
    byName.set(whole, { name: whole, gender: head.gender === 'x' ? tail.gender : head.gender });
  }
}

/** `der Tod Max Hubers` beside `Max Huber`: a full name's genitive is that person, no other. */
function dropGenitives(byName: Map<string, Seen>): void {
  for (const [name, seen] of byName) {
    const base = byName.get(name.slice(0, -1));
    if (!name.endsWith('s') || !name.includes(' ') || !base) continue;
    if (base.gender === 'x') base.gender = seen.gender;
    byName.delete(name);
  }
}

/**
 * The people the articles name that neither the people list nor the organisations know, each once, with their
 * surname as an alias where no other person found shares it and it is no noun (`Koch` names too many things): the
 * sightings of every article (see `sightingsIn`), in the articles' order.
 */
export function gatherPeople(sightings: readonly Sightings[], known: PeopleFinder): Person[] {
  const inside = new Set(sightings.flatMap((s) => s.inside));
  const holds = (c: { if?: string; unless?: string }) =>
    (c.if === undefined || inside.has(c.if)) && (c.unless === undefined || !inside.has(c.unless));
  // One person however the outlets spell the name: with its accents or without (`José`, `Jose`), umlauts or their
  // pairs (`Müller`, `Mueller`). The first spelling is the name, the others its aliases.
  const byName = new Map<string, Seen>();
  const firstSpelling = new Map<string, string>();
  const otherSpellings = new Map<string, string[]>();
  const alone = new Set<string>();
  // A name some article gives right after a kind of organisation (`die Großbank Nordkredit`) is that organisation's,
  // though another calls it `die Rivalin Nordkredit`.
  const companies = new Set(sightings.flatMap((s) => s.orgs.filter((o) => o.byKind).map((o) => o.name)));
  // `bei Seebank Huber Logistik` beside `die Firma Huber Logistik`: a name whose surname and the word after it are
  // part of such a name is the start of the company's name written after another's, no person.
  const companyWords = [...companies].map((c) => ` ${c} `);
  const opensCompany = (seen: Sighting) =>
    seen.then !== undefined && companyWords.some((c) => c.includes(` ${seen.name.split(' ').pop()} ${seen.then} `));
  for (const seen of sightings.flatMap((s) => s.full)) {
    if (!holds(seen) || companies.has(seen.name) || opensCompany(seen)) continue;
    const key = fold(seen.name);
    const name = firstSpelling.get(key) ?? seen.name;
    firstSpelling.set(key, name);
    if (name !== seen.name && !otherSpellings.get(name)?.includes(seen.name)) pushTo(otherSpellings, name, seen.name);
    const before = byName.get(name);
    if (!before || before.gender === 'x') byName.set(name, { name, gender: seen.gender });
  }
  dropGenitives(byName);
  joinThreeParts(byName, sightings);
  for (const seen of sightings.flatMap((s) => s.alone)) if (holds(seen)) alone.add(seen.word);
  const knownNames = namesOf(known);
  // A surname alone names a person of its own only where no one found in full carries it (`sagte Huber` beside
  // `Max Huber` is Max Huber, through his alias). A given name used alone (`Präsident Max` beside `Max W. Huber`, as
  // some languages name people) is the alias of the one person found in full it opens, if only one.
  const givenAliases = placeAlone(alone, byName, (word) => knownNames.has(word) || known.mentions(word).length > 0);
  const surnames = new Map<string, number>();
  for (const name of byName.keys()) {
    const surname = surnameOf(name);
    surnames.set(surname, (surnames.get(surname) ?? 0) + 1);
  }
  const knownSurnames = new Set(known.people.flatMap((p) => [p.name.split(/\s+/).pop()!, ...p.aliases]));
  return [...byName.values()].map(({ name, gender }) => {
    const surname = surnameOf(name);
    const alias =
      name.includes(' ') && surnames.get(surname) === 1 && !knownSurnames.has(surname) && !isListedNoun(surname);
    return {
      id: foundId(name),
      name,
      gender,
      aliases: [
        ...(alias ? [surname] : []),
        ...(givenAliases.has(name) ? [givenAliases.get(name)!] : []),
        ...(otherSpellings.get(name) ?? []),
      ],
      descriptors: [],
      roles: [],
    };
  });
}

/** The people some sentences name that neither the people list nor the organisations know (see `gatherPeople`). */
export const discoverPeople = (sentences: string[], known: PeopleFinder, orgs: OrgFinder): Person[] =>
  gatherPeople([sightingsIn(sentences, known, orgs)], known);
