import { describe, expect, it } from 'vitest';
import { libraryReply } from '../src/render/library.js';

// What a moderator is told after `/source add` or `/source remove`, built as plain data and checked as JSON.

const added = {
  done: 'added' as const,
  article: {
    id: 'werk-schliesst',
    title: 'Werk schließt @everyone',
    outlet: 'Beispiel-Zeitung',
    published: '2026-03-04',
    url: 'https://zeitung.example/werk',
  },
  yields: { events: 2, quotes: 1, figures: 3 },
};

describe('the reply to a change of the server’s articles', () => {
  it('says what was added, where from and what it yields, for the channel, in both languages', () => {
    expect(libraryReply(added, 'en', 'add')).toEqual({
      embeds: [
        {
          title: 'Article added',
          description:
            '[Werk schließt @\u200beveryone](https://zeitung.example/werk) (Beispiel-Zeitung, 4 March 2026) · ' +
            '`werk-schliesst`\nFound in it: 2 events · 1 quote · 3 figures\n' +
            "It is in this server's answers from now on, and in no other server's.",
          color: 0x2e7d32,
        },
      ],
      components: [],
      allowedMentions: { parse: [] },
    });
    const de = libraryReply(added, 'de', 'add').embeds[0]!;
    expect(de.title).toBe('Artikel hinzugefügt');
    expect(de.description).toContain('(Beispiel-Zeitung, 4. März 2026)');
    expect(de.description).toContain('Darin gefunden: 2 Ereignisse · 1 Zitat · 3 Zahlen');
  });

  it('says when an article is kept but yields nothing the bot can read', () => {
    const reply = libraryReply({ ...added, yields: null }, 'en', 'add');
    expect(reply.embeds[0]!.description).toContain('Saved, but the bot cannot read it');
  });

  it('refuses privately, in the member’s language, with the detail escaped', () => {
    const reply = libraryReply({ refused: 'x.example is *private*', why: 'address' }, 'de', 'add');
    expect(reply.flags).toBe(64);
    expect(reply.embeds[0]!.description).toBe(
      '**Nicht hinzugefügt.** Von dieser Adresse liest der Bot nicht: Sie ist keine öffentliche Webadresse.\n' +
        '*x.example is \\*private\\**',
    );
    const limit = libraryReply({ refused: 'too many', why: 'limit', waitMs: 125_000 }, 'en', 'add');
    expect(limit.embeds[0]!.description).toBe(
      '**Not added.** This server has added as many articles in the last hour as it may. Possible again in 3 min.',
    );
    const write = libraryReply({ refused: 'cannot write /srv/data/servers/1/a.md: EACCES', why: 'write' }, 'en', 'add');
    expect(write.embeds[0]!.description).toBe('**Not added.** The article could not be saved. Please try again later.');
    const missing = libraryReply({ refused: 'no such article', why: 'missing' }, 'en', 'remove');
    expect(missing.embeds[0]!.description).toMatch(/^\*\*Not removed\.\*\* This server has added no such article\./);
  });
});
