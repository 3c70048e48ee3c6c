import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { z } from 'zod';
import { parseOptions, type Command } from '../src/command.js';
import { rankPeople, rankTopics, timeline } from '../src/index/queries.js';
import { escapeText } from '../src/render/escape.js';
import { timelinePicture } from '../src/render/picture.js';
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
  .refine((o) => o.from === undefined || o.to === undefined || o.from <= o.to, {
    path: ['from'],
    message: '"from" must not be after "to"',
  });

export const timelineCommand = {
  data: {
    name: 'timeline',
    description: 'What happened when: events from the articles in date order, with sources',
    description_localizations: {
      de: 'Was wann geschah: Ereignisse aus den Artikeln in zeitlicher Reihenfolge, mit Quellen',
    },
    options: [
      {
        type: ApplicationCommandOptionType.String,
        name: 'topic',
        name_localizations: { de: 'thema' },
        description: 'Only events about this; suggestions come from the articles',
        description_localizations: { de: 'Nur Ereignisse zu diesem Thema; Vorschläge aus den Artikeln' },
        max_length: TOPIC_MAX,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.String,
        name: 'person',
        description: 'Only events involving this person',
        description_localizations: { de: 'Nur Ereignisse mit dieser Person' },
        max_length: PERSON_MAX,
        autocomplete: true,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'from',
        name_localizations: { de: 'von' },
        description: 'From this year',
        description_localizations: { de: 'Ab diesem Jahr' },
        min_value: YEAR.min,
        max_value: YEAR.max,
      },
      {
        type: ApplicationCommandOptionType.Integer,
        name: 'to',
        name_localizations: { de: 'bis' },
        description: 'Up to this year',
        description_localizations: { de: 'Bis zu diesem Jahr' },
        min_value: YEAR.min,
        max_value: YEAR.max,
      },
    ],
  },
  pageOptions: ['topic', 'person', 'from', 'to'],
  run(raw, ctx, page) {
    const query = parseOptions(options, raw);
    const m = t(ctx.lang);
    const events = timeline(ctx.index, query);
    const filters = [
      query.topic ? escapeText(query.topic) : null,
      query.person ? escapeText(query.person) : null,
      // One year asked for is that year (`2019`), not a span of it (`2019–2019`).
      query.from !== undefined && query.from === query.to
        ? String(query.from)
        : query.from !== undefined || query.to !== undefined
          ? `${query.from ?? '…'}–${query.to ?? '…'}`
          : null,
    ].filter((f): f is string => f !== null);
    const reply = pagedReply({
      title: filters.length > 0 ? `${m.timelineTitle}: ${filters.join(' · ')}` : m.timelineTitle,
      total: events.length,
      item: (i, max) => timelineItem(events[i]!, ctx.index.articleById, ctx.lang, max),
      empty: m.timelineEmpty,
      perPage: 4,
      page,
      lang: ctx.lang,
      state: {
        command: 'timeline',
        user: ctx.userId,
        values: [query.topic ?? '', query.person ?? '', String(query.from ?? ''), String(query.to ?? '')],
      },
    });
    // The whole filtered timeline as a picture; every page carries the same one.
    const title = filters.length > 0 ? `${m.timelineTitle}: ${filters.join(' · ')}` : m.timelineTitle;
    const picture = timelinePicture(events, title.replace(/\\/g, ''), ctx.lang);
    return picture ? { ...reply, picture } : reply;
  },
  autocomplete(focused, ctx) {
    if (focused.name === 'person')
      return rankPeople(ctx.index, focused.value).map(({ person }) => ({ name: person.name, value: person.name }));
    return rankTopics(ctx.index, focused.value)
      .filter((topic) => topic.length <= TOPIC_MAX)
      .map((topic) => ({ name: topic, value: topic }));
  },
} satisfies Command;
