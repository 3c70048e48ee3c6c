import { config } from 'dotenv';
import { readEnv } from './env.js';
import { registerCommands } from './registration.js';

config({ quiet: true });

const read = readEnv(process.env);
if ('error' in read) {
  console.error(`rivalen deploy: ${read.error}`);
  process.exit(1);
}
const { env } = read;
if (!env.DISCORD_APPLICATION_ID) {
  console.error('rivalen deploy: DISCORD_APPLICATION_ID is not set: expected the Application ID from the Developer Portal. See .env.example.');
  process.exit(1);
}
try {
  const count = await registerCommands({
    token: env.DISCORD_TOKEN,
    applicationId: env.DISCORD_APPLICATION_ID,
    ...(env.DISCORD_GUILD_ID ? { guildId: env.DISCORD_GUILD_ID } : {}),
    ...(env.DISCORD_API_URL ? { apiUrl: env.DISCORD_API_URL } : {}),
  });
  console.log(`Registered ${count} command(s) ${env.DISCORD_GUILD_ID ? `in guild ${env.DISCORD_GUILD_ID}` : 'globally (may take up to an hour to appear)'}.`);
} catch (error) {
  console.error(`rivalen deploy: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
