import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { parseOptions, type Command } from '../src/command.js';
import { quoteEntries, rankPeople, sourceEntries, sourceNames, sourceWords } from '../src/index/queries.js';
import { fold } from '../src/language/de/fold.js';
import { clip, escapeText } from '../src/render/escape.js';
import { LIMITS } from '../src/render/limits.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { quoteItem } from '../src/render/quotes.js';
import { COLOURS, reply } from '../src/render/reply.js';

const PERSON_MAX = 25;
const ABOUT_MAX = 40;
const SUGGESTIONS = 3;
/** Discord's limits on autocomplete: 25 choices, names of 100 characters. */
const CHOICES_MAX = 25;
const CHOICE_NAME_MAX = 100;

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
    const [best] = rankPeople(ctx.index, query, 1);
    // A word no person's name opens (`betriebsrat`, `seebank`) may name a source the articles quote without a name.
    const sources = best && best.rank < 2 ? [] : sourceEntries(ctx.index, query, about);
    const state = { command: 'quote', user: ctx.userId, values: [query, about ?? ''] };
    if (sources.length > 0)
      return pagedReply({
        title: m.sourceQuotesTitle(escapeText(query)) + (about ? ` · ${escapeText(about)}` : ''),
        total: sources.length,
        item: (i, max) => quoteItem(sources[i]!, ctx.index.articleById, ctx.lang, max),
        empty: m.quotesNone(escapeText(query)),
        perPage: 5,
        page,
        lang: ctx.lang,
        state,
      });
    const person = best?.person ?? null;
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
          // With no one quoted, there is no one to offer.
          description: m.unknownPerson(escapeText(query)) + (names ? `\n${m.closestPeople}: ${names}` : ''),
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
      state,
    });
  },
  autocomplete(focused, ctx) {
    const people = rankPeople(ctx.index, focused.value).map(({ person }) => ({
      name: clip(person.name, CHOICE_NAME_MAX),
      value: clip(person.name, PERSON_MAX),
    }));
    // After the people, the sources quoted without a name whose words the typed text opens, by their last word.
    const typed = fold(focused.value.trim());
    const taken = new Set(people.map((p) => p.value));
    const unnamed = t(ctx.lang).unnamedSource;
    const sources: { name: string; value: string }[] = [];
    for (const { name, word } of sourceNames(ctx.index)) {
      const value = word.slice(0, PERSON_MAX);
      if (taken.has(value) || (typed !== '' && !sourceWords(name).some((w) => w.startsWith(typed)))) continue;
      taken.add(value);
      sources.push({ name: clip(`${name} (${unnamed})`, CHOICE_NAME_MAX), value });
    }
    return [...people, ...sources].slice(0, CHOICES_MAX);
  },
} satisfies Command;
