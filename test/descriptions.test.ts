import { describe, expect, it } from 'vitest';
import { buildIndex } from '../src/index/build.js';
import { timeline } from '../src/index/queries.js';
import { roleForms } from '../src/language/de/roles.js';
import { headline } from '../src/render/headline.js';
import { article } from './support/article.js';

/** Definite descriptions (`sagte der Minister`): invented articles, one row per way a text ties a person to one. */
const speakers = (...bodies: string[]) =>
  buildIndex(
    bodies.map((body, i) => article(body, { id: `a${i}` })),
    [],
  ).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe('the forms a role gives its holder', () => {
  it.each([
    ['Bundesinnenminister', { base: 'Bundesinnenminister', head: 'Minister', feminine: false }],
    ['Bundesinnenministers', { base: 'Bundesinnenminister', head: 'Minister', feminine: false }],
    ['Betriebsratschefin', { base: 'Betriebsratschefin', head: 'Chefin', feminine: true }],
    ['Seepartei-Politiker', { base: 'Seepartei-Politiker', head: 'Politiker', feminine: false }],
    ['Vorstand', { base: 'Vorstand', head: null, feminine: false }],
    ['Ministerinnen', null],
    ['Seebank', null],
  ])('%s', (word, forms) => expect(roleForms(word)).toEqual(forms));
});

describe('a person named by a description', () => {
  it.each<[string, string[], [string, string | null][]]>([
    [
      'a role before the name, then its head',
      ['Innenminister Max Huber kam spät. „Wir handeln“, sagte der Minister.'],
      [['Wir handeln', 'Max Huber']],
    ],
    [
      'a party in brackets in another article of the corpus',
      [
        'Auch Max Huber (Seepartei) stimmte zu.',
        'Max Huber sprach lange. „Es bleibt dabei“, sagte der Seepartei-Politiker.',
      ],
      [['Es bleibt dabei', 'Max Huber']],
    ],
    [
      'an age before the name, in another article',
      [
        'Der 61-jährige Max Huber kam spät.',
        'Max Huber sprach lange. Der Plan sei „gescheitert“, versicherte der 61-Jährige.',
      ],
      [['gescheitert', 'Max Huber']],
    ],
    [
      'an age before the name, then before another noun',
      [
        'Der 61-jährige Max Huber kam spät.',
        'Max Huber sprach lange. Der Plan sei „gescheitert“, versicherte der 61-jährige Deutsche.',
      ],
      [['gescheitert', 'Max Huber']],
    ],
    [
      'an apposition after the name, in the feminine',
      ['Eva Lindqvist, Sprecherin der Seebank, schwieg lange. „Kein Kommentar“, sagte die Sprecherin.'],
      [['Kein Kommentar', 'Eva Lindqvist']],
    ],
  ])('%s', (_how, bodies, expected) => expect(speakers(...bodies)).toEqual(expected));

  it('names nobody when two people of the article fit, or after an indefinite article: its words stand', () => {
    expect(
      speakers('Trainer Max Huber und Trainer Paul Berger stritten. „Das war nichts“, sagte der Trainer.'),
    ).toEqual([['Das war nichts', 'der Trainer']]);
    expect(speakers('Innenminister Max Huber kam spät. „Wir handeln“, sagte ein Minister.')).toEqual([
      ['Wir handeln', 'ein Minister'],
    ]);
  });

  it('names only people the article names: a role from another article does not reach into this one', () => {
    expect(speakers('Innenminister Max Huber kam spät.', '„Wir handeln“, sagte der Minister.')).toEqual([
      ['Wir handeln', 'der Minister'],
    ]);
  });

  it('reads a description before a name as that name’s title, and a plural as no one', () => {
    expect(speakers('Innenminister Max Huber kam. „Wir handeln“, sagte der Minister Paul Berger.')).toEqual([
      ['Wir handeln', 'Paul Berger'],
    ]);
    expect(speakers('Trainer Max Huber kam. „Wir handeln“, sagten die Trainer.')).toEqual([
      ['Wir handeln', 'die Trainer'],
    ]);
  });
});

describe('a company named by a description', () => {
  const world = {
    organisations: ['Seebank', 'Nordbank', 'Alpenbahn'].map((name) => ({ id: name, name, aliases: [] })),
    dates: [],
  };
  const entries = (...bodies: string[]) =>
    timeline(
      buildIndex(
        bodies.map((body, i) => article(body, { id: `a${i}`, published: '2024-05-10' })),
        [],
        [],
        world,
      ),
      {},
    ).map((e) => headline(e, 'en'));

  it('is the company the story ties to it, in any article that names the company', () => {
    expect(
      entries(
        'Die norwegische Großbank Seebank wächst.',
        'Die norwegische Großbank hat im März 2024 eine Beteiligung an der Nordbank erworben. Die Seebank schweigt.',
      ),
    ).toEqual(['Seebank buys a stake in Nordbank']);
  });

  it('is no company where the story ties it to two, where its adjectives differ, or in an article without it', () => {
    const bought = 'hat im März 2024 eine Beteiligung an der Alpenbahn erworben.';
    expect(
      entries('Die Großbank Seebank wächst. Die Großbank Nordbank auch.', `Die Großbank ${bought} Seebank, Nordbank.`),
    ).toEqual([]);
    expect(
      entries('Die norwegische Großbank Seebank wächst.', `Die deutsche Großbank ${bought} Die Seebank schweigt.`),
    ).toEqual([]);
    expect(entries('Die norwegische Großbank Seebank wächst.', `Die norwegische Großbank ${bought}`)).toEqual([]);
  });

  it('is a genitive where it follows a noun, as a name would be', () => {
    expect(
      entries(
        'Die Gewerkschaft Alpenbahn droht.',
        'Huber kündigte im März 2024 „Widerstand“ der Gewerkschaft an. Alpenbahn.',
      ),
    ).not.toContain('Huber announces Alpenbahn');
  });
});
