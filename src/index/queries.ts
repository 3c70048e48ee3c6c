import type { Person } from '../corpus/schema.js';
import type { TimelineEvent } from '../reconcile/timeline.js';
import type { Quote } from '../extract/quotes.js';
import type { CorpusIndex } from './build.js';
import { rank } from './rank.js';
import { fold } from '../language/de/fold.js';

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

/**
 * One thing a person said, as `/quote` lists it: the same words reported by several articles (in other quotation marks,
 * with or without a comma, an ellipsis or a dash) are one entry citing each report, earliest article first. The report
 * shown is the first whole one: words quoted whole anywhere are never shown as a fragment.
 */
export interface QuoteEntry {
  quote: Quote;
  /** Every report of these words, the shown one among them, in order of publication. */
  reports: Quote[];
}

/** Letters and digits only, folded: what two reports of one quotation share however each outlet marks it. */
export const sameWords = (text: string) =>
  fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** How much of the longer of two quotations, word by word in order, the other holds to be a report of it. */
const SAME_REPORT = 0.85;

/** The words two reports share in order (their longest common subsequence), over the longer's count. */
function wordsShared(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = word === b[j - 1] ? diagonal + 1 : Math.max(row[j]!, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]! / Math.max(a.length, b.length);
}

/**
 * A person's quotations as `/quote` lists them: one entry per thing said, in order of its first report. Reports whose
 * words are the same, or the same but for an inflection or two (`mit zum Teil … anlügende` beside `zum Teilen …
 * anlügenden`), are one; only reports opening with the same three words are compared, so a long list stays quick.
 */
export function quoteEntries(index: CorpusIndex, person: Person, about?: string): QuoteEntry[] {
  return entriesOf(index, quotesBy(index, person, about));
}

/**
 * What sources the text names no person for said (`ein Sprecher der Seebank`, `der Betriebsrat`, `heißt es in der
 * Mitteilung`), as `/quote` lists them, when every word of `query` opens a word of the source (`seebank`).
 */
export function sourceEntries(index: CorpusIndex, query: string, about?: string): QuoteEntry[] {
  const asked = sourceWords(query).filter(Boolean);
  if (asked.join('').length < MIN_SOURCE_QUERY) return [];
  const theirs = index.quotes.filter((q) => {
    if (!q.speaker?.unnamed) return false;
    const words = sourceWords(q.speaker.name);
    return asked.every((a) => words.some((w) => w.startsWith(a)));
  });
  return entriesOf(index, narrowed(index, theirs, about));
}
const MIN_SOURCE_QUERY = 3;

/** A source's words as a member types them: folded, split at spaces and hyphens. */
export const sourceWords = (name: string): string[] => fold(name).split(/[\s-]+/);

/** The sources the text names no person for, by the word a member would type for each (`Seebank`, `Betriebsrat`). */
export function sourceNames(index: CorpusIndex): { name: string; word: string }[] {
  const seen = new Map<string, string>();
  for (const q of index.quotes) {
    if (!q.speaker?.unnamed || seen.has(q.speaker.name)) continue;
    const word = q.speaker.name.match(/\p{Lu}[\p{L}\d.&-]*/gu)?.pop();
    if (word) seen.set(q.speaker.name, word);
  }
  return [...seen].map(([name, word]) => ({ name, word }));
}

/**
 * Quotations as `/quote` lists them: one entry per thing said, in order of its first report (see `quoteEntries`).
 */
function entriesOf(index: CorpusIndex, quotes: Quote[]): QuoteEntry[] {
  const published = (q: Quote) => index.articleById.get(q.citation.article)?.published ?? '9999';
  const groups: { words: string[]; quotes: Quote[] }[] = [];
  const byOpening = new Map<string, typeof groups>();
  for (const q of quotes) {
    const words = sameWords(q.text).split(' ');
    const opening = words.slice(0, 3).join(' ');
    const candidates = byOpening.get(opening) ?? [];
    const group = candidates.find((g) => wordsShared(g.words, words) >= SAME_REPORT);
    if (group) {
      group.quotes.push(q);
      continue;
    }
    const fresh = { words, quotes: [q] };
    groups.push(fresh);
    byOpening.set(opening, [...candidates, fresh]);
  }
  const merged = withPartsJoined(groups);
  // A stable sort: reports of one day stay in article order.
  const entries = groups
    .filter((g) => !merged.absorbed.has(g))
    .map((group) => {
      const reports = [...group.quotes].sort((a, b) => published(a).localeCompare(published(b)));
      // Where a part said alone joined the whole, the whole is shown.
      const whole = merged.absorbing.has(group) ? longest(reports.filter((q) => !q.partial)) : undefined;
      return { quote: whole ?? reports.find((q) => !q.partial) ?? reports[0]!, reports };
    });
  return entries.sort((a, b) => published(a.reports[0]!).localeCompare(published(b.reports[0]!)));
}

/** The fewest words a quotation holds to be taken for part of a longer one by its words alone. */
const PART_WORDS = 5;

/**
 * Groups whose words stand whole, in order, inside another group's longer quotation are one thing said: an outlet
 * quoting a part of a statement another prints in full (`„Mein Plan ist klar“` and `„Mein Plan ist klar. Wir bleiben
 * …“`). Each such group joins the longest that holds it.
 */
function withPartsJoined(groups: { words: string[]; quotes: Quote[] }[]) {
  const absorbed = new Set<(typeof groups)[number]>();
  const absorbing = new Set<(typeof groups)[number]>();
  const byLength = [...groups].sort((a, b) => b.words.length - a.words.length);
  const phrases = new Map(groups.map((g) => [g, ` ${g.words.join(' ')} `]));
  for (const part of groups) {
    if (part.words.length < PART_WORDS) continue;
    const phrase = phrases.get(part)!;
    const whole = byLength.find(
      (g) => g !== part && !absorbed.has(g) && g.words.length > part.words.length && phrases.get(g)!.includes(phrase),
    );
    if (!whole) continue;
    whole.quotes.push(...part.quotes);
    absorbed.add(part);
    absorbing.add(whole);
  }
  return { absorbed, absorbing };
}

const longest = (quotes: Quote[]) =>
  quotes.reduce<Quote | undefined>((a, q) => (a === undefined || q.text.length > a.text.length ? q : a), undefined);

/** A person's quotations in article order; `about` narrows them by fuzzy match on the quotation and its intro. */
export function quotesBy(index: CorpusIndex, person: Person, about?: string): Quote[] {
  return narrowed(
    index,
    index.quotes.filter((q) => q.speaker?.id === person.id),
    about,
  );
}

function narrowed(index: CorpusIndex, quotes: Quote[], about?: string): Quote[] {
  if (!about?.trim()) return quotes;
  const hits = new Set(index.search.quotes.search(about).map((r) => r.item));
  return quotes.filter((q) => hits.has(q));
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
