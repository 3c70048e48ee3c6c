import { EXIT_CONFIG, installProcessHandlers } from './process.js';
import { environment, fail, startupIndex, answerServices } from './startup.js';

/** `npm start`: the gateway bot. */
const { env, logger } = environment(['DISCORD_TOKEN']);
const index = await startupIndex(env, logger);

// discord.js is loaded only now: the index is ready a fifth of a second sooner, and a data error
// is reported before any connection is attempted.
const { createBot } = await import('./bot.js');
const services = await answerServices(env, logger, index);
const bot = createBot({
  ...services.options,
  ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
  // A wrong token or intents: stop with an error (and a code the shard manager does not respawn on).
  onFatalClose: (code, meaning) => {
    void stopAll().finally(() => {
      logger.flush();
      console.error(`rivalen: Discord closed the gateway with code ${code}: ${meaning}`);
      process.exit(EXIT_CONFIG);
    });
  },
});
/** The bot, then what it used: the watcher and the budget's Redis connection. */
async function stopAll(): Promise<void> {
  await bot.shutdown();
  await services.close();
}
installProcessHandlers(logger, stopAll);

bot.client.login(env.DISCORD_TOKEN).catch((error: unknown) => {
  logger.fatal({ err: error }, 'login failed');
  logger.flush();
  fail(`could not log in to Discord: ${error instanceof Error ? error.message : String(error)}`);
});
