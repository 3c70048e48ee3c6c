import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { commands } from '../../commands/index.js';

/** The JSON Discord receives for `PUT …/commands`: one entry per slash command. */
export function commandPayloads() {
  return commands.map((c) => c.data);
}

/** Registers every command: in one guild (instant, for testing) when `guildId` is set, else globally. */
export async function registerCommands(options: {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}): Promise<number> {
  const rest = new REST(options.apiUrl ? { api: options.apiUrl } : {}).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const result = (await rest.put(route, { body: commandPayloads() })) as unknown[];
  return result.length;
}
