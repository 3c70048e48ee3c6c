import { SlashCommandBuilder } from 'discord.js';
import type { Command } from '../src/command.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { skippedHeader, sourceItem } from '../src/render/sources.js';

export const sourcesCommand = {
  data: new SlashCommandBuilder()
    .setName('sources')
    .setDescription('Every article the bot knows: title, outlet, date and what it yields')
    .setDescriptionLocalizations({ de: 'Alle Artikel des Bots: Titel, Medium, Datum und was sie hergeben' })
    .toJSON(),
  pageOptions: [],
  run(_raw, ctx, page) {
    const m = t(ctx.lang);
    const { articles, stats, skipped } = ctx.index;
    return pagedReply({
      title: `${m.sourcesTitle} (${articles.length})`,
      header: skippedHeader(skipped, ctx.lang),
      items: articles.map((a) => sourceItem(a, stats.get(a.id), ctx.lang)),
      empty: '—',
      perPage: 10,
      page,
      lang: ctx.lang,
      state: { command: 'sources', user: ctx.userId, values: [] },
    });
  },
} satisfies Command;
