import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelScanner, type LabelMatch } from '../src/extract/labels.js';
import { orgFinder } from '../src/extract/orgs.js';
import { peopleFinder } from '../src/extract/people.js';

// The label scanner reads as one regular expression of all labels as alternatives would: the same matches, found
// faster. Every name here is invented.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** The expression the scanner stands for: labels longest first, an optional ending, whole words only. */
function asExpression(labels: string[], endings: string[], after = String.raw`(?![\p{L}\d-])`): RegExp {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alternatives = [...labels].sort((a, b) => b.length - a.length).map(escape);
  const ending = endings.length > 0 ? `(${endings.map(escape).join('|')})?` : '()';
  return new RegExp(String.raw`(?<![\p{L}\d-])(${alternatives.join('|')})${ending}${after}`, 'gu');
}

function byExpression(pattern: RegExp, text: string): LabelMatch[] {
  return [...text.matchAll(pattern)].map((m) => ({
    index: m.index,
    label: m[1]!,
    ending: m[2] ?? '',
    end: m.index + m[0].length,
  }));
}

describe('labelScanner', () => {
  const labels = ['Eva Muster', 'Muster', 'Präsident Weber', 'Weber', 'B.', 'Ölbank'];
  const scanner = labelScanner(labels, ['s', "'s", '’s', 'es']);
  it.each<[string, string[]]>([
    ['Eva Muster sagte', ['Eva Muster']],
    ['sagte Präsident Weber am Abend', ['Präsident Weber']],
    ['Webers Angebot', ['Weber']],
    ["Weber's Angebot", ['Weber']],
    ['die Weber-Regierung und Ex-Weber', []],
    ['Musterhaus, Muster2, Muster', ['Muster']],
    ['des Ölbanks und der Ölbankchef', ['Ölbank']],
    ['Christian B. schwieg', ['B.']],
  ])('%s finds %j', (text, found) => expect(scanner.find(text).map((m) => m.label)).toEqual(found));

  it('the longest label that stands whole wins, else a shorter one', () => {
    const s = labelScanner(['Nord', 'Nord Ost', 'Nordbank'], []);
    expect(s.find('Nord Ostsee')).toEqual([{ index: 0, label: 'Nord', ending: '', end: 4 }]);
    expect(s.find('Nord Ost.')).toEqual([{ index: 0, label: 'Nord Ost', ending: '', end: 8 }]);
    expect(s.find('Nordbank-Chef Nord')).toEqual([{ index: 14, label: 'Nord', ending: '', end: 18 }]);
  });

  it('a letter outside the Basic Multilingual Plane counts as one letter on either side', () => {
    const s = labelScanner(['Lim'], []);
    expect(s.find('𝐀Lim Lim𝐀 Lim')).toEqual([{ index: 12, label: 'Lim', ending: '', end: 15 }]);
  });

  it('finds what the expression of all labels finds, on any text', () => {
    const word = fc.constantFrom('Eva', 'Muster', 'Ölbank', 'Weber', 'B.', 'e', 'Eva Muster', 'Eva Muster-Weber');
    const labels = fc.uniqueArray(
      fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
      { minLength: 1, maxLength: 6 },
    );
    // Texts made of the labels themselves, pieces of them and what may stand around them.
    const around = fc.constantFrom('s', 'es', "'s", '’s', '-', ' ', '.', 'x', '4', '𝐀', 'Eva', 'Mus');
    const textOf = (ls: string[]) =>
      fc
        .array(fc.oneof(fc.constantFrom(...ls), around, fc.string({ maxLength: 2 })), { maxLength: 30 })
        .map((p) => p.join(''));
    const endings = ['s', "'s", '’s', 'es'];
    fc.assert(
      fc.property(
        labels.chain((ls) => fc.tuple(fc.constant(ls), textOf(ls))),
        ([ls, text]) => {
          expect(labelScanner(ls, endings).find(text)).toEqual(byExpression(asExpression(ls, endings), text));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('the finders built on it', () => {
  it('a person by name, alias or descriptor, a genitive marking a possessor', () => {
    const eva = {
      id: 'eva',
      name: 'Eva Muster',
      gender: 'f' as const,
      aliases: ['Muster'],
      descriptors: ['Ölbank-Chefin'],
      roles: [],
    };
    const found = peopleFinder([eva]).mentions('Musters Plan, sagte die Ölbank-Chefin Eva Muster.');
    expect(found.map((m) => [m.start, m.end, m.possessive, m.descriptor])).toEqual([
      [0, 7, true, false],
      [24, 37, false, true],
      [38, 48, false, false],
    ]);
  });

  it('a company, its genitive, not inside a compound but before a hyphen and a number', () => {
    const orgs = orgFinder([{ id: 'oel', name: 'Ölbank', aliases: [] }]);
    const text = 'Die Ölbanks Chef, der Ölbank-Chef und Ölbank-2030.';
    expect(orgs.mentions(text).map((m) => text.slice(m.start, m.end))).toEqual(['Ölbanks', 'Ölbank']);
  });
});
