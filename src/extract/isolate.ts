import type { DataProblem } from '../corpus/types.js';
import type { Article } from '../corpus/types.js';

/**
 * How much one file may yield before it is taken for something other than a news article (a
 * pasted list, a log, a broken scrape): about 20 times the most a long read gives. Past a limit
 * the file is skipped with a reason, so one file never costs the bot its start-up time.
 */
export const ARTICLE_LIMITS = {
  sentences: 10_000,
  quotations: 2_000,
  figures: 2_000,
  events: 2_000,
} as const;

export type Limited = keyof typeof ARTICLE_LIMITS;

/** One article yields more than `ARTICLE_LIMITS` allows; `about` when counted before reading it whole. */
export class LimitExceeded extends Error {
  override name = 'LimitExceeded';
  constructor(
    readonly what: Limited,
    readonly count: number,
    readonly about = false,
  ) {
    super(`${what}: ${count} > ${ARTICLE_LIMITS[what]}`);
  }
}

/**
 * Sentence ends (`.`, `!` or `?` before white space or the end) counted in one pass, before any cleaning: a body with
 * twice as many as an article may have sentences is no article, and reading it whole would cost seconds (a quarter of
 * a million one-word lines). A long read has a sentence end every hundred characters or so, far below this.
 */
export function withinSentenceEnds(body: string): void {
  const limit = 2 * ARTICLE_LIMITS.sentences;
  let ends = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // . ! ?
    if ((c === 46 || c === 33 || c === 63) && (i + 1 === body.length || body.charCodeAt(i + 1) <= 32)) ends++;
  }
  if (ends > limit) throw new LimitExceeded('sentences', ends, true);
}

export function withinLimit(what: Limited, count: number): void {
  if (count > ARTICLE_LIMITS[what]) throw new LimitExceeded(what, count);
}

const number = (n: number) => n.toLocaleString('en-US');

/**
 * The operator's line for an article a stage could not handle. It names the stage and the kind of
 * failure, never the error's message: that can quote the article (a regexp built from its text),
 * and the line is shown to every member in `/sources`. The message goes to the log as `detail`.
 */
function problemOf(article: Article, stage: string, error: unknown): DataProblem {
  if (error instanceof LimitExceeded) {
    const reason =
      `yields ${error.about ? 'about ' : ''}${number(error.count)} ${error.what}; a news article yields at most ` +
      `${number(ARTICLE_LIMITS[error.what])}, so it was skipped`;
    return { file: article.file, reason };
  }
  const name = error instanceof Error ? error.name : typeof error;
  const detail = error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
  return { file: article.file, reason: `${stage} failed (${name}); the article was skipped`, detail };
}

/**
 * Runs one stage for each item on its own: an item whose stage throws is left out, with a problem
 * naming its file, and every other item goes on. `articleOf` says which article an item is.
 */
export function eachArticle<T, R>(
  items: readonly T[],
  articleOf: (item: T) => Article,
  stage: string,
  work: (item: T) => R,
  failed: DataProblem[],
): { item: T; result: R }[] {
  const done: { item: T; result: R }[] = [];
  for (const item of items) {
    try {
      done.push({ item, result: work(item) });
    } catch (error) {
      failed.push(problemOf(articleOf(item), stage, error));
    }
  }
  return done;
}

/** What one article's stage gave: its result, or the problem that leaves the article out. */
export type Answer<R> = { result: R } | { problem: DataProblem };

/** One article's stage on its own: its result, or the problem that leaves the article out (see `eachArticle`). */
export function oneArticle<R>(article: Article, stage: string, work: () => R): Answer<R> {
  try {
    return { result: work() };
  } catch (error) {
    return { problem: problemOf(article, stage, error) };
  }
}
