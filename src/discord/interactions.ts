import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, Interaction } from 'discord.js';
import type { OptionValues } from '../command.js';
import type { Incoming, Outgoing } from '../dispatch.js';

/** A discord.js interaction as the transport-neutral `Incoming`, or null for kinds the bot does not handle. */
export function toIncoming(interaction: Interaction): Incoming | null {
  const base = { locale: interaction.locale, userId: interaction.user.id };
  if (interaction.isChatInputCommand()) return { kind: 'command', name: interaction.commandName, options: optionsOf(interaction), ...base };
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { kind: 'autocomplete', name: interaction.commandName, focused: { name: focused.name, value: String(focused.value) }, ...base };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, ...base };
  return null;
}

function optionsOf(interaction: ChatInputCommandInteraction): OptionValues {
  const options: OptionValues = {};
  for (const o of interaction.options.data) {
    if (o.value !== undefined) options[o.name] = o.value;
  }
  return options;
}

/** Sends `out` as the interaction's answer: reply, message update or autocomplete choices. */
export async function deliver(interaction: Interaction, out: Outgoing): Promise<void> {
  if (out.kind === 'choices') {
    if (interaction.isAutocomplete()) await (interaction as AutocompleteInteraction).respond(out.choices);
    return;
  }
  if (!interaction.isRepliable()) return;
  const { embeds, components, flags, allowedMentions } = out.reply;
  if (out.kind === 'update' && interaction.isButton()) {
    await (interaction as ButtonInteraction).update({ embeds, components, allowedMentions });
    return;
  }
  const payload = { embeds, components, allowedMentions, ...(flags ? { flags } : {}) };
  if (interaction.deferred || interaction.replied) await interaction.followUp(payload);
  else await interaction.reply(payload);
}
