import { describe, expect, it } from 'vitest';
import { escapeText } from '../src/render/escape.js';
import { formatDate } from '../src/render/i18n.js';
import { embedLength, limitViolations } from '../src/render/limits.js';
import { pagedReply } from '../src/render/page.js';
import { decodePageId, encodePageId, packPages } from '../src/render/pager.js';

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

describe('dates at their precision', () => {
  it.each([
    ['2015', 'de', undefined, '2015'],
    ['2015', 'en', 'late', 'late 2015'],
    ['2024-06', 'de', undefined, 'Juni 2024'],
    ['2025-02-11', 'de', undefined, '11. Februar 2025'],
    ['2025-02-11', 'en', undefined, '11 February 2025'],
  ] as const)('%s in %s', (value, lang, part, expected) => {
    expect(formatDate(value, lang, part)).toBe(expected);
  });
});

describe('pages', () => {
  it('never splits an item and respects both bounds', () => {
    const items = ['a'.repeat(50), 'b'.repeat(50), 'c'.repeat(50), 'd'];
    expect(packPages(items, 120, 10, '\n')).toEqual([[items[0], items[1]], [items[2], items[3]]]);
    expect(packPages(items, 1000, 3, '\n')).toEqual([[items[0], items[1], items[2]], [items[3]]]);
  });

  it('carries its state in a custom id of at most 100 characters', () => {
    const state = { command: 'timeline', page: 3, user: '12345678901234567890', values: ['Twitter|x;y%', 'Sam Altman', '2015', ''] };
    const id = encodePageId(state)!;
    expect(id.length).toBeLessThanOrEqual(100);
    expect(decodePageId(id)).toEqual(state);
    expect(encodePageId({ ...state, values: ['x'.repeat(90)] })).toBeNull();
    expect(decodePageId('something-else')).toBeNull();
  });

  it('renders a page as JSON within Discord limits', () => {
    const reply = pagedReply({
      title: 'Zeitleiste',
      items: Array.from({ length: 30 }, (_, i) => `**${2000 + i}** — Ereignis ${i}`),
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
    expect(reply.components[0]!.components.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual(['pg|timeline|0|42|;;;', 'pg|timeline|2|42|;;;']);
    expect(limitViolations(reply.embeds)).toEqual([]);
  });

  it('counts what Discord counts towards 6,000', () => {
    const embed = { title: 'ab', description: 'cde', footer: { text: 'f' }, fields: [{ name: 'g', value: 'hi' }] };
    expect(embedLength(embed)).toBe(9);
    expect(limitViolations([{ description: 'x'.repeat(4000) }, { description: 'x'.repeat(2001) }])).toEqual(['6001 characters across embeds > 6000']);
    expect(limitViolations([{ fields: [{ name: 'n', value: 'v'.repeat(1025) }] }])).toEqual(['embed 0 field 0 value 1025 > 1024']);
  });
});
