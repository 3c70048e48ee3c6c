import type { Citation, Sentence } from '../corpus/types.js';
import { cite } from './citation.js';
import { findDates, lastYearIn, type EventDate } from './dates.js';
import { clauseAround } from './figures.js';
import type { PeopleFinder } from './people.js';

/** What kind of thing happened; events of one kind on one date are one event, however many report it. */
export type EventKind = 'founding' | 'departure' | 'lawsuit' | 'purchase' | 'bid' | 'dismissal' | 'launch' | 'announcement' | 'other';

export interface TimelineEvent {
  date: EventDate | null;
  /** The date words as written (`Ende 2015`, `am Montag`). */
  dateText: string;
  kind: EventKind;
  summary: string;
  /** Canonical names of the people the reports name. */
  people: string[];
  citations: Citation[];
}

/** German news vocabulary for what happened; stems, so `gründeten`, `mitbegründet`, `Gründung` all count. */
const KINDS: [EventKind, RegExp][] = [
  // `\bgründ` so that `Begründung` and `Hintergründe` are not foundings.
  ['founding', /\bgründ|mitbegründ|mitgründ|\bgegründet|\bGründung|Mitgründer/i],
  ['departure', /verlie(?:ß|ss)|verlassen|trat\s+\S*\s*zurück|Rücktritt|ausgestiegen|Ausstieg/i],
  // `\bklagt` so that `beklagten sich` (complained) is not a lawsuit.
  ['lawsuit', /\bklagt|\bKlage|\bverklag/i],
  ['purchase', /kaufte|gekauft|übernahm|übernommen|bezahlte|Kaufpreis/i],
  ['bid', /Angebot|bietet|geboten|Übernahmeangebot/i],
  ['dismissal', /entlassen|Entlassung|gefeuert|abgesetzt/i],
  ['launch', /\bEinführung|auf den Markt|lanciert|startete|veröffentlicht/i],
  ['announcement', /angekündigt|kündigte|verkündete|bekannt\s*(?:zu\s+)?geben|Ankündigung/i],
];

export function kindOf(text: string): EventKind {
  return KINDS.find(([, re]) => re.test(text))?.[0] ?? 'other';
}

const MIN_SUMMARY_WORDS = 5;
const MAX_SUMMARY_CHARS = 220;
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The clause with the date, widened clause by clause (first backwards, then forwards) until it
 * has a few words and, for a known kind of event, the words that say what happened.
 */
function summaryAround(text: string, start: number, end: number, kind: EventKind): string {
  // Commas inside parentheses (`Musk (X, Tesla...)`) do not split clauses.
  const masked = text.replace(/\([^()]*\)/g, (m) => m.replace(/[,;:]/g, ' '));
  const clauses = [...masked.matchAll(/[^,;:]+(?:[,;:]|$)/g)].map((m) => ({ from: m.index, to: m.index + m[0].length }));
  let first = clauses.findIndex((c) => c.from <= start && start < c.to);
  if (first < 0) return text.trim();
  let last = clauses.findIndex((c) => c.from < end && end <= c.to);
  if (last < first) last = first;
  const kindWords = KINDS.find(([k]) => k === kind)?.[1];
  const span = () => text.slice(clauses[first]!.from, clauses[last]!.to).replace(/[,;:]$/, '').trim();
  const done = () => words(span()) >= MIN_SUMMARY_WORDS && (!kindWords || kindWords.test(span()));
  while (!done() && (first > 0 || last < clauses.length - 1)) {
    if (first > 0 && (words(span()) < MIN_SUMMARY_WORDS || last === clauses.length - 1)) first -= 1;
    else last += 1;
  }
  const summary = span();
  return summary.length > MAX_SUMMARY_CHARS ? `${summary.slice(0, MAX_SUMMARY_CHARS - 1).trimEnd()}…` : summary;
}

export function extractEvents(body: string, sentences: Sentence[], published: string | null, people: PeopleFinder): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  let lastYear: number | null = null;
  for (const sentence of sentences) {
    const mentions = findDates(sentence.text, { published, lastYear });
    lastYear = lastYearIn(mentions, lastYear);
    if (sentence.kind === 'heading') continue;
    for (const mention of mentions) {
      const clause = clauseAround(sentence.text, mention.start, mention.end);
      // The whole sentence speaks for its date only when it names no other date.
      const kind = kindOf(clause) !== 'other' || mentions.length > 1 ? kindOf(clause) : kindOf(sentence.text);
      events.push({
        date: mention.date,
        dateText: mention.text,
        kind,
        summary: summaryAround(sentence.text, mention.start, mention.end, kind),
        people: [...new Set(people.mentions(sentence.text).map((m) => m.person.name))],
        citations: [cite(body, sentence)],
      });
    }
  }
  return events;
}

/** A summary that names who acted reads better than `das er … hatte`; then the shorter one. */
function readsBetter(candidate: TimelineEvent, current: TimelineEvent): boolean {
  if (words(candidate.summary) < MIN_SUMMARY_WORDS) return false;
  const namesSomeone = (e: TimelineEvent) => e.people.some((name) => e.summary.includes(name.split(' ').pop()!));
  if (namesSomeone(candidate) !== namesSomeone(current)) return namesSomeone(candidate);
  return candidate.summary.length < current.summary.length;
}

/**
 * One timeline entry per thing that happened: reports of the same kind of event on the same
 * date merge, across articles, keeping every citation. Events of unknown kind only merge
 * with themselves, since two unrelated things can share a year.
 */
export function mergeEvents(events: TimelineEvent[]): TimelineEvent[] {
  const merged = new Map<string, TimelineEvent>();
  for (const event of events) {
    const key =
      event.kind !== 'other' && event.date
        ? `${event.kind}|${event.date.value}`
        : `${event.citations[0]!.article}|${event.citations[0]!.start}|${event.dateText}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...event, citations: [...event.citations], people: [...event.people] });
      continue;
    }
    for (const c of event.citations) {
      if (!existing.citations.some((e) => e.article === c.article && e.start === c.start)) existing.citations.push(c);
    }
    existing.people = [...new Set([...existing.people, ...event.people])];
    // The least qualified date wins: `2015` from three sources over `Ende 2015` from one.
    if (existing.date?.part && event.date && !event.date.part) existing.date = event.date;
    if (readsBetter(event, existing)) existing.summary = event.summary;
  }
  return [...merged.values()];
}
