import { EXIT_CONFIG, installProcessHandlers } from './process.js';
import { environment, fail, startupIndex } from './startup.js';

/** `npm start`: the gateway bot. */
const { env, logger } = environment(['DISCORD_TOKEN']);
const index = startupIndex(env, logger);

// discord.js is loaded only now: the index is ready a fifth of a second sooner, and a data error
// is reported before any connection is attempted.
const { createBot } = await import('./bot.js');
const bot = createBot({
  index,
  logger,
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
  // A wrong token or intents: stop with an error (and a code the shard manager does not respawn on).
  onFatalClose: (code, meaning) => {
    void bot.shutdown().finally(() => {
      logger.flush();
      console.error(`rivalen: Discord closed the gateway with code ${code}: ${meaning}`);
      process.exit(EXIT_CONFIG);
    });
  },
});
installProcessHandlers(logger, () => bot.shutdown());

bot.client.login(env.DISCORD_TOKEN).catch((error: unknown) => {
  logger.fatal({ err: error }, 'login failed');
  logger.flush();
  fail(`could not log in to Discord: ${error instanceof Error ? error.message : String(error)}`);
});
