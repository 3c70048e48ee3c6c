import { Client, Events, GatewayIntentBits } from 'discord.js';

/**
 * The baseline for `npm run bench`: a discord.js bot that answers every interaction with "pong" and does nothing else.
 */
const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  ...(process.env.DISCORD_API_URL ? { rest: { api: process.env.DISCORD_API_URL } } : {}),
});
client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isRepliable()) void interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
});
process.on('SIGTERM', () => void client.destroy().finally(() => process.exit(0)));
await client.login(process.env.DISCORD_TOKEN);
