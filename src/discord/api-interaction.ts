import {
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
} from 'discord-api-types/v10';
import type { OptionValues } from '../command.js';
import type { Incoming } from '../dispatch.js';

/** An interaction as Discord's API sends it (the HTTP endpoint's body), as the transport-neutral `Incoming`. */
export function fromApiInteraction(interaction: APIInteraction): Incoming | null {
  if (interaction.type === InteractionType.Ping) return null;
  const userId = interaction.member?.user.id ?? interaction.user?.id;
  if (!userId) return null;
  const base = { locale: interaction.locale ?? null, userId };
  switch (interaction.type) {
    case InteractionType.ApplicationCommand: {
      const options: OptionValues = {};
      for (const o of ('options' in interaction.data
        ? (interaction.data.options ?? [])
        : []) as APIApplicationCommandInteractionDataOption[]) {
        if ('value' in o && o.value !== undefined) options[o.name] = o.value;
      }
      return { kind: 'command', name: interaction.data.name, options, ...base };
    }
    case InteractionType.ApplicationCommandAutocomplete: {
      const focused = (interaction.data.options ?? []).find((o) => 'focused' in o && o.focused) as
        { name: string; value: unknown } | undefined;
      if (!focused) return null;
      return {
        kind: 'autocomplete',
        name: interaction.data.name,
        focused: { name: focused.name, value: String(focused.value) },
        ...base,
      };
    }
    case InteractionType.MessageComponent:
      return { kind: 'button', customId: interaction.data.custom_id, ...base };
    default:
      return null;
  }
}
