import { config } from 'dotenv';
import { loadIndex } from '../app.js';
import { readEnv } from './env.js';
import { createInteractionServer } from './http.js';
import { createLogger } from './logger.js';
import { publicKeyFromHex } from './signature.js';

/** `npm run serve`: the HTTP interactions endpoint, for an Interactions Endpoint URL set in the Developer Portal. */
config({ quiet: true });

const read = readEnv(process.env, ['DISCORD_PUBLIC_KEY']);
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
for (const problem of index.skipped) logger.warn({ file: problem.file, reason: problem.reason }, 'data problem');
logger.info({ articles: index.articles.length, skipped: index.skipped.length, events: index.events.length, quotes: index.quotes.length, figures: index.figures.length }, 'index built');

const server = createInteractionServer({ index, logger, publicKey: publicKeyFromHex(env.DISCORD_PUBLIC_KEY), ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}) });
server.listen(env.PORT, () => {
  const address = server.address();
  logger.info({ port: typeof address === 'object' && address ? address.port : env.PORT }, 'listening for interactions at POST /interactions');
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Requests in progress finish; new connections are refused.
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3_000).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
