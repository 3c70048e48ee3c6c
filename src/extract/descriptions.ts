import type { Person } from '../corpus/schema.js';
import { APPOSITION_AFTER_NAME, APPOSITION_BEFORE_NAME, ROLE_BEFORE_NAME, roleForms } from '../language/de/roles.js';
import {
  ADDRESSEE_BEFORE,
  AGE_AFTER_NAME,
  AGE_BEFORE_NAME,
  DEFINITE_BEFORE,
  PARTY_AFTER_NAME,
  TITLE_OF_NAME,
} from '../language/de/reference.js';
import { labelScanner, type LabelScanner } from './labels.js';
import type { Mention, PeopleFinder } from './people.js';

/**
 * Definite descriptions (`der SPD-Politiker`, `die Konzernchefin`, `der Minister`): reporters name a person once and
 * then by what they are. What a person is, the corpus says beside their name: a role before it (`Innenminister Max
 * Huber`), an apposition (`Eva Muster, Sprecherin der Seebank,`), a party in brackets (`Max Huber (Seepartei)`), an
 * age (`der 61-jährige Max Huber`). Each gives the forms a description can take: the role as written, its head alone
 * (`der Minister`), for a party `Seepartei-Politiker`, for an age `61-Jährige`. In an article, a description names
 * the one person it names there whom the corpus ties to it; when two fit, nobody.
 */

/** How far before a name a role or apposition is looked for. */
const REACH = 120;

/**
 * Each description form the corpus gives someone, with everyone it gives it to (learned once for the corpus: an
 * article only chooses among the owners it names). Plain data, sent to the threads that read articles.
 */
export interface Descriptions {
  owners: Map<string, Person[]>;
}

export function learnDescriptions(sentences: string[], finder: PeopleFinder): Descriptions {
  return descriptionsOf(descriptionPairs(sentences, finder));
}

/** Descriptions from the pairs of form and person sentences give (see `descriptionPairs`), in the order given. */
export function descriptionsOf(pairs: Iterable<readonly [string, Person]>): Descriptions {
  const owners = new Map<string, Person[]>();
  for (const [form, person] of pairs) {
    const list = owners.get(form);
    if (!list) owners.set(form, [person]);
    else if (!list.includes(person)) list.push(person);
  }
  return { owners };
}

/**
 * Each description form sentences give someone, with whom, in the order met: learned for a corpus, these of each
 * article in turn give what `learnDescriptions` gives for all its sentences, so an article's pairs can be kept.
 */
export function descriptionPairs(sentences: string[], finder: PeopleFinder): [string, Person][] {
  const pairs: [string, Person][] = [];
  const add = (person: Person, form: string | null) => {
    if (form && form.length >= 4) pairs.push([form, person]);
  };
  for (const text of sentences) {
    for (const m of finder.mentions(text)) {
      if (m.descriptor || m.possessive) continue;
      const before = text.slice(Math.max(0, m.start - REACH), m.start);
      const after = text.slice(m.end, m.end + REACH);
      for (const role of rolesAround(before, after)) {
        const forms = roleForms(role);
        if (!forms || (forms.feminine ? m.person.gender === 'm' : m.person.gender === 'f')) continue;
        add(m.person, forms.base);
        add(m.person, forms.head);
      }
      const party = PARTY_AFTER_NAME.exec(after)?.[1];
      if (party) for (const form of partyForms(party, m.person.gender)) add(m.person, form);
      // `der 61-jährige Max Huber`, `Max Huber (61)`: later `der 61-Jährige`, or the age before another noun (`der
      // 61-jährige Deutsche`, `dem 61-jährigen Angeklagten`).
      const age = AGE_BEFORE_NAME.exec(before)?.[1] ?? AGE_AFTER_NAME.exec(after)?.[1];
      if (age) for (const form of [`${age}-Jährige`, `${age}-jährige`, `${age}-jährigen`]) add(m.person, form);
    }
  }
  return pairs;
}

/** A genitive after a description: `des Ministers`, `des Bundes`. */
export const DESCRIPTION_ENDINGS = ['s', 'es'];
/** The scanner of each corpus's descriptions, made at its first article. */
const scanners = new WeakMap<Descriptions, LabelScanner>();
/** Finds every description form; longest first, so `Bundesinnenminister` is read whole, not a `Minister` in it. */
function scannerOf(descriptions: Descriptions): LabelScanner {
  let scanner = scanners.get(descriptions);
  if (!scanner)
    scanners.set(descriptions, (scanner = labelScanner([...descriptions.owners.keys()], DESCRIPTION_ENDINGS)));
  return scanner;
}

/** The roles the words around a name give it: the word right before it, an apposition after or before it. */
function rolesAround(before: string, after: string): string[] {
  return [
    ROLE_BEFORE_NAME.exec(before)?.[1],
    APPOSITION_AFTER_NAME.exec(after)?.[1],
    APPOSITION_BEFORE_NAME.exec(before)?.[1],
  ].filter((w): w is string => w !== undefined);
}

/** `(Seepartei)` gives `Seepartei-Politiker`, or `-Politikerin` for a woman; both when the text does not say which. */
function partyForms(party: string, gender: Person['gender']): string[] {
  if (/^\d/.test(party)) return [];
  const forms: string[] = [];
  if (gender !== 'f') forms.push(`${party}-Politiker`);
  if (gender !== 'm') forms.push(`${party}-Politikerin`);
  return forms;
}

/**
 * The finder an article's quotations are read with: every name of `base`, and the descriptions that name exactly one
 * of the people the article names in full or by alias. A description counts only after a definite article (`sagte
 * der Minister`, not `ein Minister`) and not as the title of a name after it (`der Minister Max Huber`, `der Chef der
 * Seebank, Max Huber,`).
 */
export function describedIn(body: string, base: PeopleFinder, descriptions: Descriptions): PeopleFinder {
  if (descriptions.owners.size === 0) return base;
  const scanner = scannerOf(descriptions);
  const named = new Set(
    base
      .mentions(body)
      .filter((m) => !m.descriptor)
      .map((m) => m.person),
  );
  /** The one person the article names whom the corpus gives a form, or null. */
  const ownerOf = (form: string) => {
    const here = (descriptions.owners.get(form) ?? []).filter((p) => named.has(p));
    return here.length === 1 ? here[0]! : null;
  };
  return {
    people: base.people,
    byId: base.byId,
    mentions(text) {
      const names = base.mentions(text);
      const described: Mention[] = [];
      for (const m of scanner.find(text)) {
        const person = ownerOf(m.label);
        if (!person) continue;
        const d: Mention = {
          person,
          start: m.index,
          end: m.end,
          possessive: m.ending !== '',
          addressee: ADDRESSEE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
          descriptor: true,
          excepted: false,
        };
        if (describes(text, d, names)) described.push(d);
      }
      if (described.length === 0) return names;
      return [...names, ...described].sort((a, b) => a.start - b.start);
    },
  };
}
/**
 * Whether a description found in a text stands for one person there: after a definite article (`die` before a
 * masculine form is a plural: `die Minister`), not inside a name, and not the title of a name after it (see
 * `TITLE_OF_NAME`).
 */
function describes(text: string, d: Mention, names: Mention[]): boolean {
  const article = DEFINITE_BEFORE.exec(text.slice(Math.max(0, d.start - 40), d.start))?.[1]?.toLowerCase();
  if (!article || (article === 'die' && !/in$/u.test(text.slice(d.start, d.end)))) return false;
  if (names.some((n) => n.start < d.end && d.start < n.end)) return false;
  const next = names.find((n) => n.start >= d.end);
  return next === undefined || !TITLE_OF_NAME.test(text.slice(d.end, next.start));
}
