import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { dispatch, type Incoming } from '../src/dispatch.js';
import { limitViolations } from '../src/render/limits.js';
import type { Reply } from '../src/render/reply.js';
import { timeline } from '../src/index/queries.js';
import { timelineItem } from '../src/render/timeline.js';
import { seedIndex } from './support/corpus.js';
import { buildIndex } from '../src/index/build.js';
import { article } from './support/article.js';
import { answer } from '../src/console.js';

const index = seedIndex();
const run = (name: string, options: Record<string, string | number> = {}, locale = 'en-US') => {
  const { out, error } = dispatch(index, { kind: 'command', name, options, locale, userId: '42' });
  expect(error).toBeUndefined();
  expect(out.kind).toBe('reply');
  return (out as { reply: Reply }).reply;
};
const text = (r: Reply) => r.embeds.map((e) => `${e.title ?? ''}\n${e.description ?? ''}`).join('\n');

function expectValid(reply: Reply): void {
  expect(limitViolations(reply.embeds)).toEqual([]);
  expect(reply.allowedMentions).toEqual({ parse: [] });
  for (const row of reply.components)
    for (const b of row.components) if ('custom_id' in b) expect(b.custom_id.length).toBeLessThanOrEqual(100);
}

describe('a required option left out', () => {
  it('is said missing, privately, in the member’s language, not in the schema’s words', () => {
    const en = run('quote');
    expect(en.flags).toBe(64);
    expect(text(en)).toContain('"person" is missing');
    expect(text(run('quote', {}, 'de'))).toContain('„person“ fehlt');
    // A value too long or only spaces is told so in the member's language too; any other fault with its reason.
    expect(text(run('quote', { person: 'x'.repeat(6000) }))).toContain('"person" is too long: at most 25 characters.');
    expect(text(run('quote', { person: 'x'.repeat(6000) }, 'de'))).toContain(
      '„person“ ist zu lang: höchstens 25 Zeichen.',
    );
    expect(text(run('factcheck', { claim: '   ' }, 'de'))).toContain('„claim“ ist leer');
    expect(text(run('quote', { person: 7 }))).toContain('Invalid value for "person"');
    // The console answers so too: a refused claim has no ClaimReview to throw the schema's words at it.
    expect(answer(index, { name: 'factcheck', options: { claim: '   ' } }).text).toBe(
      '"claim" is empty: please give a value.',
    );
  });
});

describe('command definitions', () => {
  it('use the option names users type, with German localisations', () => {
    const options = Object.fromEntries(commands.map((c) => [c.data.name, (c.data.options ?? []).map((o) => o.name)]));
    expect(options).toEqual({
      timeline: ['topic', 'person', 'from', 'to'],
      quote: ['person', 'about'],
      factcheck: ['claim'],
      sources: [],
      source: ['add', 'remove'],
    });
    for (const c of commands) {
      expect(c.data.description_localizations?.de, c.data.name).toBeTruthy();
      for (const o of c.data.options ?? [])
        expect(o.description_localizations?.de, `${c.data.name} ${o.name}`).toBeTruthy();
    }
    const timeline = commands.find((c) => c.data.name === 'timeline')!;
    expect((timeline.data.options ?? []).map((o) => o.name_localizations?.de ?? o.name)).toEqual([
      'thema',
      'person',
      'von',
      'bis',
    ]);
  });
});

describe('/timeline', () => {
  it('lists events with their date and every source, paged', () => {
    const reply = run('timeline');
    expectValid(reply);
    expect(reply.embeds[0]!.description).toMatch(
      /^\*\*late 2015\*\* — \*\*Altman and Musk found OpenAI\*\*\n> Die beiden .+\n↳ \*Elon Musk motzt/,
    );
    expect(reply.embeds[0]!.footer?.text).toMatch(/^Page 1\/\d$/);
  });

  it('shows the founding in 2015 once, with every article that reports it', () => {
    const first = run('timeline', { to: 2015 }).embeds[0]!.description!;
    expect(first.match(/\*\*late 2015\*\*/g)).toHaveLength(1);
    // Five articles, one line each. The sentence of the bid that names the founding in passing stands under the bid:
    // its article tells of the founding in a sentence of its own.
    expect(first.match(/↳/g)).toHaveLength(5);
    expect(first).toMatch(/↳ \*Von Partnern zu Rivalen[^\n]*· ¶ 7, sentence 14\n/);
  });

  it('leads every entry with a headline or a whole sentence, never a fragment', () => {
    const events = timeline(index, {});
    expect(events.length).toBeGreaterThan(10);
    for (const lang of ['en', 'de'] as const) {
      for (const event of events) {
        const lead = /^\*\*[^*]+\*\* — (.*)$/m.exec(timelineItem(event, index.articleById, lang, 4000))![1]!;
        // A headline in bold, or the whole sentence, which starts where its sentence starts.
        if (lead.startsWith('**')) expect(lead).toMatch(/^\*\*\p{Lu}[^*]+\*\*$/u);
        else expect(event.summary.startsWith(lead.replace(/\\/g, '').replace(/…$/, ''))).toBe(true);
      }
    }
  });

  it('says how an inferred date was reached and where sources date it differently', () => {
    const bid = timeline(index, { from: 2025 }).find((e) => e.kind === 'bid')!;
    const description = timelineItem(bid, index.articleById, 'en', 4000);
    expect(description).toContain('**10 February 2025** — **Musk bids $97.4 bn for OpenAI**');
    expect(description).toMatch(
      /↪ "am Montag" in \*Elon Musk und Sam Altman.*counted from 11 February 2025.* → 10 February 2025/,
    );
    expect(description).toMatch(
      /dates it differently: 20 January 2025 \("Wenige Stunden nach der Ankündigung von Stargate"\)/,
    );
  });

  it('answers German clients in German, with dates at their precision', () => {
    const year = run('timeline', { from: 2022, to: 2022 }, 'de').embeds[0]!;
    expect(year.description).toContain('**November 2022**');
    // One year is named as itself; a span as a span.
    expect(year.title).toBe('Zeitleiste: 2022');
    expect(run('timeline', { from: 2022, to: 2024 }).embeds[0]!.title).toBe('Timeline: 2022–2024');
  });

  it('rejects `from` after `to` with an ephemeral note', () => {
    const reply = run('timeline', { from: 2024, to: 2015 });
    expect(reply.flags).toBe(64);
    expect(text(reply)).toContain('"from"');
  });
});

describe('/quote', () => {
  it('lists exactly Altman’s quotations with intro and source', () => {
    const reply = run('quote', { person: 'altman' });
    expectValid(reply);
    const t = text(reply);
    expect(t.match(/— \*\*Sam Altman\*\*/g)).toHaveLength(3);
    expect(t).toContain('> Context: Er reagierte auf X');
  });

  it('lists what sources no person stands for said, by a word of the source, and offers them in autocomplete', () => {
    const invented = buildIndex(
      [
        article(
          'Sprecherin Eva Lindqvist kam. „Wir prüfen das“, sagte ein Sprecher der Seebank am Montag. ' +
            '„Der Streik geht weiter“, erklärte der Betriebsrat.',
        ),
      ],
      [],
    );
    const { out } = dispatch(invented, {
      kind: 'command',
      name: 'quote',
      options: { person: 'seebank' },
      locale: 'de',
      userId: '42',
    });
    const reply = (out as { reply: Reply }).reply;
    expectValid(reply);
    const t = text(reply);
    expect(t).toContain('Zitate ohne genannte Person: seebank');
    expect(t).toContain('„Wir prüfen das“\n— ein Sprecher der Seebank *(keine Person genannt)*');
    expect(t).not.toContain('Streik');
    const choices = dispatch(invented, {
      kind: 'autocomplete',
      name: 'quote',
      focused: { name: 'person', value: 'betr' },
      locale: 'en-US',
      userId: '42',
    }).out as { choices: { name: string; value: string }[] };
    expect(choices.choices).toEqual([{ name: 'der Betriebsrat (no person named)', value: 'Betriebsrat' }]);
  });

  it('answers an unknown person with the closest known people', () => {
    const t = text(run('quote', { person: 'Vance' }));
    expect(t).toContain('No quotations: "Vance" is not a known person.');
    expect(t).toMatch(/Closest matches: \*\*.+\*\*/);
  });

  it('finds the subject of a story who is never quoted, with no people list: by /timeline and by /quote', () => {
    const invented = buildIndex(
      [
        article('Der Maler Max Huber starb am Sonntag in Seestadt, wie sein Verlag mitteilte.', {
          published: '2024-05-13',
        }),
      ],
      [],
    );
    const ask = (name: string, options: Record<string, string>) =>
      text(
        (dispatch(invented, { kind: 'command', name, options, locale: 'en-US', userId: '42' }).out as { reply: Reply })
          .reply,
      );
    expect(ask('timeline', { person: 'huber' })).toContain('**12 May 2024** — **Huber dies**');
    expect(ask('quote', { person: 'huber' })).toContain('No direct quotations by Max Huber in the articles.');
    // With no one quoted, no one is offered as closest.
    expect(ask('quote', { person: 'beispiel' })).not.toContain('Closest matches');
  });
});

describe('/factcheck', () => {
  it('supports 97.4 with every article that reports it', () => {
    const reply = run('factcheck', { claim: '97.4' });
    expectValid(reply);
    expect(reply.embeds[0]!.description).toMatch(/^\*\*Supported\*\*/);
    expect(text(reply)).toContain('*Elon Musk bietet fast 100 Milliarden Dollar');
    expect(text(reply)).toContain('*Von Partnern zu Rivalen');
  });

  it('says No evidence for a number nobody reports, with the closest figures', () => {
    const t = text(run('factcheck', { claim: '123456789' }));
    expect(t).toMatch(/^Fact check\n\*\*No evidence\*\*/);
    expect(t).toContain('Closest figures in the articles');
  });
});

describe('/sources', () => {
  it('lists every article with what it yields', () => {
    const reply = run('sources');
    expectValid(reply);
    expect(text(reply)).toContain('Sources (5)');
    expect(text(reply)).toMatch(
      /\(eleconomista\) — date unknown\n`von-partnern-zu-rivalen` · \d+ events · \d+ quotes · \d+ figures/,
    );
    expect(text(reply)).toContain('(January 2025)');
  });
});

describe('dispatch', () => {
  const send = (incoming: Incoming) => dispatch(index, incoming).out;

  it('pages through a button for the user who asked, and refuses others', () => {
    const first = run('timeline');
    const next = first.components[0]!.components[1]!;
    const customId = 'custom_id' in next ? next.custom_id : '';
    const mine = send({ kind: 'button', customId, userId: '42' });
    expect(mine.kind).toBe('update');
    const theirs = send({ kind: 'button', customId, userId: '7' });
    expect(theirs).toMatchObject({ kind: 'reply', reply: { flags: 64 } });
  });

  it('answers autocomplete with at most 25 ranked choices', () => {
    const choices = (value: string) => {
      const out = send({ kind: 'autocomplete', name: 'timeline', focused: { name: 'topic', value }, userId: '42' });
      expect(out.kind).toBe('choices');
      return (out as { choices: { name: string }[] }).choices.map((c) => c.name);
    };
    expect(choices('').length).toBeLessThanOrEqual(25);
    expect(choices('tw')).toContain('Twitter');
    expect(choices('twitter')[0]).toBe('Twitter');
  });

  it('turns a failing handler into an ephemeral apology and reports the error', () => {
    const broken = { ...index, events: null } as unknown as typeof index;
    const { out, error } = dispatch(broken, {
      kind: 'command',
      name: 'timeline',
      options: {},
      userId: '42',
      locale: 'de',
    });
    expect(error).toBeInstanceOf(Error);
    expect(out).toMatchObject({
      kind: 'reply',
      reply: { flags: 64, embeds: [{ description: expect.stringContaining('Entschuldigung') }] },
    });
  });
});
