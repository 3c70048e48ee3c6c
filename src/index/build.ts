import type { WorldData } from '../corpus/load.js';
import type { DataProblem } from '../corpus/types.js';
import type { Person } from '../corpus/schema.js';
import type { Article, RemovedSpan, SegmentedArticle } from '../corpus/types.js';
import type { TimelineEvent } from '../reconcile/timeline.js';
import { extractAll, type Extraction } from '../reconcile/extract-all.js';
import { orgFinder, type OrgFinder } from '../extract/orgs.js';
import { peopleFinder, type PeopleFinder } from '../extract/people.js';
import { groupFigures, type FigureGroup } from '../reconcile/groups.js';
import type { Figure } from '../extract/figures.js';
import type { Quote, QuotedTerm } from '../extract/quotes.js';
import { compareEvents } from './order.js';
import { ranker, type Ranker } from './rank.js';
import {
  foldedLabelSearch,
  foldedSearch,
  mapSearch,
  prepareSearch,
  searchMemo,
  type FoldedSearch,
  type PreparedSearch,
  type SearchKey,
  type SearchMemo,
} from './search.js';
import { NOT_TOPICS } from '../language/de.js';

export interface ArticleStats {
  events: number;
  quotes: number;
  figures: number;
}

/** Everything a command can ask, built once at start-up and never changed afterwards. */
export interface CorpusIndex {
  articles: Article[];
  articleById: Map<string, Article>;
  segmented: SegmentedArticle[];
  /** Sentences across all articles: the size that decides whether a command may be slow. */
  sentenceCount: number;
  people: Person[];
  finder: PeopleFinder;
  /** Companies, products and projects from data, for reading what a claim is about. */
  orgs: OrgFinder;
  /** Figures from all articles grouped by what they measure, for comparing sources. */
  figureGroups: FigureGroup[];
  quotes: Quote[];
  terms: QuotedTerm[];
  events: TimelineEvent[];
  figures: Figure[];
  skipped: DataProblem[];
  stats: Map<string, ArticleStats>;
  /** When the data folder was read (set where it is read, `loadIndex`); `/sources` says it. */
  builtAt?: Date;
  /**
   * Capitalised words of the events' sentences (`Seebank`, `Gründung`, `Klage`), most frequent first, for `/timeline
   * topic`.
   */
  topics: string[];
  /** Autocomplete rankers, their labels folded once. */
  rankers: {
    people: Ranker<Person>;
    topics: Ranker<string>;
  };
  search: {
    people: FoldedSearch<Person>;
    quotes: FoldedSearch<Quote>;
    events: FoldedSearch<TimelineEvent>;
    figures: FoldedSearch<Figure>;
  };
}

export function buildIndex(
  articles: Article[],
  people: Person[],
  skipped: DataProblem[] = [],
  world?: WorldData,
): CorpusIndex {
  const extraction = extractAll(articles, people, world);
  return indexExtraction(extraction, extraction.people, skipped, world);
}

/**
 * The index over what was read from the articles. Reading (`extractAll`) is nearly all of a build's time and its
 * result is plain data, so a rebuild can read on another thread and only this part runs where commands are answered.
 */
/**
 * The costly parts of an index that are plain data: each search's folded fields and word index, the figures' groups
 * and the topics. Made where the articles are read (on the reading thread for a live rebuild), kept with the reading.
 */
export interface PreparedIndex {
  quotes: PreparedSearch;
  events: PreparedSearch;
  figures: PreparedSearch;
  figureGroups: FigureGroup[];
  topics: string[];
}

const QUOTE_KEYS: SearchKey[] = [{ name: 'text' }, { name: 'intro.text' }, { name: 'speaker.name' }];
const EVENT_KEYS: SearchKey[] = [
  { name: 'summary', weight: 2 },
  { name: 'texts' },
  { name: 'people' },
  { name: 'kind' },
];
const FIGURE_KEYS: SearchKey[] = [{ name: 'subject' }, { name: 'citation.text' }, { name: 'original' }];
const TEXT_SEARCH = { threshold: 0.3 };

/** In timeline order once, so no query sorts: filtering keeps the order. */
const inTimelineOrder = (extraction: Extraction) => [...extraction.events].sort(compareEvents);

export function prepareIndex(extraction: Extraction): PreparedIndex {
  const events = inTimelineOrder(extraction);
  const memo = carried ?? searchMemo();
  const prepared = {
    quotes: prepareSearch(extraction.quotes, QUOTE_KEYS, TEXT_SEARCH, memo),
    events: prepareSearch(searchableEvents(events), EVENT_KEYS, TEXT_SEARCH, memo),
    figures: prepareSearch(extraction.figures, FIGURE_KEYS, TEXT_SEARCH, memo),
    figureGroups: groupFigures(extraction.figures),
    topics: topicsOf(events),
  };
  memo.folded.end(carried !== null);
  memo.words.end(carried !== null);
  return prepared;
}

/** The memo each `prepareIndex` in this thread hands to the next (see `carrySearchMemo`), or none. */
let carried: SearchMemo | null = null;

/**
 * From now on, what one `prepareIndex` in this thread folded and split serves the next: for a thread that rebuilds the
 * index again and again (see `src/discord/reading.ts`), where nearly every text comes again. It holds the texts of the
 * last build in memory between builds, which a thread that builds once should not.
 */
export function carrySearchMemo(): void {
  carried ??= searchMemo();
}

export function indexExtraction(
  extraction: Extraction,
  people: Person[],
  skipped: DataProblem[] = [],
  world?: WorldData,
  prepared: PreparedIndex = prepareIndex(extraction),
): CorpusIndex {
  const { quotes, terms, figures, segmented } = extraction;
  // Only the articles every stage could read are served; the others are listed with why.
  const served = segmented.map((s) => s.article);
  const events = inTimelineOrder(extraction);
  const stats = new Map<string, ArticleStats>(served.map((a) => [a.id, { events: 0, quotes: 0, figures: 0 }]));
  for (const q of quotes) stats.get(q.citation.article)!.quotes += 1;
  for (const f of figures) stats.get(f.citation.article)!.figures += 1;
  for (const e of events)
    for (const article of new Set(e.citations.map((c) => c.article))) stats.get(article)!.events += 1;
  const { topics } = prepared;
  const peopleSearch = foldedSearch(people, [
    { name: 'name', weight: 3 },
    { name: 'aliases', weight: 2 },
    { name: 'descriptors', weight: 1 },
  ]);
  return {
    topics,
    articles: served,
    articleById: new Map(served.map((a) => [a.id, a])),
    segmented,
    sentenceCount: segmented.reduce((n, s) => n + s.sentences.length, 0),
    people,
    finder: peopleFinder(people),
    orgs: orgFinder(world?.organisations ?? []),
    figureGroups: prepared.figureGroups,
    quotes,
    terms,
    events,
    figures,
    skipped: [...skipped, ...extraction.failed],
    stats,
    rankers: {
      people: ranker(people, (p) => [p.name, ...p.aliases, ...p.descriptors, p.id], peopleSearch),
      topics: ranker(topics, (t) => [t], foldedLabelSearch(topics, { threshold: 0.3 })),
    },
    search: {
      people: peopleSearch,
      quotes: foldedSearch(quotes, QUOTE_KEYS, TEXT_SEARCH, prepared.quotes),
      events: mapSearch(
        foldedSearch(searchableEvents(events), EVENT_KEYS, TEXT_SEARCH, prepared.events),
        (r) => r.event,
      ),
      figures: foldedSearch(figures, FIGURE_KEYS, TEXT_SEARCH, prepared.figures),
    },
  };
}

/**
 * What a topic search reads of an event: its summary, people and kind, and the sentences of its
 * first reports. An event merged from a thousand articles says in its first ten what it is about;
 * reading all thousand on every query would not say more, only slower.
 */
const SEARCHED_REPORTS = 10;

function searchableEvents(events: TimelineEvent[]) {
  return events.map((event) => ({
    event,
    summary: event.summary,
    texts: [...new Set(event.citations.slice(0, SEARCHED_REPORTS).map((c) => c.text))],
    people: event.people,
    kind: event.kind,
  }));
}
const MAX_TOPICS = 200;

function topicsOf(events: TimelineEvent[]): string[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const text = [event.summary, ...event.citations.map((c) => c.text)].join(' ');
    for (const word of new Set(text.match(/\p{Lu}[\p{L}-]{3,}/gu) ?? [])) {
      const clean = word.replace(/-+$/, '');
      if (!NOT_TOPICS.has(clean)) counts.set(clean, (counts.get(clean) ?? 0) + 1);
    }
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, MAX_TOPICS)
    .map(([word]) => word);
}

/** The cleaner's removals per article, for the operator's export. */
export function removedByArticle(index: CorpusIndex): Record<string, RemovedSpan[]> {
  return Object.fromEntries(index.segmented.map((s) => [s.article.id, s.removed]));
}
