import type { Person } from '../corpus/schema.js';
import { ADDRESSEE_BEFORE, EXCEPTED_BEFORE } from '../language/de.js';
import { labelScanner } from './labels.js';

/** A place in a text where a known person is named or described. */
export interface Mention {
  person: Person;
  start: number;
  end: number;
  /** `Hubers Angebot`: the name is a possessive, so its owner is not the one acting. */
  possessive: boolean;
  /** `gegenüber dem Auto-Mogul`: the person is spoken to, not speaking. */
  addressee: boolean;
  /** Matched a descriptor (`Seebank-Chef`) rather than a name. */
  descriptor: boolean;
  /** `mit Ausnahme von Tim Lang`: the one person who did not do what the clause says. */
  excepted: boolean;
}

export interface PeopleFinder {
  people: Person[];
  mentions(text: string): Mention[];
  byId(id: string): Person | undefined;
}

/** An alias that is one capital and its period: `B.` for `Christian B.`. */
const INITIAL = /^\p{Lu}\.$/u;
/** Before an initial, an abbreviation it completes: `z. B.`, `u. A.`. */
const CLAIMS_INITIAL = /(?<!\p{L})\p{Ll}\.\s*$/u;

/** A name's genitive endings: `Hubers`, `Huber's`, `Huber’s`, `des Bundes`. */
export const GENITIVE_ENDINGS = ['s', "'s", '’s', 'es'];

/** A name as a literal inside a regular expression. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function peopleFinder(people: Person[]): PeopleFinder {
  const labels: { label: string; person: Person; descriptor: boolean }[] = [];
  for (const person of people) {
    for (const label of [person.name, ...person.aliases]) labels.push({ label, person, descriptor: false });
    for (const label of person.descriptors) labels.push({ label, person, descriptor: true });
  }
  const byLabel = new Map(labels.map((l) => [l.label, l]));
  const scanner = labelScanner(
    labels.map((l) => l.label),
    GENITIVE_ENDINGS,
  );
  return {
    people,
    byId: (id) => people.find((p) => p.id === id),
    mentions(text) {
      const found: Mention[] = [];
      for (const m of scanner.find(text)) {
        const entry = byLabel.get(m.label);
        if (!entry) continue;
        // `B.` alone names `Christian B.`, but not in `z. B.`.
        if (INITIAL.test(m.label) && CLAIMS_INITIAL.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
        found.push({
          person: entry.person,
          start: m.index,
          end: m.end,
          // Only a name's genitive marks a possessor; `des Seebank-Chefs` can still be the one who writes.
          possessive: m.ending !== '' && !entry.descriptor,
          addressee: ADDRESSEE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
          descriptor: entry.descriptor,
          excepted: EXCEPTED_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)),
        });
      }
      return found;
    },
  };
}

/** A mention that can be the grammatical actor of its clause. */
export function canAct(m: Mention): boolean {
  return !m.possessive && !m.addressee && !m.excepted;
}
