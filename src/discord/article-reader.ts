import { parentPort } from 'node:worker_threads';
import { keptSegmented, type KeptSegmented } from '../corpus/columns.js';
import type { WorldData } from '../corpus/load.js';
import type { Person } from '../corpus/schema.js';
import type { Article, DataProblem, SegmentedArticle } from '../corpus/types.js';
import type { Sightings } from '../extract/discover.js';
import type { EventReport } from '../extract/events.js';
import type { Figure } from '../extract/figures.js';
import { oneArticle, type Answer } from '../extract/isolate.js';
import type { Quote } from '../extract/quotes.js';
import {
  ALONE_STAGE,
  aloneReader,
  eventsReader,
  knownFrom,
  partReader,
  readTogether,
  TOGETHER_STAGE,
  type Learned,
} from '../reconcile/extract-all.js';
import type { KeyedReading } from '../reconcile/kept.js';
import { partDigest } from '../reconcile/projection.js';

/**
 * A thread that reads a share of the articles for `readInParallel` (`parallel.ts`), in the steps of `extractAll`:
 * each article alone; once what is learned across all articles has come back, each again with it; and the events of
 * the few articles that waited for slips to be corrected across articles. What it read in one step is kept here for
 * the next, so only what was learned and what the index needs cross between threads.
 */
export type ReaderRequest =
  | { stage: 'alone'; articles: Article[]; people: Person[]; world: WorldData }
  | { stage: 'together'; learned: Learned }
  | { stage: 'events'; items: { at: number; figures: Figure[] }[] };

/** An article read alone, as sent back: its sentences in columns (the receiving thread has its text). */
export interface AloneAnswer {
  kept: KeptSegmented;
  sightings: Sightings;
}
/** One answer per article asked, in the order asked; for `events`, one per item. */
export type ReaderReply =
  | { alone: Answer<AloneAnswer>[] }
  | { together: Answer<KeyedReading>[] }
  | { events: (EventReport[] | DataProblem)[] }
  | { error: string };

let segmented: SegmentedArticle[] = [];
let said: Quote[][] = [];
let learned: Learned | null = null;

function answer(request: ReaderRequest): ReaderReply {
  if (request.stage === 'alone') {
    const read = aloneReader(request.people, request.world);
    const alone = request.articles.map((a) =>
      oneArticle(a, ALONE_STAGE, () => {
        const { segmented, sightings } = read(a);
        return { segmented, answer: { kept: keptSegmented(segmented, a), sightings } };
      }),
    );
    segmented = alone.flatMap((r) => ('result' in r ? [r.result.segmented] : []));
    return { alone: alone.map((r) => ('result' in r ? { result: r.result.answer } : r)) };
  }
  if (request.stage === 'together') {
    learned = request.learned;
    const part = partReader(learned);
    // With the digest of the article's part of what was learned, which keys its reading (see `kept.ts`).
    const together = segmented.map((s) =>
      oneArticle(s.article, TOGETHER_STAGE, () => {
        const own = part(s);
        return { key: partDigest(own), reading: readTogether(knownFrom(own), s) };
      }),
    );
    said = together.map((r) => ('result' in r ? r.result.reading.quotes : []));
    return { together };
  }
  const events = eventsReader(learned!);
  return { events: request.items.map(({ at, figures }) => events(segmented[at]!, said[at]!, figures)) };
}

parentPort?.on('message', (request: ReaderRequest) => {
  let reply: ReaderReply;
  try {
    reply = answer(request);
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply);
});
