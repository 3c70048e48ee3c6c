import { describe, expect, it } from 'vitest';
import { decimalsOf, parseNumeral, scaleOf } from '../src/extract/numbers.js';
import { extractFigures } from '../src/extract/figures.js';
import { peopleFinder } from '../src/extract/people.js';
import { orgFinder } from '../src/extract/orgs.js';
import { segmentArticle } from '../src/corpus/segment.js';
import { article } from './support/article.js';

const figures = (body: string) => {
  const { sentences } = segmentArticle(article(body));
  return extractFigures(body, sentences, { people: peopleFinder([]), orgs: orgFinder([]), quotes: [] }).map(
    ({ value, unit, original, approximate }) => ({ value, unit, original, approximate }),
  );
};

describe('numerals', () => {
  it('reads German, Swiss and English notation', () => {
    expect(parseNumeral('97,4', 'de')).toBe(97.4);
    expect(parseNumeral('9.740', 'de')).toBe(9740);
    expect(parseNumeral('1.000.000', 'de')).toBe(1_000_000);
    expect(parseNumeral("100'000", 'de')).toBe(100_000);
    expect(parseNumeral('97.4', 'en')).toBe(97.4);
    expect(parseNumeral('1,000,000', 'en')).toBe(1_000_000);
    expect(decimalsOf('97,4', 'de')).toBe(1);
    expect(decimalsOf('9.740', 'de')).toBe(0);
  });

  it('knows that a German Billion is 10^12 and an English billion 10^9', () => {
    expect(scaleOf('Billionen', 'de')).toBe(1e12);
    expect(scaleOf('billion', 'en')).toBe(1e9);
    expect(scaleOf('Mrd.', 'de')).toBe(1e9);
    expect(scaleOf('Mio', 'de')).toBe(1e6);
    expect(scaleOf('bn', 'en')).toBe(1e9);
  });
});

describe('figures', () => {
  it('reads amounts with scale and currency, compounds, counts, ages and percentages', () => {
    expect(
      figures(
        "Er bot 97,4 Milliarden Dollar. Ein 500-Milliarden-Dollar-Projekt startet. Es gab 100'000 Arbeitsplätze. " +
          'Er lud den 53-Jährigen ein. Der Anteil stieg auf 12,5 Prozent.',
      ),
    ).toEqual([
      { value: 97_400_000_000, unit: 'USD', original: '97,4 Milliarden Dollar', approximate: false },
      { value: 500_000_000_000, unit: 'USD', original: '500-Milliarden-Dollar', approximate: false },
      { value: 100_000, unit: 'Arbeitsplätze', original: "100'000 Arbeitsplätze", approximate: false },
      { value: 53, unit: 'years', original: '53-Jährigen', approximate: false },
      { value: 12.5, unit: '%', original: '12,5 Prozent', approximate: false },
    ]);
  });

  it('reads English notation and the other scales', () => {
    expect(
      figures(
        'Twitter kostete $44 billion. Der Umsatz lag bei 97.4bn Dollar. Es waren 1.000.000 Euro, dann 2 ' +
          'Billionen Euro und 5 Tsd. Euro.',
      ),
    ).toEqual([
      { value: 44_000_000_000, unit: 'USD', original: '$44 billion', approximate: false },
      { value: 97_400_000_000, unit: 'USD', original: '97.4bn Dollar', approximate: false },
      { value: 1_000_000, unit: 'EUR', original: '1.000.000 Euro', approximate: false },
      { value: 2_000_000_000_000, unit: 'EUR', original: '2 Billionen Euro', approximate: false },
      { value: 5_000, unit: 'EUR', original: '5 Tsd. Euro', approximate: false },
    ]);
  });

  it('excludes years, dates, times and ordinals', () => {
    expect(figures('Im Jahr 2015 wurde es am 11.02.2025 um 15:40 Uhr im 21. Jahrhundert gegründet.')).toEqual([]);
  });

  it('marks approximations and carries the currency within a paragraph', () => {
    expect(figures('Sie zahlen 100 Milliarden US-Dollar. Später fast 500 Milliarden.')).toEqual([
      { value: 100_000_000_000, unit: 'USD', original: '100 Milliarden US-Dollar', approximate: false },
      { value: 500_000_000_000, unit: 'USD', original: '500 Milliarden', approximate: true },
    ]);
  });

  // Met first in the second story (the Ampel corpus).
  it.each<[string, { value: number; unit: string | null; original: string }[]]>([
    ['Die Hilfe kostet drei Milliarden Euro.', [{ value: 3e9, unit: 'EUR', original: 'drei Milliarden Euro' }]],
    ['Das regelt Artikel 112 des Grundgesetzes.', []],
    ['Die Sitzung beginnt um 13 Uhr, die Wahl folgt in 60 Tagen.', []],
    [
      '394 Abgeordnete stimmten mit Nein und 116 enthielten sich.',
      [
        { value: 394, unit: 'Abgeordnete', original: '394 Abgeordnete' },
        { value: 116, unit: 'Abgeordnete', original: '116' },
      ],
    ],
    [
      'Gedruckt werden rund 60 Millionen Stimmzetteln.',
      [{ value: 6e7, unit: 'Stimmzetteln', original: '60 Millionen Stimmzetteln' }],
    ],
    [
      'Nordstadt bietet zwölf Millionen.\n\nDas Angebot lautet auf 12 Millionen Euro.',
      [
        { value: 12e6, unit: 'EUR', original: 'zwölf Millionen' },
        { value: 12e6, unit: 'EUR', original: '12 Millionen Euro' },
      ],
    ],
    // An age told around its number, not a count of years of something.
    ['Der Maler ist im Alter von 81 Jahren gestorben.', [{ value: 81, unit: 'years', original: '81 Jahren' }]],
    ['Sie starb mit 64 Jahren in Seestadt.', [{ value: 64, unit: 'years', original: '64 Jahren' }]],
    ['Er wurde mit 12 Jahren Haft bestraft.', [{ value: 12, unit: 'Jahren', original: '12 Jahren' }]],
    // A part of a whole counts what the whole counts, however the whole is introduced.
    [
      'Die Firma streicht 300 von derzeit 4.500 Stellen.',
      [
        { value: 300, unit: 'Stellen', original: '300' },
        { value: 4500, unit: 'Stellen', original: '4.500 Stellen' },
      ],
    ],
    [
      'Im Werk arbeiten 1.200 der insgesamt 3.000 Beschäftigten.',
      [
        { value: 1200, unit: 'Beschäftigten', original: '1.200' },
        { value: 3000, unit: 'Beschäftigten', original: '3.000 Beschäftigten' },
      ],
    ],
    [
      'Die Kette schließt 12 ihrer noch geöffneten 80 Läden und baut 200 von 2.000 Stellen ab.',
      [
        { value: 12, unit: 'Läden', original: '12' },
        { value: 80, unit: 'Läden', original: '80 Läden' },
        { value: 200, unit: 'Stellen', original: '200' },
        { value: 2000, unit: 'Stellen', original: '2.000 Stellen' },
      ],
    ],
    [
      'Sie streicht 900 von 12000 Stellen und 3 000 von 35 000 Jobs.',
      [
        { value: 900, unit: 'Stellen', original: '900' },
        { value: 12000, unit: 'Stellen', original: '12000 Stellen' },
        { value: 3000, unit: 'Jobs', original: '3 000' },
        { value: 35000, unit: 'Jobs', original: '35 000 Jobs' },
      ],
    ],
    // A place a number stands before is no whole: `aus` says where from.
    ['Das Gas steigt in Leitung 2 aus 80 Metern Tiefe auf.', [{ value: 80, unit: 'Metern', original: '80 Metern' }]],
  ])('%s', (body, expected) => {
    expect(figures(body).map(({ value, unit, original }) => ({ value, unit, original }))).toEqual(expected);
  });
});
