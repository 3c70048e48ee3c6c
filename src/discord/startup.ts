import { statSync, watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { config } from 'dotenv';
import type { Logger } from 'pino';
import { indexReading } from '../app.js';
import { IN_MEMORY, type ReadingSource } from '../snapshot.js';
import { readFolderKeptInParallel } from './parallel.js';
import { ReadingThread } from './rebuild.js';
import type { CorpusIndex } from '../index/build.js';
import { readEnv, SNAPSHOT_NAME, snapshotFile, type Env, type EnvName } from './env.js';
import { commandLimiter } from './limiter.js';
import type { Budget } from './cooldown.js';
import { testFetching } from '../fetch-page.js';
import { serverStories, SERVERS_FOLDER } from './servers.js';
import { createLogger } from './logger.js';

/** Stops an entry point with one readable line: an operator's mistake needs no stack trace. */
export function fail(message: string): never {
  console.error(`rivalen: ${message}`);
  process.exit(1);
}

/** `.env` and the environment, validated for what this entry point needs, and the logger. */
export function environment<R extends EnvName>(
  required: readonly R[],
): { env: Env & { [K in R]-?: NonNullable<Env[K]> }; logger: Logger } {
  config({ quiet: true });
  const read = readEnv(process.env, required);
  if ('error' in read) fail(read.error);
  return { env: read.env, logger: createLogger(read.env.LOG_LEVEL, read.env.DISCORD_TOKEN) };
}

/**
 * The index from DATA_DIR, with one warning per bad file and one line of counts: what both transports start with. A
 * data folder without an `articles/` folder is an operator's mistake no restart mends: one line, exit 1. An empty one
 * starts, with a warning, so articles can be dropped in while it runs.
 */
export async function startupIndex(env: Env, logger: Logger): Promise<CorpusIndex> {
  const articles = join(env.DATA_DIR, 'articles');
  if (!isFolder(articles))
    fail(`the data folder has no articles folder: ${articles} (set DATA_DIR to a folder with an articles/ folder)`);
  let index: CorpusIndex;
  try {
    const { reading, source, write } = await readFolderKeptInParallel(
      env.DATA_DIR,
      snapshotFile(env),
      [],
      env.READ_THREADS,
    );
    write();
    index = indexReading(reading);
    logSource(source, snapshotFile(env), logger);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  logIndex(index, logger, 'index built');
  if (index.articles.length === 0)
    logger.warn(
      { folder: articles },
      'no articles to answer from: every command will find nothing until some are added',
    );
  return index;
}

/**
 * Where the reading came from, when it says something: kept from before; not kept because the one there is damaged
 * (a warning) or out of date (and how many articles the change made read again, when what each gave was kept); read
 * on several threads; and a file that cannot be written (a read-only folder), so every start reads anew.
 */
export function logSource(source: ReadingSource, file: string | null, logger: Logger): void {
  if (source.from === 'snapshot') logger.info({ file }, 'reading kept from an earlier start');
  else if (source.because === 'damaged')
    logger.warn({ file, reason: source.detail }, 'the kept reading is damaged; the articles were read again');
  else if (source.because === 'stale' && source.detail === IN_MEMORY)
    logger.info({ reread: source.reread }, 'what changed since the last reading was read again');
  else if (source.because === 'stale' && source.reread !== undefined)
    logger.info({ file, reread: source.reread }, 'the kept reading is out of date; what changed was read again');
  else if (source.because === 'stale') logger.info({ file }, 'the kept reading is out of date; read anew and kept');
  if (source.from === 'articles' && source.threads)
    logger.info({ threads: source.threads }, 'articles read on several threads');
  if (source.from === 'articles' && source.notKept) logNotKept(file, source.notKept, logger);
}

function logNotKept(file: string | null, reason: string, logger: Logger): void {
  logger.info({ file, reason }, 'cannot keep the reading here: every start reads the articles');
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** One warning per bad file (or ignored people.json entry), then one line of counts. */
function logIndex(index: CorpusIndex, logger: Logger, message: string, more: Record<string, number> = {}): void {
  for (const problem of index.skipped)
    logger.warn({ file: problem.file, reason: problem.reason, detail: problem.detail }, 'data problem');
  logger.info(
    {
      articles: index.articles.length,
      skipped: index.skipped.length,
      events: index.events.length,
      quotes: index.quotes.length,
      figures: index.figures.length,
      readyMs: Math.round(performance.now()),
      ...more,
    },
    message,
  );
}

/**
 * A burst of file events (an editor saving, a copy of many files) is one rebuild: after a quarter of a second without
 * changes, or at the latest five seconds after the first, so a copy in progress is read once it is done and a stream
 * of files never waits for its end. An article added alone is read at once. What changes while a rebuild runs waits
 * for one more (see `oneAtATime`): on a large corpus a stream of files is read in a few rebuilds, not one per file.
 */
const SETTLE_MS = 250;
const MAX_WAIT_MS = 5_000;
/**
 * A rebuild's reading is kept in its file (for the next start) once the folder has been quiet this long: writing
 * 5,000 articles' reading takes about 2 s, which a rebuild asked for meanwhile would wait for. A process stopped before
 * then starts from the reading kept before, and reads again what changed since.
 */
const KEEP_AFTER_MS = 2_000;

export interface LiveIndex {
  current(): CorpusIndex;
  close(): void;
}

/**
 * Watches `articles/` and the data files beside it; after a change the whole index is rebuilt
 * on a reading thread (`rebuild.ts`) and swapped in at once, so an answer reads one index or the other, never a
 * mix. A rebuild that fails keeps the index in service; a bad file is skipped as at start-up. An
 * `articles/` folder replaced by another (moved away, a new one moved in) is watched anew.
 */
export function watchIndex(env: Env, logger: Logger, first: CorpusIndex): LiveIndex {
  let index = first;
  let timer: NodeJS.Timeout | undefined;
  let pendingSince: number | undefined;
  // One reading thread for every rebuild, holding what it read of each article (from the kept file until the first).
  const reader = new ReadingThread(KEEP_AFTER_MS);
  reader.warm(env.DATA_DIR, snapshotFile(env));
  const rebuilds = oneAtATime(async () => {
    const started = performance.now();
    const rebuilt = await reader.rebuild(env.DATA_DIR, index, snapshotFile(env), env.READ_THREADS);
    const { index: next, source, kept } = rebuilt;
    logSource(source, snapshotFile(env), logger);
    // The reading is kept once the new index is in service: a file that cannot be written is said when known.
    void kept.then((notKept) => notKept && logNotKept(snapshotFile(env), notKept, logger));
    index = next;
    logIndex(next, logger, 'index rebuilt', { rebuildMs: Math.round(performance.now() - started) });
  }, logger);
  const rebuild = () => {
    pendingSince = undefined;
    rebuilds.run(changed);
  };
  const changed = () => {
    const now = Date.now();
    pendingSince ??= now;
    clearTimeout(timer);
    timer = setTimeout(rebuild, Math.max(0, Math.min(SETTLE_MS, pendingSince + MAX_WAIT_MS - now)));
    timer.unref();
  };
  const articlesDir = join(env.DATA_DIR, 'articles');
  let articles: FSWatcher | undefined;
  const watchArticles = () => {
    articles?.close();
    articles = watchFolder(articlesDir, changed, logger);
  };
  const data = watchFolder(
    env.DATA_DIR,
    (_event, name) => {
      // The reading kept beside the articles, written by this process or another, is no change of the data; nor are
      // the servers' own articles (`servers.ts` looks at those).
      if (name?.startsWith(SNAPSHOT_NAME) || name === SERVERS_FOLDER) return;
      // The folder itself replaced: the old watch follows the old folder, so the new one is watched instead.
      if (name === 'articles') watchArticles();
      changed();
    },
    logger,
  );
  watchArticles();
  return {
    current: () => index,
    close() {
      rebuilds.close();
      reader.close();
      clearTimeout(timer);
      data?.close();
      articles?.close();
    },
  };
}

/**
 * Rebuilds one at a time: a change during a rebuild asks, when it ends, for another (through `again`, so it settles
 * like any change), since the running one may have read the folder before the change. A failed rebuild is logged
 * and the index in service stays.
 */
function oneAtATime(build: () => Promise<void>, logger: Logger) {
  let running = false;
  let waiting: (() => void) | undefined;
  let closed = false;
  return {
    run(again: () => void): void {
      if (closed) return;
      if (running) {
        waiting = again;
        return;
      }
      running = true;
      build()
        .catch((error: unknown) => {
          if (!closed) logger.error({ err: error }, 'could not rebuild the index; the one in service stays');
        })
        .finally(() => {
          running = false;
          const next = waiting;
          waiting = undefined;
          if (next && !closed) next();
        });
    },
    close(): void {
      closed = true;
    },
  };
}

function watchFolder(
  dir: string,
  onChange: (event: string, name: string | null) => void,
  logger: Logger,
): FSWatcher | undefined {
  try {
    const watcher = watch(dir, { persistent: false }, (event, name) => onChange(event, name));
    watcher.on('error', (error) => logger.warn({ err: error, dir }, 'stopped watching a data folder'));
    return watcher;
  } catch (error) {
    logger.warn({ err: error, dir }, 'cannot watch a data folder; changes need a restart');
    return undefined;
  }
}

/**
 * What both transports answer with besides the index: the watched data folder and the command
 * budget the operator set. `options` goes straight into `createBot` or `createInteractionServer`.
 */
export async function answerServices(env: Env, logger: Logger, index: CorpusIndex) {
  const live = watchIndex(env, logger, index);
  // Redis and its limiter are loaded only when a Redis is configured: loading them is a fifth of a start.
  const redis = env.REDIS_URL
    ? (await import('./redis.js')).sharedRedis(env.REDIS_URL, logger, env.REDIS_DEADLINE_MS)
    : undefined;
  const limiter = async (limit: Budget | null, prefix: string) =>
    redis && limit ? (await import('./redis-limiter.js')).redisLimiter(limit, redis, prefix) : commandLimiter(limit);
  const budget = await limiter(env.COMMAND_LIMIT, 'rivalen:commands');
  const additions = await limiter(env.ADD_LIMIT, 'rivalen:additions');
  logger.info(
    { budget: env.COMMAND_LIMIT ?? 'off', additions: env.ADD_LIMIT ?? 'off', kept: budget.kind },
    'command budget',
  );
  const servers = serverStories({
    dataDir: env.DATA_DIR,
    operator: live.current,
    logger,
    additions: additions.limiter,
    threads: env.READ_THREADS,
    fetching: testFetching(),
  });
  return {
    options: {
      index,
      live: live.current,
      cooldowns: budget.limiter,
      logger,
      servers,
      ...(redis ? { redis } : {}),
    },
    /** Lets go of the watcher and the Redis connection. */
    async close() {
      live.close();
      await redis?.close();
    },
  };
}
