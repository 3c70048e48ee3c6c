import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord-api-types/v10';
import { z } from 'zod';
import { parseOptions, type Choice, type Command } from '../src/command.js';
import { fold } from '../src/language/de/fold.js';
import { clip } from '../src/render/escape.js';
import { t } from '../src/render/i18n.js';
import { libraryReply } from '../src/render/library.js';
import { ephemeral } from '../src/render/reply.js';

/** Discord's limits on autocomplete: 25 choices, names of 100 characters. */
const CHOICES_MAX = 25;
const CHOICE_NAME_MAX = 100;
const URL_MAX = 2048;

const options = z.discriminatedUnion('subcommand', [
  z.object({
    subcommand: z.literal('add'),
    url: z.string().trim().min(1).max(URL_MAX).optional(),
    // The attachment's id; the file itself comes with the command (`ctx.files`).
    file: z.string().optional(),
  }),
  z.object({ subcommand: z.literal('remove'), article: z.string().trim().min(1).max(CHOICE_NAME_MAX) }),
]);

/**
 * A server's moderators change which articles the server follows: `/source add` reads a page (an address or a file)
 * into this server's story; `/source remove` takes out one it added. Its own command, not part of `/sources`: Discord
 * grants a command to members as a whole (`default_member_permissions`), and the list in `/sources` is for everyone.
 */
export const sourceCommand = {
  data: {
    name: 'source',
    description: "Moderators: add an article to this server's story, or remove one it added",
    description_localizations: {
      de: 'Moderation: einen Artikel zur Geschichte dieses Servers hinzufügen oder ihn wieder entfernen',
    },
    default_member_permissions: String(PermissionFlagsBits.ManageGuild),
    contexts: [InteractionContextType.Guild],
    options: [
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'add',
        description: 'Add an article from its web address or from a file',
        description_localizations: { de: 'Einen Artikel über seine Webadresse oder aus einer Datei hinzufügen' },
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'url',
            description: "The article's web address (http or https)",
            description_localizations: { de: 'Die Webadresse des Artikels (http oder https)' },
            max_length: URL_MAX,
          },
          {
            type: ApplicationCommandOptionType.Attachment,
            name: 'file',
            description: 'The article as a saved page (.html, .htm) or as text (.md, .txt)',
            description_localizations: { de: 'Der Artikel als gespeicherte Seite (.html, .htm) oder Text (.md, .txt)' },
          },
        ],
      },
      {
        type: ApplicationCommandOptionType.Subcommand,
        name: 'remove',
        description: 'Remove an article this server added',
        description_localizations: { de: 'Einen Artikel entfernen, den dieser Server hinzugefügt hat' },
        options: [
          {
            type: ApplicationCommandOptionType.String,
            name: 'article',
            description: 'Which article: start typing its title',
            description_localizations: { de: 'Welcher Artikel: Titel eintippen' },
            required: true,
            max_length: CHOICE_NAME_MAX,
            autocomplete: true,
          },
        ],
      },
    ],
  },
  pageOptions: [],
  async act(raw, ctx) {
    const m = t(ctx.lang);
    const server = ctx.server;
    if (!server?.library) return ephemeral(m.onlyInServer);
    // Discord shows the command only to members who may manage the server; a server may grant it to others in its
    // settings, and a request may be forged: asked again here, on every call.
    if (!server.mayManage) return ephemeral(m.onlyManagers);
    const o = parseOptions(options, raw);
    if (o.subcommand === 'remove') return libraryReply(await server.library.remove(o.article), ctx.lang, 'remove');
    const file = o.file === undefined ? undefined : ctx.files?.['file'];
    if ((o.url === undefined) === (file === undefined)) return ephemeral(m.addWhat);
    const outcome = await server.library.add(file ? { file } : { url: o.url! });
    return libraryReply(outcome, ctx.lang, 'add');
  },
  autocomplete(focused, ctx): Choice[] {
    if (focused.name !== 'article' || !ctx.server?.mayManage) return [];
    const typed = fold(focused.value.trim());
    return ctx.server.own
      .filter((a) => fold(`${a.title} ${a.outlet ?? ''} ${a.id}`).includes(typed))
      .slice(0, CHOICES_MAX)
      .map((a) => ({
        name: clip([a.title, a.outlet, a.published?.slice(0, 10)].filter(Boolean).join(' · '), CHOICE_NAME_MAX),
        value: a.id,
      }));
  },
} satisfies Command;
