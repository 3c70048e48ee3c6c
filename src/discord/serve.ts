import { createInteractionServer } from './http.js';
import { installProcessHandlers } from './process.js';
import { publicKeyFromHex } from './signature.js';
import { environment, fail, startupIndex, answerServices } from './startup.js';

/** `npm run serve`: the HTTP interactions endpoint, for an Interactions Endpoint URL set in the Developer Portal. */
const { env, logger } = environment(['DISCORD_PUBLIC_KEY']);
const index = await startupIndex(env, logger);

const services = await answerServices(env, logger, index);
const server = createInteractionServer({
  ...services.options,
  publicKey: publicKeyFromHex(env.DISCORD_PUBLIC_KEY),
  ...(env.CONNECTIONS_PER_ADDRESS ? { maxConnectionsPerAddress: env.CONNECTIONS_PER_ADDRESS } : {}),
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
});
// A port that cannot be had (in use, or privileged) is a failure a supervisor should see: one line, exit 1.
const refused = (error: NodeJS.ErrnoException) =>
  fail(`cannot listen on port ${env.PORT}: ${error.code === 'EADDRINUSE' ? 'it is in use' : error.message}`);
server.once('error', refused);
server.listen(env.PORT, () => {
  server.off('error', refused);
  server.on('error', (error) => logger.error({ err: error }, 'server error'));
  const address = server.address();
  // `readyMs`: from the process's start to answering, what a restart costs.
  logger.info(
    { port: typeof address === 'object' && address ? address.port : env.PORT, readyMs: Math.round(performance.now()) },
    'listening for interactions at POST /interactions',
  );
});

/** Requests in progress finish (up to 3 s); new connections are refused; then what the endpoint used is let go. */
installProcessHandlers(logger, async () => {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 3_000).unref())]);
  await services.close();
});
