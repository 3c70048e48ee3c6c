import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberInWords, numberWordValue, readNumbers, type Bound } from '../src/extract/numbers.js';
import { factCheck } from '../src/factcheck/check.js';
import { buildIndex } from '../src/index/build.js';
import { article } from './support/article.js';

// One number grammar for articles and claims: however a number is written, it is read as the same value and bound.
// Every example here is invented.

const read = (text: string, notation: 'de' | 'typed' = 'de') =>
  readNumbers(text, notation).map((n) => ({
    value: n.written * (n.scale ?? 1),
    bound: n.bound,
    ...(n.range ? { range: n.range } : {}),
  }));

describe('numbers in words', () => {
  it.each<[string, number | null]>([
    ['drei', 3],
    ['Zwölf', 12],
    ['siebzehn', 17],
    ['dreißig', 30],
    ['einundzwanzig', 21],
    ['neunundneunzig', 99],
    ['hundert', 100],
    ['einhundert', 100],
    ['dreihundertzwölf', 312],
    ['tausend', 1000],
    ['zweitausendfünfhundert', 2500],
    ['hunderttausend', 100_000],
    ['zweieinhalb', 2.5],
    ['anderthalb', 1.5],
    ['eine halbe', 0.5],
    ['eins', 1],
    ['und', null],
    ['dreiund', null],
    ['Haus', null],
  ])('%s is %s', (word, value) => expect(numberWordValue(word)).toBe(value));

  it('writes any whole number below a million in words that read back as it', () => {
    expect(numberInWords(21)).toBe('einundzwanzig');
    expect(numberInWords(101)).toBe('einhunderteins');
    expect(numberInWords(101_000)).toBe('einhunderteintausend');
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999 }), (n) => numberWordValue(numberInWords(n)) === n));
  });
});

describe('readNumbers', () => {
  it('reads a count in words before its noun, but not an article', () => {
    expect(read('Mindestens drei Werke hingen dort, ein Bild fehlte.')).toEqual([{ value: 3, bound: 'above' }]);
    expect(read('Eine Firma und zwei Vereine klagen.')).toEqual([{ value: 2, bound: null }]);
    expect(read('Sie zahlt eine Milliarde Euro.')).toEqual([{ value: 1e9, bound: null }]);
  });

  it('reads a range as two ends sharing the scale, unit and range', () => {
    expect(read('Der Bau kostet vier bis fünf Millionen Euro.')).toEqual([
      { value: 4e6, bound: null, range: [4e6, 5e6] },
      { value: 5e6, bound: null, range: [4e6, 5e6] },
    ]);
    expect(read('Die Partei kam auf zwischen 12 und 14,5 Prozent.')).toEqual([
      { value: 12, bound: null, range: [12, 14.5] },
      { value: 14.5, bound: null, range: [12, 14.5] },
    ]);
    // The first end stands for the whole range as written, so a reply never shows `vier` alone.
    const text = 'Der Bau kostet vier bis fünf Millionen Euro.';
    expect(readNumbers(text, 'de').map((n) => text.slice(n.start, n.end))).toEqual([
      'vier bis fünf Millionen Euro',
      'fünf Millionen Euro',
    ]);
    // Two counts side by side are no range, and a year span is none either.
    expect(read('Von 2010 bis 2014 war sie dort.')).toEqual([
      { value: 2010, bound: null },
      { value: 2014, bound: null },
    ]);
  });

  it('keeps two numbers side by side apart where a space is no thousands separator', () => {
    expect(read('Am Ende standen 12 1000-Meter-Läufe an.').map((n) => n.value)).toEqual([12, 1000]);
    expect(read('Im Jahr 2024 150 Filialen.').map((n) => n.value)).toEqual([2024, 150]);
  });

  it('reads typed scale letters and powers of ten only in what a member types', () => {
    expect(read('Er lief 100m weit.', 'de').map((n) => n.value)).toEqual([100]);
    expect(read('97.4b', 'typed').map((n) => n.value)).toEqual([97.4e9]);
    expect(read('9.74e10', 'typed').map((n) => n.value)).toEqual([9.74e10]);
  });

  it('reads `Bio.` as a trillion only with its dot: a `Bio-Markt` is organic', () => {
    expect(read('Der Staat schuldet 2,5 Bio. Euro.', 'de').map((n) => n.value)).toEqual([2.5e12]);
    expect(read('Im Ort gibt es 3 Bio-Märkte.', 'de').map((n) => n.value)).toEqual([3]);
  });
});

const BOUNDS: [string, Bound | null][] = [
  ['', null],
  ['fast ', 'below'],
  ['bis zu ', 'below'],
  ['knapp ', 'below'],
  ['rund ', 'around'],
  ['etwa ', 'around'],
  ['mehr als ', 'above'],
  ['mindestens ', 'above'],
];
const SCALES: [string, number][] = [
  ['', 1],
  [' Millionen', 1e6],
  [' Mio.', 1e6],
  [' Milliarden', 1e9],
  [' Mrd.', 1e9],
  [' Mrd', 1e9],
  [' Mia.', 1e9],
  [' Billionen', 1e12],
  [' Bio.', 1e12],
  [' Tsd.', 1e3],
];
/** Thousands separators German and Swiss texts use: dot, space, thin and no-break spaces, apostrophes. */
const GROUPS = ['.', ' ', '\u202f', '\u00a0', '’', "'"];

const grouped = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

describe('the same value and bound however it is written', () => {
  it('in an article and typed as a claim', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 999_999 }),
        fc.constantFrom(...BOUNDS),
        fc.constantFrom(...SCALES),
        fc.constantFrom(...GROUPS, 'words'),
        fc.constantFrom('de', 'typed') as fc.Arbitrary<'de' | 'typed'>,
        (n, [hedge, bound], [scaleWord, scale], group, notation) => {
          const written = group === 'words' ? numberInWords(n) : grouped(n, group);
          const text = `Die Firma zahlt ${hedge}${written}${scaleWord} Euro an den Verein.`;
          expect(read(text, notation)).toEqual([{ value: n * scale, bound }]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('with decimals, German in articles and German or English typed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom(...SCALES),
        (whole, cents, [scaleWord, scale]) => {
          const fraction = String(cents).padStart(2, '0').replace(/0$/, '');
          const value = Number(`${whole}.${fraction}`) * scale;
          const german = `${grouped(whole, '.')},${fraction}${scaleWord}`;
          const english = `${grouped(whole, ',')}.${fraction}${scaleWord}`;
          expect(read(`Es waren ${german} Euro.`)[0]!.value).toBeCloseTo(value, 6);
          expect(read(german, 'typed')[0]!.value).toBeCloseTo(value, 6);
          expect(read(english, 'typed')[0]!.value).toBeCloseTo(value, 6);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a range in words or digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(...SCALES.slice(1)),
        fc.boolean(),
        (low, more, [scaleWord, scale], inWords) => {
          const high = low + more;
          const [a, b] = inWords ? [numberInWords(low), numberInWords(high)] : [String(low), String(high)];
          const range = [low * scale, high * scale];
          expect(read(`Geplant sind ${a} bis ${b}${scaleWord} Euro.`)).toEqual([
            { value: low * scale, bound: null, range },
            { value: high * scale, bound: null, range },
          ]);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('a claim copied in another notation', () => {
  const index = buildIndex(
    [
      article('Der Hersteller will bis Ende des Jahres 35.000 Stellen abbauen, teilte er am Montag mit.', {
        id: 'stellen',
        published: '2031-03-04',
      }),
      article('Der Verband rechnet mit fast 200 Millionen Euro Schaden und vier bis fünf neuen Werken.', {
        id: 'schaden',
        published: '2031-03-05',
      }),
    ],
    [],
  );
  const answer = (claim: string) => {
    const { verdict, findings } = factCheck(index, claim);
    return { verdict, findings: findings.map((f) => ({ label: f.label, values: f.values })) };
  };

  it('is answered alike: 35 000 Stellen, 35.000 Stellen, 35’000 Stellen', () => {
    const dotted = answer('35.000 Stellen');
    expect(dotted.verdict).toBe('supported');
    expect(answer('35 000 Stellen')).toEqual(dotted);
    expect(answer('35’000 Stellen')).toEqual(dotted);
    expect(answer('35\u202f000 Stellen')).toEqual(dotted);
  });

  it('a hedged or ranged sentence is supported by the sentence it copies', () => {
    expect(answer('Der Verband rechnet mit fast 200 Millionen Euro Schaden.').verdict).toBe('supported');
    expect(answer('Der Verband rechnet mit vier bis fünf neuen Werken.').verdict).toBe('supported');
  });
});
