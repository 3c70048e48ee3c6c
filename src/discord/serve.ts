import { createInteractionServer } from './http.js';
import { SAME_REQUEST_MS, STOP_SIGNALS } from './process.js';
import { publicKeyFromHex } from './signature.js';
import { commandLimiter } from './limiter.js';
import { environment, startupIndex, watchIndex } from './startup.js';

/** `npm run serve`: the HTTP interactions endpoint, for an Interactions Endpoint URL set in the Developer Portal. */
const { env, logger } = environment(['DISCORD_PUBLIC_KEY']);
const index = startupIndex(env, logger);

const live = watchIndex(env, logger, index);
const budget = commandLimiter(env.COMMAND_LIMIT, env.REDIS_URL, logger);
logger.info({ budget: env.COMMAND_LIMIT ?? 'off', kept: budget.kind }, 'command budget');
const server = createInteractionServer({
  index,
  live: live.current,
  cooldowns: budget.limiter,
  logger,
  publicKey: publicKeyFromHex(env.DISCORD_PUBLIC_KEY),
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
});
server.listen(env.PORT, () => {
  const address = server.address();
  logger.info(
    { port: typeof address === 'object' && address ? address.port : env.PORT },
    'listening for interactions at POST /interactions',
  );
});

let stopping = false;
let firstAt = 0;
const stop = (signal: string) => {
  // A group signal arrives twice under npm (see SAME_REQUEST_MS); a later second one means now.
  if (stopping && performance.now() - firstAt < SAME_REQUEST_MS) return;
  if (stopping) process.exit(1);
  stopping = true;
  firstAt = performance.now();
  logger.info({ signal }, 'shutting down');
  // Requests in progress finish; new connections are refused.
  server.close(() => {
    live.close();
    void budget.close().finally(() => process.exit(0));
  });
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 3_000).unref();
};
for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));
