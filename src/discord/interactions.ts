import {
  MessageFlags,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from 'discord.js';
import type { Incoming } from '../dispatch.js';
import type { Reply } from '../render/reply.js';
import { PICTURE_NAME, withPictureEmbed, type Responder } from './answer.js';
import { commandOptions, mayManage } from './options.js';

/** A discord.js interaction as the transport-neutral `Incoming`, or null for kinds the bot does not handle. */
export function toIncoming(interaction: Interaction): Incoming | null {
  const base = { locale: interaction.locale, userId: interaction.user.id, guildId: interaction.guildId };
  const manage = { mayManage: mayManage(interaction.memberPermissions?.bitfield.toString()) };
  if (interaction.isChatInputCommand()) {
    const { options, files } = commandOptions(interaction.options.data, (id) => {
      const a = interaction.options.resolved?.attachments?.get(id);
      return a ? { url: a.url, name: a.name, size: a.size } : undefined;
    });
    return { kind: 'command', name: interaction.commandName, options, files, ...base, ...manage };
  }
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: 'autocomplete',
      name: interaction.commandName,
      focused: { name: focused.name, value: String(focused.value) },
      ...base,
      ...manage,
    };
  }
  if (interaction.isButton()) return { kind: 'button', customId: interaction.customId, ...base };
  return null;
}

function messageOf(reply: Reply): InteractionReplyOptions & InteractionUpdateOptions {
  const { embeds, components, allowedMentions } = reply;
  return { embeds, components, allowedMentions };
}

/** Answers through discord.js: the interaction callback, then its webhook for edits. */
export function gatewayResponder(interaction: Interaction): Responder {
  return {
    async respond(out) {
      if (out.kind === 'choices') {
        if (interaction.isAutocomplete()) await interaction.respond(out.choices);
        return;
      }
      if (out.kind === 'update' && interaction.isButton()) await interaction.update(messageOf(out.reply));
      else if (interaction.isRepliable())
        await interaction.reply({ ...messageOf(out.reply), ...(out.reply.flags ? { flags: out.reply.flags } : {}) });
    },
    async defer(kind) {
      if (kind === 'update' && interaction.isButton()) await interaction.deferUpdate();
      else if (interaction.isRepliable()) await interaction.deferReply();
    },
    async editOriginal(reply) {
      if (interaction.isRepliable()) await interaction.editReply(messageOf(reply));
    },
    async replaceWithEphemeral(reply) {
      if (!interaction.isRepliable()) return;
      // A deferred reply is public: it goes, and the note follows privately.
      await interaction.deleteReply().catch(() => undefined);
      await interaction.followUp({ ...messageOf(reply), flags: MessageFlags.Ephemeral });
    },
    async attachPicture(reply, png) {
      if (!interaction.isRepliable()) return;
      const shown = withPictureEmbed(reply);
      await interaction.editReply({ ...messageOf(shown), files: [{ attachment: png, name: PICTURE_NAME }] });
    },
    async followUpEphemeral(reply) {
      if (interaction.isRepliable()) await interaction.followUp({ ...messageOf(reply), flags: MessageFlags.Ephemeral });
    },
  };
}
