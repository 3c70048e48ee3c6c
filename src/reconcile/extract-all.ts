import type { WorldData } from '../corpus/load.js';
import type { DataProblem } from '../corpus/types.js';
import type { Person } from '../corpus/schema.js';
import { segmentArticle } from '../corpus/segment.js';
import type { Article, SegmentedArticle } from '../corpus/types.js';
import { extractEventReports, type EventReport } from '../extract/events.js';
import { extractFigures, type Figure } from '../extract/figures.js';
import { eachArticle, oneArticle, withinLimit, withinSentenceEnds } from '../extract/isolate.js';
import { orgFinder, type OrgFinder } from '../extract/orgs.js';
import { peopleFinder, type PeopleFinder } from '../extract/people.js';
import { foundInText, gatherPeople, sightingsReader, type Sightings } from '../extract/discover.js';
import { describedIn, descriptionPairs, descriptionsOf, type Descriptions } from '../extract/descriptions.js';
import { describingOrgs, orgDescriptionPairs, orgDescriptionsOf } from '../extract/org-descriptions.js';
import { digestOf } from '../lib/digest.js';
import { once } from '../lib/once.js';
import { gatherOrgs } from '../extract/discover-orgs.js';
import { correctSlips, mayBeSlip } from './slips.js';
import { extractQuotes, type Quote, type QuotedTerm } from '../extract/quotes.js';
import { buildTimeline, type TimelineEvent } from './timeline.js';
import { pushTo } from '../lib/collections.js';
import { projector, wordsOf, type Learned } from './projection.js';
import { sharedSurnames, withOwnSurnames } from './surnames.js';

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
 * Who `/quote` and `/timeline` offer and search: the people list, and of the people found in the text those who say
 * something or take part in an event of the timeline, so that a story's subject who is never quoted (who died, who is
 * on trial) is found by name. A name read only where nothing happens and no one is quoted (`berichtete das Wall
 * Street Journal`) is not offered.
 */
function speakingActingOrListed(everyone: Person[], quotes: Quote[], events: TimelineEvent[]): Person[] {
  const taking = new Set([...quotes.map((q) => q.speaker?.name), ...events.flatMap((e) => e.people)]);
  return everyone.filter((p) => !foundInText(p) || taking.has(p.name));
}

export type { Learned } from './projection.js';

/** What an article says read alone, before anything is learned across articles. */
export interface AloneReading {
  segmented: SegmentedArticle;
  sightings: Sightings;
}

/** What an article says read with what was learned across articles (see `readTogether`). */
export interface ArticleReading {
  quotes: Quote[];
  terms: QuotedTerm[];
  figures: Figure[];
  /**
   * The article's events, numbered from 0, or the problem that leaves the article out; null when one of its figures
   * may be read again across articles (see `mayBeSlip`), which is rare: its events are read once that is settled.
   */
  events: EventReport[] | DataProblem | null;
}

/**
 * Stage one: each article alone, cleaned, cut into sentences, and the people its sentences show (`sightingsIn`).
 * Depends on nothing but the article and the data files, so articles can be read apart, on several threads.
 */
export function aloneReader(people: Person[], world: WorldData): (article: Article) => AloneReading {
  const sightings = sightingsReader(peopleFinder(people), orgFinder(world.organisations));
  return (a) => {
    const segmented = segmentWithin(a);
    return { segmented, sightings: sightings(textsOf(segmented)) };
  };
}
export const ALONE_STAGE = 'cleaning and segmenting';

const textsOf = (s: SegmentedArticle) => s.sentences.map((x) => x.text);

/**
 * Stage two, across the corpus: who the articles name, and what each person and company is (see
 * `learnDescriptions`, `learnOrgDescriptions`), so that a person named in full in one article is known by surname, or
 * by role, in another, and a company by what it is.
 */
export function learnAcross(alone: readonly AloneReading[], people: Person[], world: WorldData): Learned {
  return learnAcrossKept(alone, people, world, []).learned;
}

/**
 * What one article's sentences give the descriptions of people and companies (see `descriptionPairs`), kept with its
 * reading (see `kept.ts`): who and which company each names, as their places in the people and the companies it was
 * read with, and digests of those, so it serves while they are unchanged.
 */
export interface LearntPart {
  people: { key: string; pairs: [string, number][] };
  orgs: { key: string; pairs: [string, number][] };
}

/**
 * `learnAcross` with what each article gave before (`before`, by the articles' places): an article's descriptions are
 * read again only when the people or companies they are read with changed. Gives what each gave now, to keep.
 */
export function learnAcrossKept(
  alone: readonly AloneReading[],
  people: Person[],
  world: WorldData,
  before: readonly (LearntPart | undefined)[],
): { learned: Learned; parts: LearntPart[] } {
  const everyone = [
    ...people,
    ...gatherPeople(
      alone.map((a) => a.sightings),
      peopleFinder(people),
    ),
  ];
  // The organisations the text names beside those the data files know: what happens to them, and who acts, is read
  // with them as with a known one.
  const found = gatherOrgs(
    alone.map((a) => a.sightings.orgs),
    orgFinder(world.organisations),
    peopleFinder(everyone),
  );
  const known = found.length === 0 ? world : { ...world, organisations: [...world.organisations, ...found] };
  const keys = { people: digestOf(everyone), orgs: digestOf(known.organisations) };
  const finders = { people: once(() => peopleFinder(everyone)), orgs: once(() => orgFinder(known.organisations)) };
  const parts = alone.map((a, i): LearntPart => {
    const was = before[i];
    const texts = once(() => textsOf(a.segmented));
    return {
      people:
        was?.people.key === keys.people
          ? was.people
          : { key: keys.people, pairs: placed(descriptionPairs(texts(), finders.people()), everyone) },
      orgs:
        was?.orgs.key === keys.orgs
          ? was.orgs
          : { key: keys.orgs, pairs: placed(orgDescriptionPairs(texts(), finders.orgs()), known.organisations) },
    };
  });
  const descriptions = descriptionsOf(parts.flatMap((p) => p.people.pairs.map(([f, i]) => [f, everyone[i]!] as const)));
  const orgDescriptions = orgDescriptionsOf(
    parts.flatMap((p) => p.orgs.pairs.map(([k, i]) => [k, known.organisations[i]!] as const)),
  );
  return { learned: { everyone, descriptions, orgDescriptions, world: known }, parts };
}

/** Pairs of a word and an owner, the owner as its place among `owners`. */
function placed<T>(pairs: [string, T][], owners: readonly T[]): [string, number][] {
  const at = new Map(owners.map((o, i) => [o, i]));
  return pairs.map(([word, owner]) => [word, at.get(owner)!]);
}

/**
 * Stage three: each article with what was learned, its quotations, figures and events. Each is read with its own part
 * of it (see `projector`): the same reading as with the whole, and one that a change elsewhere in the corpus leaves
 * alone unless it names someone or something this article could name (see `kept.ts`).
 */
export function togetherReader(learned: Learned): (s: SegmentedArticle) => ArticleReading {
  const knowledge = knowledgeReader(learned);
  return (s) => readTogether(knowledge(s), s);
}
export const TOGETHER_STAGE = 'reading quotations and figures';

export function readTogether(known: Known, s: SegmentedArticle): ArticleReading {
  const said = readArticle(s, known.people, known.orgs, known.own.descriptions);
  return { ...said, events: said.figures.some(mayBeSlip) ? null : readEvents(known, s, said.quotes, said.figures) };
}

/** What an article is read with: its part of what was learned, and the finders of its people and companies. */
export interface Known {
  own: Learned;
  people: PeopleFinder;
  orgs: OrgFinder;
}
/** Each article's part of what was learned (see `projector`). */
export function partReader(learned: Learned): (s: SegmentedArticle) => Learned {
  const parts = projector(learned);
  const shared = sharedSurnames(learned.everyone);
  return (s) => withOwnSurnames(parts.project(wordsOf(s.article.body)), s.article.body, shared);
}
export const knownFrom = (own: Learned): Known => ({
  own,
  people: peopleFinder(own.everyone),
  orgs: orgFinder(own.world.organisations),
});
const knowledgeReader = (learned: Learned) => {
  const part = partReader(learned);
  return (s: SegmentedArticle) => knownFrom(part(s));
};

/** An article's events, numbered from 0, or the problem that leaves the article out. */
export function eventsReader(
  learned: Learned,
): (s: SegmentedArticle, quotes: Quote[], figures: Figure[]) => EventReport[] | DataProblem {
  const knowledge = knowledgeReader(learned);
  return (s, quotes, figures) => readEvents(knowledge(s), s, quotes, figures);
}

export function readEvents(
  { own, people, orgs }: Known,
  { article, sentences }: SegmentedArticle,
  quotes: Quote[],
  figures: Figure[],
): EventReport[] | DataProblem {
  // What happened, and to whom, may name a company by what it is (`die norwegische Großbank`).
  const described = describingOrgs(orgs, own.orgDescriptions, article.body);
  const { id, body, published, title } = article;
  const context = { id, body, published, sentences, people, orgs: described, figures, title };
  const read = oneArticle(article, 'reading events', () => {
    const reports = notQuoting(extractEventReports(context, 0), quotes);
    withinLimit('events', reports.length);
    return reports;
  });
  return 'result' in read ? read.result : read.problem;
}

/**
 * Everything the bot knows, from the articles: pure, so it runs the same everywhere. Each stage
 * runs for each article on its own (`eachArticle`): an article that makes a stage throw or pass
 * a limit is left out with a reason, and only the articles that passed every stage are served.
 */
export function extractAll(articles: Article[], people: Person[], world: WorldData = NO_WORLD): Extraction {
  const failed: DataProblem[] = [];
  const alone = eachArticle(articles, (a) => a, ALONE_STAGE, aloneReader(people, world), failed).map((d) => d.result);
  const learned = learnAcross(alone, people, world);
  const segmented = alone.map((a) => a.segmented);
  const read = eachArticle(segmented, (s) => s.article, TOGETHER_STAGE, togetherReader(learned), failed);
  const figuresOf = correctAcross(read.map((d) => d.result));
  const events = eventsReader(learned);
  const later = read
    .filter((d) => d.result.events === null)
    .map((d) => events(d.item, d.result.quotes, figuresOf.get(d.item.article.id) ?? []));
  return reconcileReadings(read, { learned, people, figuresOf, later }, failed);
}

/** The figures of every article by article, slips corrected across articles (see `correctSlips`). */
export function correctAcross(read: readonly ArticleReading[]): Map<string, Figure[]> {
  return byArticle(correctSlips(read.flatMap((r) => r.figures)));
}

/**
 * Stage four, across the corpus: with slips corrected across articles (`correctAcross`), so a bid's amount reads the
 * same in every report of it, the events of each article, numbered in article order, merged into one timeline.
 * `later` are the events of the articles whose events waited for the slips, in order.
 */
export function reconcileReadings(
  read: { item: SegmentedArticle; result: ArticleReading }[],
  across: {
    learned: Learned;
    people: Person[];
    figuresOf: Map<string, Figure[]>;
    later: (EventReport[] | DataProblem)[];
  },
  failed: DataProblem[],
): Extraction {
  const { learned, people, figuresOf } = across;
  const { world, everyone } = learned;
  const orgs = orgFinder(world.organisations);
  const later = across.later.values();
  let order = 0;
  const dated: { item: { item: SegmentedArticle; result: ArticleReading }; result: EventReport[] }[] = [];
  for (const d of read) {
    const reports = d.result.events ?? later.next().value!;
    if (!Array.isArray(reports)) {
      failed.push(reports);
      continue;
    }
    // Numbered in place: a reply's report points at the report it answers (`target`), the same object.
    for (const r of reports) r.order += order;
    dated.push({ item: d, result: reports });
    order += reports.length;
  }
  const served = dated.map((d) => d.item);
  const reports: EventReport[] = dated.flatMap((d) => d.result);
  const quotes = served.flatMap((d) => d.result.quotes);
  const events = buildTimeline(reports, {
    published: new Map(served.map((d) => [d.item.article.id, d.item.article.published])),
    dates: world.dates,
    orgs,
    personIds: new Map(people.map((p) => [p.name, p.id])),
    everyone: everyone.map((p) => p.name),
  });
  return {
    segmented: served.map((d) => d.item),
    failed,
    people: speakingActingOrListed(everyone, quotes, events),
    quotes,
    terms: served.flatMap((d) => d.result.terms),
    figures: served.flatMap((d) => figuresOf.get(d.item.article.id) ?? []),
    events,
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
