import { config } from 'dotenv';
import { loadIndex } from '../app.js';
import { readEnv } from './env.js';
import { createLogger } from './logger.js';
import { installProcessHandlers } from './process.js';

config({ quiet: true });

const read = readEnv(process.env);
if ('error' in read) {
  console.error(`rivalen: ${read.error}`);
  process.exit(1);
}
const { env } = read;
const logger = createLogger(env.LOG_LEVEL, env.DISCORD_TOKEN);

let index;
try {
  index = loadIndex(env.DATA_DIR);
} catch (error) {
  console.error(`rivalen: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
// One warning per bad file (or ignored people.json entry); the bot runs with everything else.
for (const problem of index.skipped) logger.warn({ file: problem.file, reason: problem.reason }, 'data problem');
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

// discord.js is loaded only now: the index is ready a fifth of a second sooner, and a data error
// is reported before any connection is attempted.
const { createBot } = await import('./bot.js');
const bot = createBot({ index, logger, ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}) });

installProcessHandlers(logger, () => bot.shutdown());

bot.client.login(env.DISCORD_TOKEN).catch((error: unknown) => {
  logger.fatal({ err: error }, 'login failed');
  process.exit(1);
});
