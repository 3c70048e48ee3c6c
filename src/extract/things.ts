import {
  isTimeNoun,
  MEASURE_NOUN,
  NOT_ACCUSATIVE_BEFORE,
  OBJECT_NOUN_PHRASE,
  PREPOSITION_RIGHT_BEFORE,
  QUOTED_THING,
  REFERRING_ADJECTIVE,
  WITH_NOUN_PHRASE,
} from '../language/de.js';
import { isRole } from '../language/de/roles.js';
import { clauseSpan } from './clauses.js';

interface Span {
  start: number;
  end: number;
}

interface Phrase extends Span {
  text: string;
}

/** Whether `start`–`end` overlaps what the sentence names otherwise (`taken`). */
const overlaps = (taken: Span[], start: number, end: number) => taken.some((t) => start < t.end && end > t.start);

/**
 * What a deed is of when no company or product names it: the noun phrase its verb takes, in the verb's clause. After
 * the verb where the verb stands second (`kündigte scharfen Protest an`), else the last one before it (`hat die
 * neuen Zahlen veröffentlicht`); a bare noun only right beside it (`das veröffentlichte Gutachten`, `Zahlen
 * vorgelegt`). Never the clause's subject, a phrase a preposition governs, a person, a company or a date (`taken`).
 */
export function thingOf(text: string, verb: Span, taken: Span[]): string | null {
  const { start: at, end: verbEnd } = verb;
  const { from, to } = clauseSpan(text, at);
  const subjectAt = from + (/^\s*/u.exec(text.slice(from))?.[0].length ?? 0);
  const phrases: Phrase[] = [];
  // Before the verb and after it apart: `Das veröffentlichte Gutachten` is no phrase around the verb.
  const parts = [
    { offset: from, part: text.slice(from, Math.max(from, at)) },
    { offset: verbEnd, part: text.slice(verbEnd, Math.max(verbEnd, to)) },
  ];
  const matches = parts.flatMap(({ offset, part }) =>
    [...part.matchAll(OBJECT_NOUN_PHRASE)].map((m) => ({ m, start: offset + m.index })),
  );
  for (const { m, start } of matches) {
    const end = start + m[0].length;
    const { article, adjectives, noun, quoted } = m.groups!;
    const before = text.slice(Math.max(0, start - 20), start);
    if (overlaps(taken, start, end)) continue;
    if (PREPOSITION_RIGHT_BEFORE.test(before) || NOT_ACCUSATIVE_BEFORE.test(before)) continue;
    // `17 Prozent`, `3 Millionen`: a measure after a number is an amount, not a thing; `42 Fotos` are things.
    const count = article ? undefined : /(?<![\d.,])(\d[\d.,]*)\s+$/u.exec(before)?.[1];
    if (quoted !== undefined && !QUOTED_THING.test(quoted.trim())) continue;
    if (noun !== undefined && (isTimeNoun(noun) || (count !== undefined && MEASURE_NOUN.test(noun)))) continue;
    // `die Bundeskanzlerin Eva Muster`: a role before a name is part of the name, not what the verb takes; a date
    // after it (`hatte die Personalie am Dienstag verkündet`) is no name.
    const named = (t: Span) => /^\s+$/u.test(text.slice(end, t.start)) && /^\p{Lu}/u.test(text.slice(t.start));
    if (noun !== undefined && (isRole(noun) || taken.some(named))) continue;
    // The first phrase of a clause, before its verb, is its subject: `Die Firma hat … veröffentlicht`.
    if (start === subjectAt && start < at) continue;
    // A bare noun before the verb is what it takes only where the verb ends the clause (`Zahlen vorgelegt.`); before
    // a verb that stands second it is the subject (`Huber lehnt das ab`).
    const beside =
      /^\s$/u.test(text.slice(verbEnd, start)) ||
      (/^\s$/u.test(text.slice(end, at)) && /^\s*(?:[,.;:!?]|$)/u.test(text.slice(verbEnd)));
    if (noun !== undefined && !article && !adjectives && !count && !beside) continue;
    const described = (adjectives ?? '').replace(REFERRING_ADJECTIVE, '');
    phrases.push({ start, end, text: quoted ?? `${count ? `${count} ` : ''}${described}${noun}` });
  }
  const after = phrases.find((p) => p.start >= verbEnd);
  return (after ?? phrases.filter((p) => p.end <= at).pop())?.text.trim() ?? null;
}

/**
 * The clause with `zu` that a comma sets after the verb's clause (`beschloss am Montag, die Halle zu schließen`), up to
 * its infinitive, which ends it. Not `zu` a preposition takes (`zu den Wahlen`); none longer than a headline's worth.
 */
const INFINITIVE_CLAUSE = new RegExp(
  String.raw`^[^,.;:]{0,60}?,\s+([^,.;:]{0,80}?(?:(?<!\p{L})zu\s+(?!(?:den|dem|der|einem|einer|einen)(?!\p{L}))` +
    String.raw`\p{Ll}+(?:en|ern|eln)|(?<!\p{L})\p{Ll}+zu\p{Ll}+en))(?=\s*(?:[,.;:!?]|$|und(?!\p{L})))`,
  'u',
);

/** What a decision is to do: the clause with `zu` after the verb's own (`beschloss, die Halle zu schließen`). */
export function infinitiveOf(text: string, verb: Span): string | null {
  return INFINITIVE_CLAUSE.exec(text.slice(verb.end))?.[1]?.trim() ?? null;
}

/** After a noun of what befell a thing, its genitive: `der Einsturz der Seehalle`, `die Einweihung des Denkmals`. */
const GENITIVE_AFTER =
  /^[\p{L}-]+\s+(?:der|des)\s+(?:\p{Ll}+(?:e|en|er|es)\s+){0,2}(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)(?!\p{L})/u;
/**
 * A subject with its article: `Die Halle stürzte ein`, `stürzte die alte Halle ein`; numbered or named in marks
 * (`das 3. Hafenfest`, `die „7. Seewoche“`).
 */
const SUBJECT_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:[Dd]er|[Dd]ie|[Dd]as|[Ee]in|[Ee]ine)\s+[„"»]?(?:\d{1,3}\.\s+)?` +
    String.raw`(?:\p{Ll}+(?:e|en|er|es)\s+){0,2}(\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*)(?!\p{L})`,
  'gu',
);

/**
 * What befell a thing, when no known company or place names it: after a noun its genitive (`der Einsturz der
 * Seehalle`), else the subject of the verb's clause with its article, before the verb or right after it (`Die
 * Seehalle stürzte ein`, `In der Nacht stürzte die Seehalle ein`). Its noun only: a headline says `Seehalle stürzt
 * ein`. Never a person, a company or a date (`taken`).
 */
export function thingBefallen(text: string, verb: Span, taken: Span[]): string | null {
  if (/^\p{Lu}/u.test(text.slice(verb.start))) {
    const m = GENITIVE_AFTER.exec(text.slice(verb.start));
    return m && !isTimeNoun(m[1]!) ? m[1]! : null;
  }
  const { from, to } = clauseSpan(text, verb.start);
  for (const m of text.slice(from, to).matchAll(SUBJECT_PHRASE)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 20), start);
    // `in der Nacht`, `auf das Feld`: a phrase a preposition governs is no subject; nor is `der Seebank` after a name
    // in marks (`der Kindergarten „Sonne“ der Seebank`), whose it is. After a plain noun `der` may be either.
    const genitive = /^[Dd]e[rs]\s/u.test(m[0]) && /[“”»«"]\s+$/u.test(before);
    if (PREPOSITION_RIGHT_BEFORE.test(before) || isTimeNoun(m[1]!) || isRole(m[1]!) || overlaps(taken, start, end))
      continue;
    // `wurde vom Bürgermeister und dem Gast der Stadt eröffnet`: what follows `von` in the passive is who did it.
    if (genitive || /(?<!\p{L})(?:von|vom|durch)\s/u.test(text.slice(from, start))) continue;
    return m[1]!;
  }
  return null;
}

/**
 * What is chosen where the verb is reflexive: `für` and its phrase, up to the verb when it ends the clause (`hat sich
 * für Huber als Chefin entschieden`), else to the clause's end (`entschied sich die Stadt für den Neubau`). None
 * longer than a headline's worth.
 */
export function choiceOf(text: string, verb: Span): string | null {
  const { from, to } = clauseSpan(text, verb.start);
  const clause = text.slice(from, to);
  if (!/(?<!\p{L})sich(?!\p{L})/u.test(clause)) return null;
  const before = /(?<!\p{L})(für\s+[^,;:]{1,80}?)\s*$/u.exec(text.slice(from, verb.start))?.[1];
  const after = /(?<!\p{L})(für\s+[^,;:]{1,80}?)\s*[.!?]?\s*$/u.exec(text.slice(verb.end, to))?.[1];
  return before ?? after ?? null;
}

/** What one brings out, after `mit` in the verb's clause: `überraschte am Montag mit einem neuen Plan`. */
export function thingWith(text: string, verb: Span): string | null {
  const { to } = clauseSpan(text, verb.start);
  return WITH_NOUN_PHRASE.exec(text.slice(verb.start, to))?.groups!.phrase ?? null;
}
