import { registerCommands } from './registration.js';
import { environment, fail } from './startup.js';

/** `npm run deploy`: registers the slash commands, in one server when DISCORD_GUILD_ID is set, else globally. */
const { env } = environment(['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']);
try {
  const count = await registerCommands({
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
  });
  console.log(
    `Registered ${count} command(s) ` +
      `${env.DISCORD_GUILD_ID ? `in guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`,
  );
} catch (error) {
  fail(`deploy failed: ${error instanceof Error ? error.message : String(error)}`);
}
