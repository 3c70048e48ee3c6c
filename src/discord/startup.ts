import { config } from 'dotenv';
import type { Logger } from 'pino';
import { loadIndex } from '../app.js';
import type { CorpusIndex } from '../index/build.js';
import { readEnv, type Env, type EnvName } from './env.js';
import { createLogger } from './logger.js';

/** Stops an entry point with one readable line: an operator's mistake needs no stack trace. */
export function fail(message: string): never {
  console.error(`rivalen: ${message}`);
  process.exit(1);
}

/** `.env` and the environment, validated for what this entry point needs, and the logger. */
export function environment<R extends EnvName>(required: readonly R[]): { env: Env & { [K in R]-?: NonNullable<Env[K]> }; logger: Logger } {
  config({ quiet: true });
  const read = readEnv(process.env, required);
  if ('error' in read) fail(read.error);
  return { env: read.env, logger: createLogger(read.env.LOG_LEVEL, read.env.DISCORD_TOKEN) };
}

/** The index from DATA_DIR, with one warning per bad file and one line of counts: what both transports start with. */
export function startupIndex(env: Env, logger: Logger): CorpusIndex {
  let index: CorpusIndex;
  try {
    index = loadIndex(env.DATA_DIR);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  // One warning per bad file (or ignored people.json entry); the bot runs with everything else.
  for (const problem of index.skipped) logger.warn({ file: problem.file, reason: problem.reason, detail: problem.detail }, 'data problem');
  logger.info(
    {
      articles: index.articles.length,
      skipped: index.skipped.length,
      events: index.events.length,
      quotes: index.quotes.length,
      figures: index.figures.length,
      readyMs: Math.round(performance.now()),
    },
    'index built',
  );
  return index;
}
