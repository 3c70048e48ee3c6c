import { SlashCommandBuilder } from 'discord.js';
import { z } from 'zod';
import { parseOptions, type Command } from '../src/command.js';
import { rankLabels } from '../src/index/rank.js';
import { rankPeople, timeline } from '../src/index/queries.js';
import { t } from '../src/render/i18n.js';
import { pagedReply } from '../src/render/page.js';
import { timelineItem } from '../src/render/timeline.js';

// Short enough that every option fits into a page button's 100-character custom id.
const TOPIC_MAX = 30;
const PERSON_MAX = 25;
const YEAR = { min: 1900, max: 2100 };

const options = z
  .object({
    topic: z.string().trim().max(TOPIC_MAX).optional(),
    person: z.string().trim().max(PERSON_MAX).optional(),
    from: z.coerce.number().int().min(YEAR.min).max(YEAR.max).optional(),
    to: z.coerce.number().int().min(YEAR.min).max(YEAR.max).optional(),
  })
  .refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, { path: ['from'], message: '"from" must not be after "to"' });

export const timelineCommand = {
  data: new SlashCommandBuilder()
    .setName('timeline')
    .setDescription('What happened when: events from the articles in date order, with sources')
    .setDescriptionLocalizations({ de: 'Was wann geschah: Ereignisse aus den Artikeln in zeitlicher Reihenfolge, mit Quellen' })
    .addStringOption((o) =>
      o
        .setName('topic')
        .setNameLocalizations({ de: 'thema' })
        .setDescription('Only events about this (e.g. Twitter, Stargate)')
        .setDescriptionLocalizations({ de: 'Nur Ereignisse zu diesem Thema (z. B. Twitter, Stargate)' })
        .setMaxLength(TOPIC_MAX)
        .setAutocomplete(true),
    )
    .addStringOption((o) =>
      o
        .setName('person')
        .setDescription('Only events involving this person')
        .setDescriptionLocalizations({ de: 'Nur Ereignisse mit dieser Person' })
        .setMaxLength(PERSON_MAX)
        .setAutocomplete(true),
    )
    .addIntegerOption((o) =>
      o.setName('from').setNameLocalizations({ de: 'von' }).setDescription('From this year').setDescriptionLocalizations({ de: 'Ab diesem Jahr' }).setMinValue(YEAR.min).setMaxValue(YEAR.max),
    )
    .addIntegerOption((o) =>
      o.setName('to').setNameLocalizations({ de: 'bis' }).setDescription('Up to this year').setDescriptionLocalizations({ de: 'Bis zu diesem Jahr' }).setMinValue(YEAR.min).setMaxValue(YEAR.max),
    )
    .toJSON(),
  pageOptions: ['topic', 'person', 'from', 'to'],
  run(raw, ctx, page) {
    const query = parseOptions(options, raw);
    const m = t(ctx.lang);
    const events = timeline(ctx.index, query);
    const filters = [
      query.topic ? `${query.topic}` : null,
      query.person ? `${query.person}` : null,
      query.from !== undefined || query.to !== undefined ? `${query.from ?? '…'}–${query.to ?? '…'}` : null,
    ].filter((f): f is string => f !== null);
    return pagedReply({
      title: filters.length > 0 ? `${m.timelineTitle}: ${filters.join(' · ')}` : m.timelineTitle,
      items: events.map((e) => timelineItem(e, ctx.index.articleById, ctx.lang)),
      empty: m.timelineEmpty,
      perPage: 8,
      page,
      lang: ctx.lang,
      state: { command: 'timeline', user: ctx.userId, values: [query.topic ?? '', query.person ?? '', String(query.from ?? ''), String(query.to ?? '')] },
    });
  },
  autocomplete(focused, ctx) {
    if (focused.name === 'person') return rankPeople(ctx.index, focused.value).map(({ person }) => ({ name: person.name, value: person.name }));
    return rankLabels(focused.value, ctx.index.topics, ctx.index.search.topics, 25)
      .filter((topic) => topic.length <= TOPIC_MAX)
      .map((topic) => ({ name: topic, value: topic }));
  },
} satisfies Command;

