import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { readingKept, type DataFolder, type FolderReading } from '../app.js';
import type { Person } from '../corpus/schema.js';
import { lookForKept, type Held, type ReadingSource } from '../snapshot.js';
import { segmentedOf } from '../corpus/columns.js';
import type { Article, DataProblem, SegmentedArticle } from '../corpus/types.js';
import type { Figure } from '../extract/figures.js';
import type { EventReport } from '../extract/events.js';
import { prepareIndex } from '../index/build.js';
import {
  correctAcross,
  learnAcrossKept,
  reconcileReadings,
  type AloneReading,
  type ArticleReading,
} from '../reconcile/extract-all.js';
import { articleDigests, ReadingsKeeper, type KeptReadings } from '../reconcile/kept.js';
import { startThread } from '../lib/threads.js';
import { digestOf } from '../lib/digest.js';
import type { Answer } from '../extract/isolate.js';
import type { AloneAnswer, ReaderReply, ReaderRequest } from './article-reader.js';

/**
 * `readFolderKept` with the articles, when they must be read, read on several threads (`threads` as the operator asks,
 * see `readerThreads`): what the bot starts with and what a live rebuild reads. With `serverDir`, a server's story:
 * the operator's articles and the server's own (see `readDataFolder`). `held`: what this thread holds from its last
 * reading (see `Held`); `readings` is what this one keeps of each article, when it read any.
 */
export async function readFolderKeptInParallel(
  dataDir: string,
  snapshotFile: string | null,
  lastPeople: Person[],
  threads: number | undefined,
  serverDir?: string,
  held?: Held,
): Promise<{ reading: FolderReading; source: ReadingSource; write: () => void; readings?: KeptReadings }> {
  const found = lookForKept(dataDir, snapshotFile, lastPeople, serverDir, held);
  if ('reading' in found) return { ...found, write: () => {} };
  const { articles, folder, before, keep } = found;
  const digests = articleDigests(articles, folder.people, folder.world);
  // After a change, what was kept of each article serves, and the few to read are read here.
  const few = before.size > 0 && digests.filter((d) => !before.has(d)).length < PARALLEL_FROM;
  const n = few ? 1 : readerThreads(articles.length, threads);
  if (n === 1) {
    const { reading, readings, reread } = readingKept(articles, folder, before, digests);
    return { reading, readings, ...keep(reading, readings, reread) };
  }
  const { reading, readings } = await readInParallel(articles, folder, n, digests);
  const keeping = keep(reading, readings);
  keeping.source.threads = n;
  return { reading, readings, ...keeping };
}

/**
 * A folder's reading with its articles read on several threads (`article-reader.ts`), each a share: the same reading
 * as `readingOf`, in about 0.7 of the time on two cores (`npm run bench -- --only cold`). What spans articles (who the
 * corpus names, what people and companies are, slips, the timeline) is done here between the threads' steps.
 */
export async function readInParallel(
  articles: Article[],
  folder: Omit<DataFolder, 'articles'>,
  threads: number,
  digests = articleDigests(articles, folder.people, folder.world),
): Promise<{ reading: FolderReading; readings: KeptReadings }> {
  const owners = shareOut(articles, threads);
  const readers = Array.from({ length: threads }, () => startThread(import.meta.url, 'article-reader'));
  try {
    const failed: DataProblem[] = [];
    const { people, world } = folder;
    const asked = readers.map((r, k) => {
      const share = articles.filter((_a, i) => owners[i] === k);
      return ask(r, { stage: 'alone', articles: share, people, world }, (reply) =>
        'alone' in reply ? reply.alone : null,
      );
    });
    const readings = new ReadingsKeeper(articles, digests);
    const alone = inTurn(await Promise.all(asked), owners, failed, (i, answer) =>
      readings.alone(i, 'result' in answer ? { result: aloneOf(articles[i]!, answer.result) } : answer),
    ).map(({ owner, at, i }) => ({ read: readings.aloneOf(i)!, owner, at, i }));
    const { learned, parts } = learnAcrossKept(
      alone.map((a) => a.read),
      people,
      world,
      [],
    );
    alone.forEach((a, j) => readings.learnt(a.i, parts[j]!));
    const again = readers.map((r) =>
      ask(r, { stage: 'together', learned }, (reply) => ('together' in reply ? reply.together : null)),
    );
    const survivors = alone.map((a) => a.owner);
    const whole = digestOf(learned);
    const read = inTurn(await Promise.all(again), survivors, failed, (j, answer) =>
      readings.together(alone[j]!.i, answer, whole),
    ).map(({ read, owner, i }) => ({
      item: alone[i]!.read.segmented,
      result: read.reading,
      owner,
      at: alone[i]!.at,
      i: alone[i]!.i,
    }));
    const figuresOf = correctAcross(read.map((d) => d.result));
    const later = await eventsAfterSlips(readers, read, figuresOf, readings);
    readings.numbered();
    const extraction = reconcileReadings(
      read.map(({ item, result }) => ({ item, result })),
      { learned, people, figuresOf, later },
      failed,
    );
    return { reading: { folder, extraction, prepared: prepareIndex(extraction) }, readings: readings.kept };
  } finally {
    for (const r of readers) void r.terminate();
  }
}

/** The events that waited for the slips (see `mayBeSlip`), read by the thread that holds their article, in order. */
async function eventsAfterSlips(
  readers: Worker[],
  read: { item: SegmentedArticle; result: ArticleReading; owner: number; at: number; i: number }[],
  figuresOf: Map<string, Figure[]>,
  readings: ReadingsKeeper,
): Promise<(EventReport[] | DataProblem)[]> {
  const waiting = read.filter((d) => d.result.events === null);
  const waited = await Promise.all(
    readers.map((r, k) => {
      const items = waiting
        .filter((d) => d.owner === k)
        .map((d) => ({ at: d.at, figures: figuresOf.get(d.item.article.id) ?? [] }));
      if (items.length === 0) return [];
      return ask(r, { stage: 'events', items }, (reply) => ('events' in reply ? reply.events : null));
    }),
  );
  const next = waited.map(() => 0);
  return waiting.map((d) => {
    const events = waited[d.owner]![next[d.owner]!++]!;
    readings.later(d.i, figuresOf.get(d.item.article.id) ?? [], events);
    return events;
  });
}

const aloneOf = (article: Article, read: AloneAnswer): AloneReading => ({
  segmented: segmentedOf(article, read.kept),
  sightings: read.sightings,
});

/**
 * Which thread reads each article: the longest first, each to the thread with the fewest characters so far, so the
 * threads finish together. Each thread reads its share in the articles' order.
 */
function shareOut(articles: Article[], threads: number): number[] {
  const load = Array.from({ length: threads }, () => 0);
  const owners = articles.map(() => 0);
  const longestFirst = articles
    .map((a, i) => ({ i, length: a.body.length }))
    .sort((a, b) => b.length - a.length || a.i - b.i);
  for (const { i, length } of longestFirst) {
    const k = load.indexOf(Math.min(...load));
    owners[i] = k;
    load[k]! += length;
  }
  return owners;
}

/**
 * The threads' answers back in the articles' order, `owners` saying which thread had each (each answers in the order
 * asked): what was read, with its thread, its place among what that thread read (`at`) and among all asked (`i`); and
 * the problems of the articles left out, in the order a reading on one thread lists them.
 */
function inTurn<R>(
  answers: Answer<R>[][],
  owners: number[],
  failed: DataProblem[],
  each: (i: number, answer: Answer<R>) => void = () => {},
): { read: R; owner: number; at: number; i: number }[] {
  const next = answers.map(() => 0);
  const kept = answers.map(() => 0);
  const read: { read: R; owner: number; at: number; i: number }[] = [];
  owners.forEach((owner, i) => {
    const answer = answers[owner]![next[owner]!++]!;
    each(i, answer);
    if ('result' in answer) read.push({ read: answer.result, owner, at: kept[owner]!++, i });
    else failed.push(answer.problem);
  });
  return read;
}

function ask<R>(reader: Worker, request: ReaderRequest, pick: (reply: ReaderReply) => R | null): Promise<R> {
  return new Promise((resolve, reject) => {
    const stopped = (code: number) => reject(new Error(`an article reader stopped (exit ${code})`));
    reader.once('message', (reply: ReaderReply) => {
      reader.off('exit', stopped);
      reader.off('error', reject);
      const picked = pick(reply);
      if (picked !== null) resolve(picked);
      else reject(new Error('error' in reply ? reply.error : `an article reader answered out of turn`));
    });
    reader.once('error', reject);
    reader.once('exit', stopped);
    reader.postMessage(request);
  });
}

/**
 * How many threads read a folder's articles: as many as the operator asks (`READ_THREADS`); else one per core, unless
 * the corpus is too small to gain from them.
 */
export function readerThreads(articles: number, asked: number | undefined, cores = availableParallelism()): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, MAX_READERS));
  return articles < PARALLEL_FROM ? 1 : Math.max(1, Math.min(cores, MAX_READERS));
}
/** Below this many articles a thread's start (tens of milliseconds) costs more than reading on one. */
export const PARALLEL_FROM = 200;
const MAX_READERS = 8;
