import type { Person } from '../corpus/schema.js';
import type { SegmentedArticle } from '../corpus/types.js';
import { extractEvents, mergeEvents, type TimelineEvent } from './events.js';
import { extractFigures, type Figure } from './figures.js';
import { peopleFinder } from './people.js';
import { correctSlips } from './slips.js';
import { properNames } from './subject.js';
import { extractQuotes, type Quote, type QuotedTerm } from './quotes.js';

export interface Extraction {
  /** Proper names of the corpus and how often they stand bare (see `properNames`). */
  names: Map<string, number>;
  quotes: Quote[];
  terms: QuotedTerm[];
  events: TimelineEvent[];
  figures: Figure[];
}

/** Everything the bot knows, from the segmented articles: pure, so it runs the same everywhere. */
export function extractAll(articles: SegmentedArticle[], people: Person[]): Extraction {
  const finder = peopleFinder(people);
  const names = properNames(articles.flatMap((a) => a.sentences));
  const out: Extraction = { names, quotes: [], terms: [], events: [], figures: [] };
  for (const { article, sentences } of articles) {
    const { quotes, terms } = extractQuotes(article.body, sentences, finder);
    out.quotes.push(...quotes);
    out.terms.push(...terms);
    out.events.push(...extractEvents(article.body, sentences, article.published, finder));
    out.figures.push(...extractFigures(article.body, sentences, { people: finder, names, quotes }));
  }
  out.events = mergeEvents(out.events);
  out.figures = correctSlips(out.figures);
  return out;
}
