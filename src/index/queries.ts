import type { Person } from '../corpus/schema.js';
import type { TimelineEvent } from '../reconcile/timeline.js';
import type { Quote } from '../extract/quotes.js';
import type { CorpusIndex } from './build.js';
import { rank } from './rank.js';

export interface RankedPerson {
  person: Person;
  /** How it matched: exact name or alias, prefix of one, or fuzzy. Lower ranks first. */
  rank: 0 | 1 | 2;
  score: number;
}

/** People for a typed name, ranked exact > prefix > fuzzy (so `son` is Jan Son, not Eva Sonntag). */
export function rankPeople(index: CorpusIndex, query: string, limit = 25): RankedPerson[] {
  return rank(index.rankers.people, query, limit, (p) => p.name).map(({ item, rank: r, score }) => ({
    person: item,
    rank: r,
    score,
  }));
}

/** Topics for `/timeline topic`, ranked the same way. */
export function rankTopics(index: CorpusIndex, query: string, limit = 25): string[] {
  return rank(index.rankers.topics, query, limit, (t) => t).map((r) => r.item);
}

/** The one person a query means, if it clearly means one. */
export function resolvePerson(index: CorpusIndex, query: string): Person | null {
  const [best] = rankPeople(index, query, 1);
  return best ? best.person : null;
}

/** A person's quotations in article order; `about` narrows them by fuzzy match on the quotation and its intro. */
export function quotesBy(index: CorpusIndex, person: Person, about?: string): Quote[] {
  const theirs = index.quotes.filter((q) => q.speaker?.id === person.id);
  if (!about?.trim()) return theirs;
  const hits = new Set(index.search.quotes.search(about).map((r) => r.item));
  return theirs.filter((q) => hits.has(q));
}

export interface TimelineQuery {
  topic?: string;
  person?: string;
  from?: number;
  to?: number;
}

const yearOf = (e: TimelineEvent) => (e.date ? Number(e.date.value.slice(0, 4)) : null);

/**
 * Events in date order (the index keeps them so), dated ones first; undated ones (`am Montag` with no publication date)
 * last.
 */
export function timeline(index: CorpusIndex, query: TimelineQuery): TimelineEvent[] {
  let events = index.events;
  if (query.topic?.trim()) {
    const hits = new Set(index.search.events.search(query.topic).map((r) => r.item));
    events = events.filter((e) => hits.has(e));
  }
  if (query.person?.trim()) {
    const person = resolvePerson(index, query.person);
    events = person ? events.filter((e) => e.people.includes(person.name)) : [];
  }
  if (query.from !== undefined || query.to !== undefined) {
    events = events.filter((e) => {
      const year = yearOf(e);
      return (
        year !== null &&
        (query.from === undefined || year >= query.from) &&
        (query.to === undefined || year <= query.to)
      );
    });
  }
  return events;
}
