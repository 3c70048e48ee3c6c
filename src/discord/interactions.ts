import type { Interaction, InteractionReplyOptions, InteractionUpdateOptions } from 'discord.js';
import type { OptionValues } from '../command.js';
import type { Incoming, Outgoing } from '../dispatch.js';
import type { Reply } from '../render/reply.js';

/** A discord.js interaction as the transport-neutral `Incoming`, or null for kinds the bot does not handle. */
export function toIncoming(interaction: Interaction): Incoming | null {
  const base = { locale: interaction.locale, userId: interaction.user.id };
  if (interaction.isChatInputCommand()) {
    const options: OptionValues = {};
    for (const o of interaction.options.data) if (o.value !== undefined) options[o.name] = o.value;
    return { kind: 'command', name: interaction.commandName, options, ...base };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return { kind: 'autocomplete', name: interaction.commandName, focused: { name: focused.name, value: String(focused.value) }, ...base };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, ...base };
  return null;
}

function messageOf(reply: Reply): InteractionReplyOptions & InteractionUpdateOptions {
  const { embeds, components, allowedMentions } = reply;
  return { embeds, components, allowedMentions };
}

/** Sends `out` as the interaction's answer: reply, message update, deferred edit or autocomplete choices. */
export async function deliver(interaction: Interaction, out: Outgoing): Promise<void> {
  if (out.kind === 'choices') {
    if (interaction.isAutocomplete()) await interaction.respond(out.choices);
    return;
  }
  if (!interaction.isRepliable()) return;
  const message = messageOf(out.reply);
  if (interaction.deferred) {
    // The token is ours for 15 minutes after a deferral; the answer replaces the "thinking…" message.
    await interaction.editReply(message);
    return;
  }
  if (out.kind === 'update' && interaction.isButton()) {
    await interaction.update(message);
    return;
  }
  await interaction.reply({ ...message, ...(out.reply.flags ? { flags: out.reply.flags } : {}) });
}
