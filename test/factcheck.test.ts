import { describe, expect, it } from 'vitest';
import { factcheckCommand } from '../commands/factcheck.js';
import { parseClaim } from '../src/factcheck/claim.js';
import { factCheck, type FactCheck } from '../src/factcheck/check.js';
import { COLOURS } from '../src/render/reply.js';
import { seedIndex } from './support/corpus.js';
import { buildIndex } from '../src/index/build.js';
import { article } from './support/article.js';

const index = seedIndex();
const articlesOf = (check: FactCheck, value: number) =>
  [
    ...new Set(
      check.findings
        .flatMap((f) => f.evidence)
        .filter((e) => e.value === value)
        .map((e) => e.citation.article),
    ),
  ].sort();

describe('numbers that are not amounts', () => {
  it.each([
    ['-97,4', 'sign'],
    ['+97,4', 'sign'],
    ['97.4.4', 'malformed'],
    ['97,40000000001', 'precision'],
  ])('%s gets no verdict on another number, and says how it was read (%s)', (claim, why) => {
    const check = factCheck(index, claim);
    expect(check.verdict).toBe('no_evidence');
    expect(check.findings).toEqual([]);
    expect(check.claim.unread).toEqual([expect.objectContaining({ raw: claim, why })]);
    const en = factcheckCommand.run({ claim }, { index, lang: 'en', userId: 'u' }, 0).embeds[0]!.description!;
    const de = factcheckCommand.run({ claim }, { index, lang: 'de', userId: 'u' }, 0).embeds[0]!.description!;
    // The claim as typed, markdown-escaped (`\\-97,4`).
    expect(en).toContain(`ℹ️ "${claim.replace(/^-/, '\\-')}"`);
    expect(en).toContain('so it was compared with nothing');
    expect(de).toContain(`ℹ️ „${claim.replace(/^-/, '\\-')}“`);
    expect(de).toContain('verglichen wurde es mit nichts');
  });

  it('a share is compared only with shares, and an exponent is read as its power of ten', () => {
    expect(factCheck(index, '97.4%').verdict).toBe('no_evidence');
    const power = factCheck(index, '9.74e10');
    expect(power.verdict).toBe('supported');
    expect(
      power.findings.filter((f) => !f.also).flatMap((f) => f.evidence.filter((e) => e.agrees).map((e) => e.value)),
    ).toEqual(expect.arrayContaining([97_400_000_000]));
    expect(power.findings.flatMap((f) => f.evidence).some((e) => e.agrees && e.value === 9_740_000_000)).toBe(false);
  });

  it('two decimal places are always read, more only where an article writes as many', () => {
    expect(factCheck(index, '97,40').claim.unread).toEqual([]);
    expect(factCheck(index, '97,4000').claim.unread).toEqual([expect.objectContaining({ why: 'precision' })]);
  });
});

describe('claims in every form a user types', () => {
  it.each([
    ['97.4', { written: 97.4, scale: null, decimals: 1, unit: null }],
    ['97,4', { written: 97.4, scale: null, decimals: 1, unit: null }],
    ['97,4 Mrd', { written: 97.4, scale: 1e9, decimals: 1, unit: null }],
    ['97.4 billion', { written: 97.4, scale: 1e9, decimals: 1, unit: null }],
    ['$97.4bn', { written: 97.4, scale: 1e9, decimals: 1, unit: 'USD' }],
    ['250 Millionen', { written: 250, scale: 1e6, decimals: 0, unit: null }],
    ["100'000", { written: 100_000, scale: null, decimals: 0, unit: null }],
    ['9.740', { written: 9740, scale: null, decimals: 0, unit: null }],
    ['2 Billionen Euro', { written: 2, scale: 1e12, decimals: 0, unit: 'EUR' }],
    ['drei Milliarden Euro', { written: 3, scale: 1e9, decimals: 0, unit: 'EUR' }],
    ['9.74e10', { written: 9.74, scale: 1e10, decimals: 2, unit: null }],
    ['31,4 %', { written: 31.4, scale: null, decimals: 1, unit: '%' }],
    ['12 Prozent', { written: 12, scale: null, decimals: 0, unit: '%' }],
  ])('%s', (text, expected) => {
    expect(parseClaim(text).numbers).toEqual([expect.objectContaining(expected)]);
  });

  it.each([
    ['-12,5', 'sign'],
    ['+12,5', 'sign'],
    ['Umsatz (−3,2 Milliarden)', 'sign'],
    ['12.5.5', 'malformed'],
    ['1,2,3', 'malformed'],
  ])('does not read %s as an amount (%s)', (text, why) => {
    const claim = parseClaim(text);
    expect(claim.numbers).toEqual([]);
    expect(claim.unread).toEqual([{ raw: expect.stringMatching(/\d/) as string, why }]);
  });

  it("reads a range, a date and a sentence's full stop as ever", () => {
    expect(parseClaim('2015-2018')).toMatchObject({ unread: [], years: [2015, 2018] });
    const dated = parseClaim('am 03.05.2031 zahlte sie 12 Millionen.');
    expect(dated.unread).toEqual([]);
    expect(dated.numbers).toEqual(expect.arrayContaining([expect.objectContaining({ written: 12, scale: 1e6 })]));
  });

  it('reads a year as a year, never as an amount', () => {
    expect(parseClaim('2015')).toMatchObject({ numbers: [], years: [2015] });
    expect(parseClaim('OpenAI wurde 2016 gegründet', index.finder, index.orgs)).toMatchObject({
      years: [2016],
      about: { eventKind: 'founding', objects: ['OpenAI'] },
    });
  });

  it('reads a deadline as no date of a deed: what is to be done by then was not done then', () => {
    expect(parseClaim('Bis Ende 2030 sollen 900 Stellen wegfallen').years).toEqual([]);
    expect(parseClaim('Die Seebank will bis 2030 900 Stellen streichen').years).toEqual([]);
    expect(parseClaim('Die Seebank strich 2024 900 Stellen').years).toEqual([2024]);
  });

  it('reads a number joined to a word by a hyphen as part of a name, never a value or a year', () => {
    expect(parseClaim('Die 4-Tage-Woche kommt 2027')).toMatchObject({ numbers: [], years: [2027] });
    expect(parseClaim('Die 2030-Strategie kostet 5 Milliarden Euro').years).toEqual([]);
    expect(parseClaim('Das 97-Milliarden-Dollar-Angebot').numbers).toMatchObject([{ written: 97, scale: 1e9 }]);
  });

  it('reads what a sentence is about, in German and English', () => {
    expect(parseClaim('Musk kaufte Twitter für 44 Milliarden Dollar', index.finder, index.orgs).about).toMatchObject({
      family: 'deal',
      actor: 'Elon Musk',
      objects: ['Twitter'],
    });
    expect(parseClaim('Musk bid 97.4 billion for OpenAI', index.finder, index.orgs).about).toMatchObject({
      family: 'deal',
      actor: 'Elon Musk',
      objects: ['OpenAI'],
    });
  });
});

describe('verdicts', () => {
  it('Supported: 97.4 is the bid, in every article that reports it, the 97.400 slip explained', () => {
    const check = factCheck(index, '97.4');
    expect(check.verdict).toBe('supported');
    expect(check.findings).toHaveLength(1);
    expect(check.findings[0]!.label).toBe('Musks Angebot für OpenAI');
    expect(articlesOf(check, 97_400_000_000)).toEqual([
      'kampf-um-die-kontrolle',
      'musk-bietet-fast-100-milliarden',
      'von-partnern-zu-rivalen',
    ]);
    const slip = check.findings[0]!.evidence.find((e) => e.original === '97.400 Milliarden Dollar')!;
    expect(slip).toMatchObject({ agrees: true, slip: { literal: 97_400_000_000_000 } });
    expect(check.findings[0]!.evidence.find((e) => e.original === '100 Milliarden Dollar')).toMatchObject({
      agrees: true,
      loose: true,
    });
  });

  it('Supported in English and German sentences and notations', () => {
    for (const claim of [
      '97,4 Mrd',
      '$97.4bn',
      'Musk bid 97.4 billion for OpenAI',
      'Musk bietet 97,4 Milliarden Dollar für OpenAI',
    ]) {
      expect(factCheck(index, claim).verdict, claim).toBe('supported');
    }
  });

  it('Sources disagree: the Twitter price, 44 here and 40.000 Milliarden (40) there', () => {
    const check = factCheck(index, 'Musk kaufte Twitter für 44 Milliarden Dollar');
    expect(check.verdict).toBe('disagree');
    expect(check.findings[0]!.values).toEqual([40_000_000_000, 44_000_000_000]);
    expect(articlesOf(check, 44_000_000_000)).toEqual(['musk-bietet-fast-100-milliarden']);
    expect(articlesOf(check, 40_000_000_000)).toEqual(['kampf-um-die-kontrolle']);
  });

  it('Sources disagree: the campaign support, 250 here and 277 Millionen there', () => {
    const check = factCheck(index, '250 Millionen');
    expect(check.verdict).toBe('disagree');
    expect(check.findings[0]!.values).toEqual([250_000_000, 277_000_000]);
    expect(articlesOf(check, 277_000_000)).toEqual(['musks-kampf-um-openai']);
  });

  it('Contradicted: OpenAI was founded in 2015, not 2016, citing the founding', () => {
    const check = factCheck(index, 'OpenAI wurde 2016 gegründet');
    expect(check.verdict).toBe('contradicted');
    expect(check.findings[0]!.values).toEqual(['2015']);
    // Every article that reports the founding, 004's `erst als Mitgründer` among them.
    expect(new Set(check.findings[0]!.evidence.map((e) => e.citation.article)).size).toBe(5);
    expect(factCheck(index, 'Musk bot 50 Milliarden für OpenAI').verdict).toBe('contradicted');
  });

  it('No evidence: a number nobody reports, with the closest figures suggested', () => {
    const check = factCheck(index, '123456789');
    expect(check).toMatchObject({ verdict: 'no_evidence', findings: [] });
    expect(check.closest).toHaveLength(3);
  });

  it('lists each subject of a bare number separately', () => {
    const check = factCheck(index, '100 Milliarden');
    const labels = check.findings.map((f) => f.label);
    // Son's pledge names no object, so it is not Stargate's by its value alone.
    expect(labels).toEqual(['Investition in Stargate', 'Sons Investition']);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('what a figure measures, read from its clause', () => {
  const extra = (body: string) => ({
    id: 'extra',
    title: 'Extra',
    outlet: null,
    published: null,
    language: 'de',
    url: null,
    seed: null,
    file: 'extra.md',
    body,
  });
  const withArticle = (body: string) =>
    buildIndex([...index.articles, extra(body)], index.people, [], {
      organisations: index.orgs.organisations,
      dates: [],
    });

  it('reads a headline compound and a hedged value as the same bid, and a loan as a loan', () => {
    const grown = withArticle(
      'Das 97-Milliarden-Dollar-Angebot von Musk für OpenAI. Musk bot über 97 Milliarden Dollar für ' +
        'OpenAI. Musk nahm für den Kauf von Twitter einen Kredit über 13 Milliarden Dollar auf.\n',
    );
    const mine = grown.figures.filter((f) => f.citation.article === 'extra');
    expect(mine.map((f) => [f.original, f.subject])).toEqual([
      ['97-Milliarden-Dollar', 'Musks Angebot für OpenAI'],
      ['97 Milliarden Dollar', 'Musks Angebot für OpenAI'],
      ['13 Milliarden Dollar', 'Musks Kredit für Twitter'],
    ]);
    const check = factCheck(grown, 'Musk bot 97,4 Milliarden Dollar für OpenAI');
    expect(check.verdict).toBe('supported');
    const fromExtra = check.findings.filter((f) => !f.also)[0]!.evidence.filter((e) => e.citation.article === 'extra');
    expect(fromExtra.map((e) => e.agrees)).toEqual([true, true]);
  });
});

describe('notation slips', () => {
  it(
    'finds OpenAI valued at 300 Milliarden in the article that writes `.000 Milliarden` for Milliarden, ' +
      'the slip explained',
    () => {
      const check = factCheck(index, '300 Milliarden');
      expect(check.verdict).toBe('supported');
      expect(check.findings[0]!.label).toBe('Wert von OpenAI');
      const reply = factcheckCommand.run({ claim: '300 Milliarden' }, { index, lang: 'en', userId: '1' }, 0).embeds[0]!
        .description!;
      expect(reply).toContain(
        '"300.000 Milliarden US-Dollar" would literally be 300 trillion dollars; it means 300 billion ' +
          'dollars: the same article puts the dot this way elsewhere too',
      );
    },
  );

  it(
    'keeps an implausible value literal, and says so, where neither other sources nor its article read ' +
      'it otherwise',
    () => {
      const alone = buildIndex(
        [
          {
            id: 'x',
            title: 'X',
            outlet: null,
            published: null,
            language: 'de',
            url: null,
            seed: null,
            file: 'x.md',
            body: 'Der Wert von OpenAI wird auf 300.000 Milliarden Dollar geschätzt.\n',
          },
        ],
        [],
        [],
        { organisations: index.orgs.organisations, dates: [] },
      );
      expect(alone.figures[0]).toMatchObject({ value: 300_000_000_000_000, slip: { corroboratedBy: 0 } });
      expect(alone.figures[0]!.slip!.byArticle).toBeUndefined();
      const reply = factcheckCommand.run({ claim: '300.000 Milliarden' }, { index: alone, lang: 'en', userId: '1' }, 0)
        .embeds[0]!.description!;
      expect(reply).toContain('which is implausible; no other source confirms another reading');
    },
  );
});

describe('claims that must not match', () => {
  it('9,74 is not 97,4, and 97,4 is not 9,74', () => {
    expect(factCheck(index, '9,74').findings.map((f) => f.label)).toEqual(['Altmans Angebot für Twitter']);
    expect(factCheck(index, '97,4').findings.map((f) => f.label)).toEqual(['Musks Angebot für OpenAI']);
  });

  it('a year is not an amount', () => {
    const check = factCheck(index, '2015');
    expect(check.findings.flatMap((f) => f.evidence).length).toBeGreaterThan(0);
    expect(check.findings.every((f) => f.evidence.every((e) => e.kind === 'event'))).toBe(true);
    expect(
      factCheck(index, '2022')
        .findings.flatMap((f) => f.evidence)
        .some((e) => e.kind === 'figure'),
    ).toBe(false);
  });

  it('checks an age against the age the articles tell around its number', () => {
    const index = buildIndex(
      [article('Der Maler Max Huber ist am Sonntag im Alter von 81 Jahren gestorben.', { published: '2024-05-13' })],
      [],
    );
    expect(factCheck(index, 'Huber starb mit 82 Jahren').verdict).toBe('contradicted');
    expect(factCheck(index, 'Huber starb im Alter von 81 Jahren').verdict).toBe('supported');
  });

  it('a sentence about one thing does not borrow another thing’s number', () => {
    // 44 Milliarden is the Twitter price; a claim about OpenAI must not find it.
    const check = factCheck(index, 'Musk bot 44 Milliarden für OpenAI');
    expect(check.verdict).toBe('contradicted');
    expect(check.findings.filter((f) => !f.also).map((f) => f.label)).toEqual(['Musks Angebot für OpenAI']);
    // The Twitter price is listed after it, as the same number about something else, and counts for nothing.
    expect(check.findings.filter((f) => f.also).map((f) => f.label)).toEqual(['Musks Kauf von Twitter']);
  });
});

describe('the reply and the record', () => {
  const run = (claim: string, lang: 'de' | 'en') => factcheckCommand.run({ claim }, { index, lang, userId: '1' }, 0);

  it('shows the verdict as colour and first line, in the reply language', () => {
    expect(run('97.4', 'de').embeds[0]).toMatchObject({
      color: COLOURS.supported,
      description: expect.stringMatching(/^\*\*Belegt\*\* — 3 Artikel nennen 97,4 Milliarden Dollar/),
    });
    expect(run('97.4', 'en').embeds[0]!.description).toMatch(
      /^\*\*Supported\*\* — 3 articles give 97\.4 billion dollars/,
    );
    expect(run('250 Millionen', 'de').embeds[0]).toMatchObject({
      color: COLOURS.disagree,
      description: expect.stringMatching(/^\*\*Quellen widersprechen sich\*\*/),
    });
    expect(run('OpenAI wurde 2016 gegründet', 'de').embeds[0]).toMatchObject({
      color: COLOURS.contradicted,
      description: expect.stringMatching(/^\*\*Widerlegt\*\* — .*2015, nicht 2016/),
    });
    expect(run('123456789', 'en').embeds[0]).toMatchObject({
      color: COLOURS.no_evidence,
      description: expect.stringMatching(/^\*\*No evidence\*\*/),
    });
  });

  it('explains the 97.400 notation in the reply', () => {
    expect(run('97.4', 'de').embeds[0]!.description).toContain(
      '„97.400 Milliarden Dollar“ hieße wörtlich 97,4 Billionen Dollar; gemeint sind 97,4 Milliarden Dollar',
    );
  });

  it('is also a ClaimReview with every piece of evidence', () => {
    const review = factcheckCommand.record(
      { claim: 'Musk kaufte Twitter für 44 Milliarden Dollar' },
      { index, lang: 'de', userId: '1' },
    );
    expect(review).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Musk kaufte Twitter für 44 Milliarden Dollar',
      reviewRating: { alternateName: 'Quellen widersprechen sich', ratingValue: 2 },
    });
    expect(review.evidence.map((e) => [e.article.id, e.value, e.agrees])).toEqual([
      ['kampf-um-die-kontrolle', 40_000_000_000, false],
      ['musk-bietet-fast-100-milliarden', 44_000_000_000, true],
    ]);
    expect(review.evidence[0]!.sentence).toContain('40.000 Milliarden Dollar gekauft');
  });
});
