import type { WorldData } from '../corpus/load.js';
import type { DataProblem } from '../corpus/types.js';
import type { Person } from '../corpus/schema.js';
import { segmentArticle } from '../corpus/segment.js';
import type { Article, SegmentedArticle } from '../corpus/types.js';
import { extractEventReports, type EventReport } from '../extract/events.js';
import { extractFigures, type Figure } from '../extract/figures.js';
import { eachArticle, withinLimit, withinSentenceEnds } from '../extract/isolate.js';
import { orgFinder, type OrgFinder } from '../extract/orgs.js';
import { peopleFinder, type PeopleFinder } from '../extract/people.js';
import { discoverPeople, foundInText } from '../extract/discover.js';
import { describedIn, learnDescriptions, type Descriptions } from '../extract/descriptions.js';
import { describingOrgs, learnOrgDescriptions } from '../extract/org-descriptions.js';
import { correctSlips } from './slips.js';
import { extractQuotes, type Quote, type QuotedTerm } from '../extract/quotes.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';
import { pushTo } from '../lib/collections.js';

export interface Extraction {
  /** The articles served: those every stage could read. */
  segmented: SegmentedArticle[];
  /** Articles a stage could not read or that passed a limit, one line each. */
  failed: DataProblem[];
  /** The people list and the people the articles name that it lacks (see `discoverPeople`). */
  people: Person[];
  quotes: Quote[];
  terms: QuotedTerm[];
  events: TimelineEvent[];
  figures: Figure[];
}

const NO_WORLD: WorldData = { organisations: [], dates: [] };

/**
 * Who `/quote` offers and searches: the people list, and of the people found in the text those who say something.
 * A name read in a sentence that quotes no one (`berichtete das Wall Street Journal`) is not offered as a speaker.
 */
function speakingOrListed(everyone: Person[], quotes: Quote[]): Person[] {
  const speaking = new Set(quotes.map((q) => q.speaker?.name));
  return everyone.filter((p) => !foundInText(p) || speaking.has(p.name));
}

/**
 * The people list and who the articles name beside it, and what each person and company is (see
 * `learnDescriptions`, `learnOrgDescriptions`): found across the whole corpus, so that a person named in full in one
 * article is known by surname, or by role, in another, and a company by what it is.
 */
function withNamesLearned(segmented: SegmentedArticle[], people: Person[], orgs: OrgFinder) {
  const sentences = segmented.flatMap((s) => s.sentences.map((x) => x.text));
  const everyone = [...people, ...discoverPeople(sentences, peopleFinder(people), orgs)];
  const finder = peopleFinder(everyone);
  return {
    everyone,
    finder,
    descriptions: learnDescriptions(sentences, finder),
    orgDescriptions: learnOrgDescriptions(sentences, orgs),
  };
}

/**
 * Everything the bot knows, from the articles: pure, so it runs the same everywhere. Each stage
 * runs for each article on its own (`eachArticle`): an article that makes a stage throw or pass
 * a limit is left out with a reason, and only the articles that passed every stage are served.
 */
export function extractAll(articles: Article[], people: Person[], world: WorldData = NO_WORLD): Extraction {
  const failed: DataProblem[] = [];
  const orgs = orgFinder(world.organisations);
  const segmented = eachArticle(articles, (a) => a, 'cleaning and segmenting', segmentWithin, failed).map(
    (d) => d.result,
  );
  const { everyone, finder, descriptions, orgDescriptions } = withNamesLearned(segmented, people, orgs);
  const read = eachArticle(
    segmented,
    (s) => s.article,
    'reading quotations and figures',
    (s) => readArticle(s, finder, orgs, descriptions),
    failed,
  );
  // Slips corrected across articles first, so a bid's amount reads the same in every report of it.
  const figuresOf = byArticle(correctSlips(read.flatMap((d) => d.result.figures)));
  let order = 0;
  const dated = eachArticle(
    read,
    (d) => d.item.article,
    'reading events',
    ({ item: { article, sentences }, result: { quotes } }) => {
      const context = {
        id: article.id,
        body: article.body,
        published: article.published,
        sentences,
        people: finder,
        // What happened, and to whom, may name a company by what it is (`die norwegische Großbank`).
        orgs: describingOrgs(orgs, orgDescriptions, article.body),
        figures: figuresOf.get(article.id) ?? [],
      };
      const reports = notQuoting(extractEventReports(context, order), quotes);
      withinLimit('events', reports.length);
      order += reports.length;
      return reports;
    },
    failed,
  );
  const served = dated.map((d) => d.item);
  const reports: EventReport[] = dated.flatMap((d) => d.result);
  return {
    segmented: served.map((d) => d.item),
    failed,
    people: speakingOrListed(
      everyone,
      served.flatMap((d) => d.result.quotes),
    ),
    quotes: served.flatMap((d) => d.result.quotes),
    terms: served.flatMap((d) => d.result.terms),
    figures: served.flatMap((d) => figuresOf.get(d.item.article.id) ?? []),
    events: buildTimeline(reports, {
      published: new Map(served.map((d) => [d.item.article.id, d.item.article.published])),
      dates: world.dates,
      orgs,
      personIds: new Map(people.map((p) => [p.name, p.id])),
    }),
  };
}

/**
 * A sentence that holds a whole quotation and names no kind of event is what someone said, which /quote shows, not
 * evidence of something that happened (`„…“, sagte sie am Dienstag`).
 */
function notQuoting(reports: EventReport[], quotes: Quote[]): EventReport[] {
  const quoting = new Set(quotes.filter((q) => !q.partial).map((q) => q.citation.sentence));
  return reports.filter((r) => r.kind !== 'other' || !quoting.has(r.citation.sentence));
}

function segmentWithin(article: Article): SegmentedArticle {
  withinSentenceEnds(article.body);
  const s = segmentArticle(article);
  withinLimit('sentences', s.sentences.length);
  return s;
}

function readArticle(
  { article, sentences }: SegmentedArticle,
  people: PeopleFinder,
  orgs: OrgFinder,
  descriptions: Descriptions,
) {
  // Who speaks may be named by a description (`sagte der Minister`); what a figure or event is about, only by name.
  const { quotes, terms } = extractQuotes(article.body, sentences, describedIn(article.body, people, descriptions));
  withinLimit('quotations', quotes.length + terms.length);
  const figures = extractFigures(article.body, sentences, { people, orgs, quotes });
  withinLimit('figures', figures.length);
  return { quotes, terms, figures };
}

function byArticle(figures: Figure[]): Map<string, Figure[]> {
  const out = new Map<string, Figure[]>();
  for (const f of figures) pushTo(out, f.citation.article, f);
  return out;
}
