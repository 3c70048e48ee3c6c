import { describe, expect, it } from 'vitest';
import { escapeText } from '../src/render/escape.js';
import { formatDate, t } from '../src/render/i18n.js';
import { embedLength, limitViolations } from '../src/render/limits.js';
import { fitLines, pagedReply } from '../src/render/page.js';
import { decodePageId, encodePageId } from '../src/render/pager.js';
import { articleLabel, linkTarget } from '../src/render/source.js';
import { articleMetaSchema } from '../src/corpus/schema.js';
import type { Article } from '../src/corpus/types.js';
import { quoteItem } from '../src/render/quotes.js';
import { eventDate } from '../src/render/event-date.js';
import { basisLine } from '../src/render/timeline.js';

const ARTICLE_BASE: Article = {
  id: 'x',
  title: 'x',
  outlet: 'Nordfunk',
  published: '2031-05-02',
  language: 'de',
  url: null,
  seed: null,
  file: 'x.md',
  body: '',
};

describe('escaping', () => {
  it('escapes markdown and breaks mentions', () => {
    expect(escapeText('**fett** _kursiv_ `code` @everyone <@123456789012345678> [x](http://y)')).toBe(
      '\\*\\*fett\\*\\* \\_kursiv\\_ \\`code\\` @\u200beveryone <@\u200b123456789012345678> \\[x\\](http://y)',
    );
    expect(escapeText('KI-Firma')).toBe('KI-Firma');
    expect(escapeText('- Liste')).toBe('\\- Liste');
    expect(escapeText('> Zitat, a > b')).toBe('\\> Zitat, a > b');
  });
});

describe('article links', () => {
  it('keep a hostile url one link to where it says, and link nothing but http(s)', () => {
    const url = 'https://a.example/x)[Hier klicken](https://evil.example/<b> "x"';
    // The schema lets it through (it is a valid URL); the renderer must make it harmless.
    const meta = articleMetaSchema.parse({
      id: 'x',
      title: 'T',
      outlet: null,
      published: null,
      language: 'de',
      url,
      seed: null,
    });
    const label = articleLabel({ ...meta, file: 'x.md', body: '' } as Article, 'de');
    expect(label).toBe('[T](https://a.example/x%29%5BHier%20klicken%5D%28https://evil.example/%3Cb%3E%20%22x%22)');
    // One link: exactly one `](`, and nothing of the target can close it early.
    expect(label.match(/\]\(/g)).toHaveLength(1);
    expect(label.slice(label.indexOf('](') + 2, -1)).not.toMatch(/[()[\]\s]/);
    expect(linkTarget('javascript:alert(1)')).toBeNull();
    expect(linkTarget('ftp://a.example/')).toBeNull();
    expect(() => articleMetaSchema.parse({ ...meta, url: 'javascript:alert(1)' })).toThrow();
  });
});

describe('dates at their precision', () => {
  it.each([
    ['2015', 'de', undefined, '2015'],
    ['2015', 'en', 'late', 'late 2015'],
    ['2022', 'de', 'autumn', 'Herbst 2022'],
    ['2013', 'en', 'summer', 'summer 2013'],
    ['2024-06', 'de', undefined, 'Juni 2024'],
    ['2025-02-11', 'de', undefined, '11. Februar 2025'],
    ['2025-02-11', 'en', undefined, '11 February 2025'],
  ] as const)('%s in %s', (value, lang, part, expected) => {
    expect(formatDate(value, lang, part)).toBe(expected);
  });

  it('says when only the report is dated, and when a date lies after every report', () => {
    expect(eventDate({ value: '2025-02', precision: 'month', bound: 'by' }, 'en')).toBe('reported by February 2025');
    expect(eventDate({ value: '2025-02', precision: 'month', bound: 'by' }, 'de')).toBe('gemeldet bis Februar 2025');
    expect(eventDate({ value: '2025-03', precision: 'month', planned: true }, 'en')).toBe('planned for March 2025');
    expect(eventDate({ value: '2025-03', precision: 'month', planned: true }, 'de')).toBe('geplant für März 2025');
    // A plan with a deadline (`will bis 2030 …`), told by when it was reported.
    const plan = { value: '2024-05', precision: 'month', bound: 'by', planned: true } as const;
    expect(eventDate(plan, 'en')).toBe('planned, reported by May 2024');
    expect(eventDate(plan, 'de')).toBe('geplant, gemeldet bis Mai 2024');
  });

  it('says a report of a month reports it in that month, one of a day on that day', () => {
    const line = (published: string, lang: 'de' | 'en') =>
      basisLine(
        { how: 'reported', article: 'a', published },
        { value: published, precision: published.length === 7 ? 'month' : 'day', bound: 'by' },
        new Map(),
        lang,
      );
    expect(line('2024-12', 'de')).toBe('Der Text nennt kein Datum; *a* meldet es im Dezember 2024');
    expect(line('2024-12', 'en')).toBe('The text gives no date; *a* reports it in December 2024');
    expect(line('2024-12-11', 'de')).toBe('Der Text nennt kein Datum; *a* meldet es am 11. Dezember 2024');
    expect(line('2024-12-11', 'en')).toBe('The text gives no date; *a* reports it on 11 December 2024');
  });

  it('says which month named before gave a month its year', () => {
    const line = (lang: 'de' | 'en') =>
      basisLine(
        { how: 'story', words: 'Ende April', after: 'im März 2021' },
        { value: '2021-04', precision: 'month', part: 'late' },
        new Map(),
        lang,
      );
    expect(line('de')).toBe('„Ende April“ nach „im März 2021“ → Ende April 2021');
    expect(line('en')).toBe('"Ende April" after "im März 2021" → late April 2021');
  });
});

describe('pages', () => {
  it('keeps an item whole, shortening its optional lines with a count of what is left out', () => {
    const more = (n: number) => `+${n}`;
    expect(fitLines('head', ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)], 100, more)).toBe(
      `head\n${'a'.repeat(10)}\n${'b'.repeat(10)}\n${'c'.repeat(10)}`,
    );
    expect(fitLines('head', ['a'.repeat(10), 'b'.repeat(10), 'c'.repeat(10)], 20, more)).toBe(
      `head\n${'a'.repeat(10)}\n+2`,
    );
  });

  it('renders only the requested page of a long list', () => {
    const rendered: number[] = [];
    const reply = pagedReply({
      title: 'T',
      total: 10_000,
      item: (i) => {
        rendered.push(i);
        return `item ${i}`;
      },
      empty: '—',
      perPage: 5,
      page: 3,
      lang: 'en',
      state: { command: 'timeline', user: '42', values: ['', '', '', ''] },
    });
    expect(rendered).toEqual([15, 16, 17, 18, 19]);
    expect(reply.embeds[0]!.footer!.text).toBe('Page 4/2000');
  });

  it('carries its state in a custom id of at most 100 characters', () => {
    const state = {
      command: 'timeline',
      page: 3,
      user: '12345678901234567890',
      values: ['Twitter|x;y%', 'Sam Altman', '2015', ''],
    };
    const id = encodePageId(state);
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageId(id)).toEqual(state);
    // Values too long for an id go by a short key, which the transport keeps (`Reply.kept`).
    const long = encodePageId({ ...state, values: ['x'.repeat(90)] });
    expect(long).toMatch(/^pg\|timeline\|3\|12345678901234567890\|#[\w-]{16}$/);
    expect(decodePageId(long)).toMatchObject({ values: [], kept: long.slice(long.indexOf('#')) });
    expect(decodePageId('something-else')).toBeNull();
  });

  it('renders a page as JSON within Discord limits', () => {
    const reply = pagedReply({
      title: 'Zeitleiste',
      total: 30,
      item: (i) => `**${2000 + i}** — Ereignis ${i}`,
      empty: '—',
      perPage: 8,
      page: 1,
      lang: 'de',
      state: { command: 'timeline', user: '42', values: ['', '', '', ''] },
    });
    expect(reply.allowedMentions).toEqual({ parse: [] });
    expect(reply.embeds[0]).toEqual({
      title: 'Zeitleiste',
      description: Array.from({ length: 8 }, (_, i) => `**${2008 + i}** — Ereignis ${i + 8}`).join('\n\n'),
      color: 0x5865f2,
      footer: { text: 'Seite 2/4' },
    });
    expect(reply.components[0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'pg|timeline|0|42|;;;',
      'pg|timeline|2|42|;;;',
    ]);
    expect(limitViolations(reply.embeds)).toEqual([]);
  });

  it('counts what Discord counts towards 6,000', () => {
    const embed = { title: 'ab', description: 'cde', footer: { text: 'f' }, fields: [{ name: 'g', value: 'hi' }] };
    expect(embedLength(embed)).toBe(9);
    expect(limitViolations([{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }])).toEqual([
      '6001 characters across embeds > 6000',
    ]);
    expect(limitViolations([{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }])).toEqual([
      'embed 0 field 0 value 1025 > 1024',
    ]);
  });
});

describe('counts in words agree with their number', () => {
  it('says one event, one quote, one figure, and one more source, in both languages', () => {
    expect(t('en').sourceCounts(1, 1, 1)).toBe('1 event · 1 quote · 1 figure');
    expect(t('en').sourceCounts(2, 0, 3)).toBe('2 events · 0 quotes · 3 figures');
    expect(t('de').sourceCounts(1, 1, 1)).toBe('1 Ereignis · 1 Zitat · 1 Zahl');
    expect(t('de').sourceCounts(2, 0, 3)).toBe('2 Ereignisse · 0 Zitate · 3 Zahlen');
    expect(t('de').moreSources(1)).toBe('… und 1 weiterer Beleg');
    expect(t('de').moreSources(2)).toBe('… und 2 weitere Belege');
  });
});

describe('a quotation reported by many articles', () => {
  it('cites as many reports as fit, earliest first, and says how many more there are', () => {
    const articles = new Map<string, Article>();
    const reports = Array.from({ length: 30 }, (_, i) => {
      const id = `bericht-${i}`;
      articles.set(id, {
        ...ARTICLE_BASE,
        id,
        file: `${id}.md`,
        title: `Bericht Nummer ${i} über den Streik am Hafen`,
      });
      const citation = { article: id, paragraph: 1, sentence: 1, start: 1, end: 20, text: 'Wir bleiben hier' };
      return {
        text: 'Wir bleiben hier',
        speaker: { name: 'Max Huber', id: 'huber' },
        partial: false,
        citation,
        intro: null,
      };
    });
    const item = quoteItem({ quote: reports[0]!, reports }, articles, 'en', 1024);
    expect(item.length).toBeLessThanOrEqual(1024);
    expect(item).toContain('Bericht Nummer 0 ');
    expect(item.split('\n').pop()).toMatch(/^↳ … and \d+ more articles$/);
  });
});
