import { createInteractionServer } from './http.js';
import { STOP_SIGNALS } from './process.js';
import { publicKeyFromHex } from './signature.js';
import { environment, startupIndex } from './startup.js';

/** `npm run serve`: the HTTP interactions endpoint, for an Interactions Endpoint URL set in the Developer Portal. */
const { env, logger } = environment(['DISCORD_PUBLIC_KEY']);
const index = startupIndex(env, logger);

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
for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));
