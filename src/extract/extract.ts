import type { WorldData } from '../corpus/load.js';
import type { Person } from '../corpus/schema.js';
import type { SegmentedArticle } from '../corpus/types.js';
import { extractEventReports, type EventReport } from './events.js';
import { extractFigures, type Figure } from './figures.js';
import { orgFinder } from './orgs.js';
import { peopleFinder } from './people.js';
import { correctSlips } from './slips.js';
import { properNames } from './subject.js';
import { extractQuotes, type Quote, type QuotedTerm } from './quotes.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';

export interface Extraction {
  /** Proper names of the corpus and how often they stand bare (see `properNames`). */
  names: Map<string, number>;
  quotes: Quote[];
  terms: QuotedTerm[];
  events: TimelineEvent[];
  figures: Figure[];
}

const NO_WORLD: WorldData = { organisations: [], dates: [] };

/** Everything the bot knows, from the segmented articles: pure, so it runs the same everywhere. */
export function extractAll(articles: SegmentedArticle[], people: Person[], world: WorldData = NO_WORLD): Extraction {
  const finder = peopleFinder(people);
  const orgs = orgFinder(world.organisations);
  const names = properNames(articles.flatMap((a) => a.sentences));
  const out: Extraction = { names, quotes: [], terms: [], events: [], figures: [] };
  for (const { article, sentences } of articles) {
    const { quotes, terms } = extractQuotes(article.body, sentences, finder);
    out.quotes.push(...quotes);
    out.terms.push(...terms);
    out.figures.push(...extractFigures(article.body, sentences, { people: finder, names, quotes }));
  }
  // Slips corrected across articles first, so a bid's amount reads the same in every report of it.
  out.figures = correctSlips(out.figures);
  const figuresOf = new Map<string, Figure[]>();
  for (const f of out.figures) {
    const list = figuresOf.get(f.citation.article);
    if (list) list.push(f);
    else figuresOf.set(f.citation.article, [f]);
  }
  const reports: EventReport[] = [];
  for (const { article, sentences } of articles) {
    const figures = figuresOf.get(article.id) ?? [];
    const context = { id: article.id, body: article.body, published: article.published, sentences, people: finder, orgs, figures };
    reports.push(...extractEventReports(context, reports.length));
  }
  out.events = buildTimeline(reports, {
    published: new Map(articles.map((a) => [a.article.id, a.article.published])),
    dates: world.dates,
    orgs,
    personIds: new Map(people.map((p) => [p.name, p.id])),
  });
  return out;
}
