import type { WorldData } from '../corpus/load.js';
import type { Person } from '../corpus/schema.js';
import type { Article, DataProblem, SegmentedArticle } from '../corpus/types.js';
import type { EventReport } from '../extract/events.js';
import type { Figure } from '../extract/figures.js';
import { oneArticle, type Answer } from '../extract/isolate.js';
import { digestOf } from '../lib/digest.js';
import { once } from '../lib/once.js';
import {
  ALONE_STAGE,
  aloneReader,
  correctAcross,
  knownFrom,
  learnAcrossKept,
  partReader,
  readEvents,
  readTogether,
  reconcileReadings,
  TOGETHER_STAGE,
  type AloneReading,
  type ArticleReading,
  type Extraction,
  type Learned,
  type LearntPart,
} from './extract-all.js';
import { partDigest } from './projection.js';

/**
 * What was read of one article, kept so that the next reading of a changed corpus reads again only what the change
 * touches: an article whose file is unchanged is not cleaned and cut again, and one whose part of what was learned
 * across articles (see `projector`) is unchanged is not read again either. Kept by the article's digest (see
 * `articleDigests`).
 */
export interface KeptReading {
  alone: Answer<AloneReading>;
  /** What its sentences gave the descriptions of people and companies (see `learnAcrossKept`). */
  learnt?: LearntPart;
  /**
   * Its reading with what was learned, the digest of its part of what was learned, and of all that was learned
   * (`whole`): while that is unchanged, so is the part of an unchanged article, which is then not projected again.
   */
  together?: { key: string; whole?: string; read: Answer<ArticleReading> };
  /** The events of an article that waited for the slips (see `mayBeSlip`), by the digest of what they waited for. */
  later?: { key: string; events: EventReport[] | DataProblem };
  /** The numbers its event reports were read with: the timeline numbers them across articles, in place. */
  orders?: number[];
}
export type KeptReadings = Map<string, KeptReading>;

/**
 * What keys the events of an article that waited for the slips: its part of what was learned, and its figures as the
 * events read them, which is without the record of a slip (how many figures of the corpus corroborate a corrected
 * value changes with every article that repeats it; the value does not).
 */
function laterKey(together: string, figures: Figure[]): string {
  return digestOf(
    together,
    figures.map(({ slip: _slip, ...asRead }) => asRead),
  );
}

/**
 * Each article's digest, what its kept reading is found by: its file as read, and the data files it is read with. Made
 * once per reading: deciding how to read (see `readFolderKeptInParallel`) and the reading itself both need them.
 */
export function articleDigests(articles: Article[], people: Person[], world: WorldData): string[] {
  const side = digestOf(people, world);
  return articles.map((a) => {
    const known = digests.get(a);
    if (known?.side === side) return known.digest;
    const digest = digestOf(side, a);
    digests.set(a, { side, digest });
    return digest;
  });
}
/**
 * Each article's digest by the very article object and the data files' digest: a thread that reads a folder again and
 * again gets the unchanged files' articles back as they were (see `loadArticles`), and need not digest them again.
 */
const digests = new WeakMap<Article, { side: string; digest: string }>();

/**
 * `extractAll` with what was kept from an earlier reading (`before`): the same extraction, with only the articles the
 * change touches read again (`reread`: how many were, at any stage), and what to keep for the next.
 */
export function extractKept(
  articles: Article[],
  people: Person[],
  world: WorldData,
  before: KeptReadings,
  digests = articleDigests(articles, people, world),
): { extraction: Extraction; kept: KeptReadings; reread: number } {
  const failed: DataProblem[] = [];
  const touched = new Set<string>();
  const { kept, alone } = readAlone(articles, people, world, { before, digests }, touched, failed);
  const { learned, parts } = learnAcrossKept(
    alone.map((a) => a.result),
    people,
    world,
    alone.map((a) => a.was?.learnt),
  );
  alone.forEach((a, i) => (a.entry.learnt = parts[i]!));
  const part = partReader(learned);
  // An unchanged article read with unchanged knowledge has the part it had: not projected again (a second at 5,000).
  const whole = digestOf(learned);
  const read: { item: SegmentedArticle; result: ArticleReading; a: (typeof alone)[number]; own: () => Learned }[] = [];
  for (const a of alone) {
    const s = a.result.segmented;
    const own = once(() => part(s));
    const key = a.was?.together?.whole === whole ? a.was.together.key : partDigest(own());
    const was = a.was?.together?.key === key ? a.was.together : undefined;
    const answer = was?.read ?? oneArticle(s.article, TOGETHER_STAGE, () => readTogether(knownFrom(own()), s));
    if (!was) touched.add(a.digest);
    a.entry.together = { key, whole, read: answer };
    if ('problem' in answer) failed.push(answer.problem);
    else read.push({ item: s, result: answer.result, a, own });
  }
  const figuresOf = correctAcross(read.map((d) => d.result));
  const later = read
    .filter((d) => d.result.events === null)
    .map((d) => {
      const figures = figuresOf.get(d.item.article.id) ?? [];
      const key = laterKey(d.a.entry.together!.key, figures);
      const was = d.a.was?.later?.key === key ? d.a.was.later : undefined;
      if (!was) touched.add(d.a.digest);
      const events = was?.events ?? readEvents(knownFrom(d.own()), d.item, d.result.quotes, figures);
      d.a.entry.later = { key, events };
      return events;
    });
  for (const { a } of read) renumber(a.entry, touched.has(a.digest) ? undefined : a.was);
  const extraction = reconcileReadings(
    read.map(({ item, result }) => ({ item, result })),
    { learned, people, figuresOf, later },
    failed,
  );
  return { extraction, kept, reread: touched.size };
}

/** Stage one of `extractKept`: each article alone, or as kept. */
function readAlone(
  articles: Article[],
  people: Person[],
  world: WorldData,
  { before, digests }: { before: KeptReadings; digests: string[] },
  touched: Set<string>,
  failed: DataProblem[],
) {
  const kept: KeptReadings = new Map();
  let read: ((a: Article) => AloneReading) | null = null;
  const alone: { digest: string; entry: KeptReading; was?: KeptReading; result: AloneReading }[] = [];
  for (const [i, a] of articles.entries()) {
    const digest = digests[i]!;
    const was = before.get(digest);
    if (!was) touched.add(digest);
    const entry: KeptReading = {
      alone: was?.alone ?? oneArticle(a, ALONE_STAGE, () => (read ??= aloneReader(people, world))(a)),
    };
    kept.set(digest, entry);
    if ('problem' in entry.alone) failed.push(entry.alone.problem);
    else alone.push({ digest, entry, ...(was ? { was } : {}), result: entry.alone.result });
  }
  return { kept, alone };
}

/**
 * The numbers of an article's event reports as read, kept (`orders`) before the timeline numbers them across articles;
 * a kept reading gets them back, as the timeline left them numbered for the reading it was kept from.
 */
function renumber(entry: KeptReading, was: KeptReading | undefined): void {
  const reports = eventsOf(entry);
  if (!reports) return;
  if (was?.orders) reports.forEach((r, i) => (r.order = was.orders![i]!));
  entry.orders = reports.map((r) => r.order);
}

function eventsOf(entry: KeptReading): EventReport[] | null {
  const together = entry.together && 'result' in entry.together.read ? entry.together.read.result.events : null;
  const events = together ?? entry.later?.events ?? null;
  return Array.isArray(events) ? events : null;
}

/** An article's reading with what was learned, as read on another thread: with the digest of its part of it. */
export interface KeyedReading {
  key: string;
  reading: ArticleReading;
}

/**
 * What a reading on several threads (see `src/discord/parallel.ts`) read of each article, collected as `extractKept`
 * keeps it, so that the next reading after a change reads again only what it touches.
 */
export class ReadingsKeeper {
  readonly kept: KeptReadings = new Map();
  private readonly entries: KeptReading[];

  /** `digests`: the articles' (see `articleDigests`). */
  constructor(articles: Article[], digests: string[]) {
    this.entries = articles.map((a, i) => {
      const entry: KeptReading = { alone: { problem: { file: a.file, reason: 'not read' } } };
      this.kept.set(digests[i]!, entry);
      return entry;
    });
  }

  alone(i: number, answer: Answer<AloneReading>): void {
    this.entries[i]!.alone = answer;
  }

  learnt(i: number, part: LearntPart): void {
    this.entries[i]!.learnt = part;
  }

  aloneOf(i: number): AloneReading | null {
    const { alone } = this.entries[i]!;
    return 'result' in alone ? alone.result : null;
  }

  /**
   * `whole`: the digest of all that was learned. A problem answer has no digest: it is read again next time.
   */
  together(i: number, answer: Answer<KeyedReading>, whole: string): void {
    this.entries[i]!.together =
      'result' in answer
        ? { key: answer.result.key, whole, read: { result: answer.result.reading } }
        : { key: '', read: answer };
  }

  later(i: number, figures: Figure[], events: EventReport[] | DataProblem): void {
    const entry = this.entries[i]!;
    entry.later = { key: laterKey(entry.together!.key, figures), events };
  }

  /** Before the timeline numbers the reports across articles (see `renumber`). */
  numbered(): void {
    for (const entry of this.entries) renumber(entry, undefined);
  }
}
