import type { Mention } from './people.js';
import { canAct } from './people.js';
import type { OrgMention } from './orgs.js';
import {
  MASCULINE_SUBJECT,
  NAME_GOVERNED_BEFORE,
  OBJECT_BEFORE,
  PLURAL_OR_FEMININE,
  PLURAL_VERB,
  SUBJECT_PRONOUN,
} from '../language/de/reference.js';

/** Who a sentence is about: its acting person first, then everyone else it names; and the companies it names. */
export interface Focus {
  people: { name: string; gender: string }[];
  orgs: string[];
}

export interface Span {
  from: number;
  to: number;
}

/** How far back a pronoun looks for whom it means. */
export const LOOK_BACK = 6;

/**
 * A genitive article after a noun or a quoted phrase, perhaps an adjective after it: `die Auflösung der …`,
 * `„Widerstand“ der …`, `der Lohnstreit der Nordischen …`.
 */
const GENITIVE_BEFORE = /(?:\p{Lu}\p{Ll}+|[“”»«"])\s+(?:der|des)\s+(?:\p{L}+\s+){0,2}$/u;

/** Whether the name at `start` stands in the genitive after a noun (its article before it or inside the name). */
export function genitiveAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  return (
    GENITIVE_BEFORE.test(before) ||
    (/^(?:der|des)\s/iu.test(text.slice(start, end)) && /\p{Lu}\p{Ll}+\s+$/u.test(before))
  );
}

/**
 * Whether a preposition governs the name at `at`, the words of dates aside: `am Montag Eva Beispiel zur Ministerin`
 * has `am` before the name, but it governs the day.
 */
export function governedBeyondDates(
  text: string,
  at: number,
  dates: readonly Span[],
  governing: RegExp = OBJECT_BEFORE,
): boolean {
  const from = Math.max(0, at - 40);
  let window = text.slice(from, at);
  for (const d of dates) {
    if (d.to <= from || d.from >= at) continue;
    const b = Math.min(d.to, at) - from;
    // With its own preposition when the date leaves it out (`am` before `3. Mai`).
    let a = Math.max(d.from, from) - from;
    a -= /(?<!\p{L})(?:am|im|um|an|in|vom|seit|bis|ab)\s+$/iu.exec(window.slice(0, a))?.[0].length ?? 0;
    window = window.slice(0, a) + ' '.repeat(b - a) + window.slice(b);
  }
  return governing.test(window);
}

/**
 * A name that stands beside a pronoun in its clause, governed by a preposition or in the genitive, is not whom the
 * pronoun means: in `Nach dem Treffen mit Max Huber reiste er ab` someone else leaves. Past a comma it may be (`Der
 * Anwalt von Max Huber sagte, er sei …`).
 */
export function besidePronoun(text: string, m: Mention, at: number, dates: readonly Span[]): boolean {
  return (
    m.end <= at &&
    !/[,;:–(]/.test(text.slice(m.end, at)) &&
    (governedBeyondDates(text, m.start, dates) ||
      governedBeyondDates(text, m.start, dates, NAME_GOVERNED_BEFORE) ||
      genitiveAt(text, m.start, m.end))
  );
}

/** The gender a subject pronoun asks for, or null for a plural `sie` (`sie trafen sich`). */
export function pronounGender(text: string, word: string, at: number): 'm' | 'f' | null {
  const beside = `${text.slice(Math.max(0, at - 20), at)}|${text.slice(at + word.length, at + word.length + 20)}`;
  if (PLURAL_OR_FEMININE.test(word) && PLURAL_VERB.test(beside)) return null;
  return MASCULINE_SUBJECT.test(word) ? 'm' : 'f';
}

/** What the nearest sentence before `i` that names anyone or any company is about, within `LOOK_BACK`. */
export function nearestFocus(focus: Focus[], i: number): Focus | null {
  for (let j = i - 1; j >= Math.max(0, i - LOOK_BACK); j--) {
    const f = focus[j];
    if (f && (f.people.length > 0 || f.orgs.length > 0)) return f;
  }
  return null;
}

/** The person of `gender` the sentences before `i` are about: of the nearest that names anyone, or none. */
export function referent(focus: Focus[], i: number, gender: 'm' | 'f'): Focus['people'][number] | null {
  return nearestFocus(focus, i)?.people.find((p) => p.gender === gender) ?? null;
}

/**
 * Who sentence `i` is about: its acting person first. When its subject is a pronoun before any name that acts (`Im
 * Mai wurde er während des Besuchs von Max Huber überwacht`), it is about whom the pronoun means, carried from the
 * sentences before, and a name a preposition governs beside it is no one the next `er` can mean.
 */
export function focusAt(
  focus: Focus[],
  i: number,
  text: string,
  found: { people: Mention[]; orgs: OrgMention[]; dates: readonly Span[] },
): Focus {
  const { people, orgs, dates } = found;
  const orgNames = orgs.map((o) => o.org.name);
  const pronoun = SUBJECT_PRONOUN.exec(text);
  const gender = pronoun ? pronounGender(text, pronoun[1]!, pronoun.index) : null;
  const acting = people.find((m) => canAct(m) && !(pronoun && besidePronoun(text, m, pronoun.index, dates)));
  if (pronoun && gender && (!acting || pronoun.index < acting.start)) {
    const carried = referent(focus, i, gender);
    const others = people
      .filter((m) => !besidePronoun(text, m, pronoun.index, dates) && m.person.name !== carried?.name)
      .map((m) => ({ name: m.person.name, gender: m.person.gender }));
    return { people: carried ? [carried, ...others] : others, orgs: orgNames };
  }
  const subject = people.find(canAct) ?? people[0];
  return {
    people: subject
      ? [subject, ...people.filter((m) => m !== subject)].map((m) => ({ name: m.person.name, gender: m.person.gender }))
      : [],
    orgs: orgNames,
  };
}
