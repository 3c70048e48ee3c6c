import {
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIAttachment,
  type APIInteraction,
} from 'discord-api-types/v10';
import type { Incoming } from '../dispatch.js';
import { commandOptions, focusedOption, mayManage, type RawOption } from './options.js';

/** An interaction as Discord's API sends it (the HTTP endpoint's body), as the transport-neutral `Incoming`. */
export function fromApiInteraction(interaction: APIInteraction): Incoming | null {
  if (interaction.type === InteractionType.Ping) return null;
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  if (!userId) return null;
  const base = { locale: interaction.locale ?? null, userId, guildId: interaction.guild_id ?? null };
  const manage = { mayManage: mayManage(interaction.member?.permissions) };
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const data = interaction.data;
      const raw = ('options' in data ? (data.options ?? []) : []) as APIApplicationCommandInteractionDataOption[];
      const attachments = ('resolved' in data ? data.resolved : undefined) as
        { attachments?: Record<string, APIAttachment> } | undefined;
      const { options, files } = commandOptions(raw as RawOption[], (id) => {
        const a = attachments?.attachments?.[id];
        return a ? { url: a.url, name: a.filename, size: a.size } : undefined;
      });
      return { kind: 'command', name: data.name, options, files, ...base, ...manage };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = focusedOption((interaction.data.options ?? []) as RawOption[]);
      if (!focused) return null;
      return { kind: 'autocomplete', name: interaction.data.name, focused, ...base, ...manage };
    }
    case InteractionType.MessageComponent:
      return { kind: 'button', customId: interaction.data.custom_id, ...base };
    default:
      return null;
  }
}
