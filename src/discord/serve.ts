import { createInteractionServer } from './http.js';
import { installProcessHandlers } from './process.js';
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
  ...(env.CONNECTIONS_PER_ADDRESS ? { maxConnectionsPerAddress: env.CONNECTIONS_PER_ADDRESS } : {}),
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
});
server.listen(env.PORT, () => {
  const address = server.address();
  logger.info(
    { port: typeof address === 'object' && address ? address.port : env.PORT },
    'listening for interactions at POST /interactions',
  );
});

/** Requests in progress finish (up to 3 s); new connections are refused; then what the endpoint used is let go. */
installProcessHandlers(logger, async () => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  live.close();
  await budget.close();
});
