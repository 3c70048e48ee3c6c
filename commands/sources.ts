import type { Command } from '../src/command.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { skippedHeader, sourceItem } from '../src/render/sources.js';

export const sourcesCommand = {
  data: {
    name: 'sources',
    description: 'Every article the bot knows: title, outlet, date and what it yields',
    description_localizations: { de: 'Alle Artikel des Bots: Titel, Medium, Datum und was sie hergeben' },
  },
  pageOptions: [],
  run(_raw, ctx, page) {
    const m = t(ctx.lang);
    const { articles, stats, skipped } = ctx.index;
    const own = new Set(ctx.server?.own.map((a) => a.id));
    return pagedReply({
      title: `${m.sourcesTitle} (${articles.length})`,
      header:
        [
          ctx.index.builtAt ? m.indexBuilt(Math.floor(ctx.index.builtAt.getTime() / 1000)) : null,
          skippedHeader(skipped, ctx.lang),
        ]
          .filter(Boolean)
          .join('\n') || undefined,
      total: articles.length,
      item: (i) => sourceItem(articles[i]!, stats.get(articles[i]!.id), ctx.lang, own.has(articles[i]!.id)),
      empty: '—',
      perPage: 10,
      page,
      lang: ctx.lang,
      state: { command: 'sources', user: ctx.userId, values: [] },
    });
  },
} satisfies Command;
