import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { parseOptions, type Command } from '../src/command.js';
import { quoteEntries, rankPeople, resolvePerson } from '../src/index/queries.js';
import { clip, escapeText } from '../src/render/escape.js';
import { LIMITS } from '../src/render/limits.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { quoteItem } from '../src/render/quotes.js';
import { COLOURS, reply } from '../src/render/reply.js';

const PERSON_MAX = 25;
const ABOUT_MAX = 40;
const SUGGESTIONS = 3;

const options = z.object({
  person: z.string().trim().min(1).max(PERSON_MAX),
  about: z.string().trim().max(ABOUT_MAX).optional(),
});

export const quoteCommand = {
  data: {
    name: 'quote',
    description: 'What someone said: direct quotations from the articles, with sources',
    description_localizations: { de: 'Was jemand gesagt hat: direkte Zitate aus den Artikeln, mit Quellen' },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'person',
        description: 'Who said it: a name, surname or role; suggestions come from the articles',
        description_localizations: {
          de: 'Wer es gesagt hat: Name, Nachname oder Funktion; Vorschläge aus den Artikeln',
        },
        required: true,
        max_length: PERSON_MAX,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'about',
        name_localizations: { de: 'worüber' },
        description: 'Only quotations about this',
        description_localizations: { de: 'Nur Zitate zu diesem Thema' },
        max_length: ABOUT_MAX,
      },
    ],
  },
  pageOptions: ['person', 'about'],
  run(raw, ctx, page) {
    const { person: query, about } = parseOptions(options, raw);
    const m = t(ctx.lang);
    const person = resolvePerson(ctx.index, query);
    if (!person) {
      // Nobody by that name: say so, and offer the people who are quoted most, so the next try works.
      const quoted = new Map<string, number>();
      for (const q of ctx.index.quotes)
        if (q.speaker?.id) quoted.set(q.speaker.id, (quoted.get(q.speaker.id) ?? 0) + 1);
      const closest = ctx.index.people
        .filter((p) => quoted.has(p.id))
        .sort((a, b) => quoted.get(b.id)! - quoted.get(a.id)!)
        .slice(0, SUGGESTIONS);
      const names = closest.map((p) => `**${escapeText(p.name)}**`).join(', ');
      return reply([
        {
          title: clip(m.quotesTitle(escapeText(query)), LIMITS.title),
          description: `${m.unknownPerson(escapeText(query))}\n${m.closestPeople}: ${names}`,
          color: COLOURS.no_evidence,
        },
      ]);
    }
    const quotes = quoteEntries(ctx.index, person, about);
    return pagedReply({
      title: m.quotesTitle(escapeText(person.name)) + (about ? ` · ${escapeText(about)}` : ''),
      total: quotes.length,
      item: (i, max) => quoteItem(quotes[i]!, ctx.index.articleById, ctx.lang, max),
      empty: m.quotesNone(escapeText(person.name)),
      perPage: 5,
      page,
      lang: ctx.lang,
      state: { command: 'quote', user: ctx.userId, values: [query, about ?? ''] },
    });
  },
  autocomplete(focused, ctx) {
    return rankPeople(ctx.index, focused.value).map(({ person }) => ({ name: person.name, value: person.name }));
  },
} satisfies Command;
