import type { Person } from '../corpus/schema.js';
import { isListedNoun } from '../language/de/nouns.js';
import { pushTo } from '../lib/collections.js';
import type { Learned } from './projection.js';

/** A full name's surname: its last word. */
export const surnameOf = (name: string) => name.split(/\s+/).pop()!;

/**
 * The people of the story who share a surname with another (`Eva Huber`, `Max Huber`), by name: an entry that names one
 * names the others among its people, so its headline calls each in full (see `short` in `render/headline.ts`).
 */
export function namesakesOf(names: readonly string[]): Map<string, string[]> {
  const bySurname = new Map<string, string[]>();
  for (const n of names) if (n.includes(' ')) pushTo(bySurname, surnameOf(n), n);
  return new Map(names.map((n) => [n, (bySurname.get(surnameOf(n)) ?? []).filter((o) => o !== n)]));
}

/** A bearer of a shared surname, and where a text names them in full, or in the genitive (`Eva Hubers`). */
interface Bearer {
  person: Person;
  inFull: RegExp;
}

/**
 * Surnames two or more people of the story share (`Eva Huber`, `Max Huber`), with those who bear them: alone, such a
 * surname names no one across the corpus. Not one a person is given as an alias (the people list settles it), nor a
 * common noun (`Koch`), which a surname alone is never taken for.
 */
export function sharedSurnames(everyone: readonly Person[]): Map<string, Bearer[]> {
  const aliases = new Set(everyone.flatMap((p) => p.aliases));
  const by = new Map<string, Bearer[]>();
  for (const person of everyone) {
    if (!person.name.includes(' ')) continue;
    const surname = surnameOf(person.name);
    if (aliases.has(surname) || isListedNoun(surname)) continue;
    const name = person.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const inFull = new RegExp(`(?<!\\p{L})${name}(?:s|')?(?!\\p{L})`, 'u');
    pushTo(by, surname, { person, inFull });
  }
  return new Map([...by].filter(([, bearers]) => bearers.length > 1));
}

/**
 * An article's part of what was learned, with each shared surname given to the one of its bearers the article names in
 * full, where it names only one of them (`Eva Huber … sagte Huber`); where it names several, or none, the surname alone
 * stays no one's. Everything else, and every description's owner, is the part as it was.
 */
export function withOwnSurnames(own: Learned, body: string, shared: ReadonlyMap<string, Bearer[]>): Learned {
  const swapped = new Map<Person, Person>();
  // Only those whose names the article's words may hold (see `projector`) can be named in it in full.
  const here = new Set(own.everyone);
  for (const [surname, bearers] of shared) {
    const named = bearers.filter((b) => here.has(b.person) && b.inFull.test(body));
    if (named.length !== 1) continue;
    const { person } = named[0]!;
    swapped.set(person, { ...person, aliases: [...person.aliases, surname] });
  }
  if (swapped.size === 0) return own;
  const swap = (p: Person) => swapped.get(p) ?? p;
  const owners = new Map([...own.descriptions.owners].map(([form, list]) => [form, list.map(swap)] as const));
  return { ...own, everyone: own.everyone.map(swap), descriptions: { ...own.descriptions, owners } };
}
