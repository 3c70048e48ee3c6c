import type { Person } from '../corpus/schema.js';
import { isListedNoun } from '../language/de/nouns.js';
import type { Learned } from './projection.js';

/** A full name's surname: its last word. */
const surnameOf = (name: string) => name.split(/\s+/).pop()!;

/**
 * Surnames two or more people of the story share (`Eva Huber`, `Max Huber`), with those who bear them: alone, such a
 * surname names no one across the corpus. Not one a person is given as an alias (the people list settles it), nor a
 * common noun (`Koch`), which a surname alone is never taken for.
 */
export function sharedSurnames(everyone: readonly Person[]): Map<string, Person[]> {
  const aliases = new Set(everyone.flatMap((p) => p.aliases));
  const by = new Map<string, Person[]>();
  for (const p of everyone) {
    if (!p.name.includes(' ')) continue;
    const surname = surnameOf(p.name);
    if (aliases.has(surname) || isListedNoun(surname)) continue;
    by.set(surname, [...(by.get(surname) ?? []), p]);
  }
  return new Map([...by].filter(([, people]) => people.length > 1));
}

/** Where `name` stands whole in `body`, or in the genitive (`Eva Hubers`). */
const namedInFull = (body: string, name: string) =>
  new RegExp(`(?<!\\p{L})${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|')?(?!\\p{L})`, 'u').test(body);

/**
 * An article's part of what was learned, with each shared surname given to the one of its bearers the article names in
 * full, where it names only one of them (`Eva Huber … sagte Huber`); where it names several, or none, the surname alone
 * stays no one's. Everything else, and every description's owner, is the part as it was.
 */
export function withOwnSurnames(own: Learned, body: string, shared: ReadonlyMap<string, Person[]>): Learned {
  const swapped = new Map<Person, Person>();
  for (const [surname, bearers] of shared) {
    const named = bearers.filter((p) => namedInFull(body, p.name));
    if (named.length === 1) swapped.set(named[0]!, { ...named[0]!, aliases: [...named[0]!.aliases, surname] });
  }
  if (swapped.size === 0) return own;
  const swap = (p: Person) => swapped.get(p) ?? p;
  const owners = new Map([...own.descriptions.owners].map(([form, list]) => [form, list.map(swap)] as const));
  return { ...own, everyone: own.everyone.map(swap), descriptions: { ...own.descriptions, owners } };
}
