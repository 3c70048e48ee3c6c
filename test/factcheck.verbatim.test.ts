import { describe, expect, it } from 'vitest';
import { factcheckCommand } from '../commands/factcheck.js';
import type { Article } from '../src/corpus/types.js';
import { factCheck } from '../src/factcheck/check.js';
import { parseClaim } from '../src/factcheck/claim.js';
import { buildIndex } from '../src/index/build.js';
import { labelOf } from '../src/render/factcheck.js';
import { factcheckPicture } from '../src/render/picture.js';

/**
 * A claim copied from an article is read as the article's sentence is read: the same number grammar, counted nouns,
 * and what each figure measures. An invented story, told by three outlets, one of which slips a decimal comma.
 */

const article = (id: string, body: string): Article => ({
  id,
  title: id,
  outlet: null,
  published: '2026-03-02',
  language: 'de',
  url: null,
  seed: null,
  file: `${id}.md`,
  body,
});

const ARTICLES = [
  article(
    'abendpost',
    'Die Alpenbank hält bereits 9 Prozent an der Seebank. Max Huber bot am Montag 12,5 Milliarden Euro für die ' +
      'Seebank. Im Stadtrat stimmten 31 Abgeordnete für den Verkauf, 12 dagegen.\n',
  ),
  article(
    'morgenblatt',
    'Laut Eva Muster wird die Seebank mit 40 Milliarden Euro bewertet. Huber bot zuletzt 12,5 Milliarden Euro für ' +
      'die Seebank. Die Seebank beschäftigt 4.200 Mitarbeiter.\n\n' +
      'Eva Muster führt die Umfrage an. Sie liegt klar vor Hubers Liste (14,6 Prozent).\n',
  ),
  article(
    'tagblatt',
    'Max Huber legte ein Angebot über 12.500 Milliarden Euro für die Seebank vor. Huber hatte 2019 die Alpenbank ' +
      'für 3 Milliarden Euro gekauft.\n',
  ),
];

const PEOPLE = [
  { id: 'huber', name: 'Max Huber', gender: 'm' as const, aliases: ['Huber'], descriptors: [], roles: [] },
  { id: 'muster', name: 'Eva Muster', gender: 'f' as const, aliases: ['Muster'], descriptors: [], roles: [] },
];
const WORLD = {
  organisations: [
    { id: 'seebank', name: 'Seebank', aliases: [] },
    { id: 'alpenbank', name: 'Alpenbank', aliases: [] },
    { id: 'stadtrat', name: 'Stadtrat', aliases: [] },
  ],
  dates: [],
};
const index = buildIndex(ARTICLES, PEOPLE, [], WORLD);
describe('a sentence of an article, typed as a claim', () => {
  it('is supported by that very sentence, for every sentence with a figure', () => {
    const sentences = [...new Set(index.figures.map((f) => f.citation.text))];
    expect(sentences.length).toBeGreaterThanOrEqual(6);
    for (const sentence of sentences) {
      const check = factCheck(index, sentence);
      expect([sentence, check.verdict]).toEqual([sentence, 'supported']);
      const own = check.findings
        .filter((f) => !f.also)
        .flatMap((f) => f.evidence)
        .filter((e) => e.agrees && e.citation.text === sentence);
      expect([sentence, own.length > 0]).toEqual([sentence, true]);
    }
  });

  it('reads a count by its noun and what it counts, as the article does', () => {
    const check = factCheck(index, 'Die Seebank beschäftigt 4.200 Mitarbeiter.');
    expect(check.claim.numbers).toEqual([
      expect.objectContaining({ unit: 'Mitarbeiter', about: { transaction: 'jobs', object: 'Seebank', actor: null } }),
    ]);
  });

  it('reads a slip copied from its article as the article was read, and every source at that value agrees', () => {
    const slipped = 'Max Huber legte ein Angebot über 12.500 Milliarden Euro für die Seebank vor.';
    const check = factCheck(index, slipped);
    expect(check.verdict).toBe('supported');
    const evidence = check.findings.filter((f) => !f.also).flatMap((f) => f.evidence);
    expect(evidence.map((e) => [e.citation.article, e.agrees])).toEqual(
      expect.arrayContaining([
        ['abendpost', true],
        ['morgenblatt', true],
        ['tagblatt', true],
      ]),
    );
    const reply = factcheckCommand.run({ claim: slipped }, { index, lang: 'en', userId: 'u' }, 0).embeds[0]!;
    expect(reply.description).toContain('a slip of notation');
  });

  it('takes what a claim leaves unsaid from the group its number matches, not from another deal of its actor', () => {
    const check = factCheck(index, 'Hubers Angebot über 12,5 Milliarden Euro');
    expect(check.verdict).toBe('supported');
    expect(check.findings.filter((f) => !f.also).map((f) => f.about?.object)).toEqual(['Seebank']);
  });

  it('keeps counts of one body apart, and a year that names a thing is no date', () => {
    expect(factCheck(index, 'Im Stadtrat stimmten 31 Abgeordnete für den Verkauf').verdict).toBe('supported');
    expect(parseClaim('Der Haushalt 2027 hat ein Loch von 5 Milliarden Euro').years).toEqual([]);
    expect(parseClaim('Die Seebank wurde 1998 gegründet').years).toEqual([1998]);
  });

  it('still contradicts a changed amount, and a valuation is not a bid', () => {
    expect(factCheck(index, 'Max Huber bot 14 Milliarden Euro für die Seebank.').verdict).toBe('contradicted');
    const value = factCheck(index, 'Laut Eva Muster wird die Seebank mit 40 Milliarden Euro bewertet.');
    expect(value.findings.filter((f) => !f.also).map((f) => f.about?.transaction)).toEqual(['valuation']);
  });
});

describe('what a figure measures, in a sentence that reports two deals', () => {
  it('keeps a purchase said as done a purchase, of the company its own clause names', () => {
    const body =
      'Huber hatte die Alpenbank 2019 für 4 Milliarden Euro gekauft, dann bot er 9 Milliarden Euro für die Seebank. ' +
      'Die Seebank hatte die Alpenbank für 3 Milliarden Euro übernommen, nun bot Huber 8 Milliarden Euro für die ' +
      'Seebank.\n';
    const two = buildIndex([article('zwei', body)], PEOPLE, [], WORLD);
    expect(two.figures.map((f) => [f.original, f.about.transaction, f.about.object])).toEqual([
      ['4 Milliarden Euro', 'purchase', 'Alpenbank'],
      ['9 Milliarden Euro', 'bid', 'Seebank'],
      ['3 Milliarden Euro', 'purchase', 'Alpenbank'],
      ['8 Milliarden Euro', 'bid', 'Seebank'],
    ]);
  });
});

describe('a claim of several numbers that all hold', () => {
  it('says that the articles confirm each number, and which', () => {
    const claim =
      'Die Alpenbank hält bereits 9 Prozent an der Seebank. Max Huber bot 12,5 Milliarden Euro für die Seebank.';
    expect(factCheck(index, claim).verdict).toBe('supported');
    const reply = (lang: 'de' | 'en') =>
      factcheckCommand.run({ claim }, { index, lang, userId: 'u' }, 0).embeds[0]!.description!.split('\n')[0];
    expect(reply('en')).toContain('The articles confirm each number: 9 Prozent, 12,5 Milliarden Euro');
    expect(reply('de')).toContain('Die Artikel bestätigen jede Zahl: 9 Prozent, 12,5 Milliarden Euro');
  });
});

describe('a claim that holds only in part', () => {
  it('says for what it holds and for what not, in both languages', () => {
    const claim = 'Huber bot 12,5 Milliarden Euro für die Seebank, die Seebank beschäftigt 5.000 Mitarbeiter';
    expect(factCheck(index, claim).verdict).toBe('disagree');
    const reply = (lang: 'de' | 'en') =>
      factcheckCommand.run({ claim }, { index, lang, userId: 'u' }, 0).embeds[0]!.description!.split('\n')[0];
    expect(reply('en')).toContain('Only in part: it holds for');
    expect(reply('en')).toContain('12.5 billion euros');
    expect(reply('en')).toContain('not for');
    expect(reply('en')).toContain('4,200');
    expect(reply('de')).toContain('Nur zum Teil: Es stimmt für');
  });

  it('gives a later main clause that opens with a person its own actor', () => {
    const body = 'Huber bot 9 Milliarden Euro für die Seebank, Muster bot 3 Milliarden Euro für die Alpenbank.\n';
    const two = buildIndex([article('zwei', body)], PEOPLE, [], WORLD);
    expect(two.figures.map((f) => [f.original, f.about.actor, f.about.object])).toEqual([
      ['9 Milliarden Euro', 'Max Huber', 'Seebank'],
      ['3 Milliarden Euro', 'Eva Muster', 'Alpenbank'],
    ]);
  });
});

describe('the fact-check picture shows what the verdict rests on', () => {
  it('puts the sources that differ first, never cuts them, and says how many agreeing ones it left out', () => {
    const many = [
      ...Array.from({ length: 10 }, (_, k) =>
        article(`blatt-${k}`, 'Huber bot 12,5 Milliarden Euro für die Seebank.\n'),
      ),
      article('abweichend', 'Huber bot 14 Milliarden Euro für die Seebank.\n'),
    ];
    const crowded = buildIndex(many, PEOPLE, [], WORLD);
    const check = factCheck(crowded, 'Huber bot 12,5 Milliarden Euro für die Seebank');
    const articles = new Map(crowded.articles.map((a) => [a.id, a]));
    const [en, de] = [factcheckPicture(check, articles, 'en')!, factcheckPicture(check, articles, 'de')!];
    expect(en.groups[0]!.bars[0]).toMatchObject({ agrees: false, value: 14e9 });
    expect(en.groups[0]!.bars).toHaveLength(8);
    expect(en.groups[0]!.more).toBe('+ 3 more sources');
    expect(de.groups[0]!.more).toBe('+ 3 weitere Quellen');
  });
});

describe('sources that disagree among themselves', () => {
  const split = buildIndex(
    [
      article('eins', 'Huber bot 12,5 Milliarden Euro für die Seebank.\n'),
      article('zwei', 'Huber bot 15 Milliarden Euro für die Seebank.\n'),
    ],
    PEOPLE,
    [],
    WORLD,
  );

  it('disagree on a claim that one of them supports, and contradict one that none of them does', () => {
    expect(factCheck(split, 'Huber bot 15 Milliarden Euro für die Seebank').verdict).toBe('disagree');
    const none = 'Huber bot 11 Milliarden Euro für die Seebank';
    expect(factCheck(split, none).verdict).toBe('contradicted');
    const reply = factcheckCommand.run({ claim: none }, { index: split, lang: 'en', userId: 'u' }, 0).embeds[0]!;
    expect(reply.description).toContain('The sources give 12.5 billion euros and 15 billion euros, none of them');
  });
});

describe('what a share or a count measures, named in the reply language', () => {
  it('calls a share a share, in English, and an Anteil, in German', () => {
    const check = factCheck(index, 'Die Alpenbank hält bereits 9 Prozent an der Seebank.');
    const finding = check.findings.find((f) => !f.also)!;
    expect(labelOf(finding, 'en')).toMatch(/^share \(/);
    expect(labelOf(finding, 'de')).toMatch(/^Anteil \(/);
  });
});

describe('what a figure measures, read from its clause (invented sentences, one row per rule)', () => {
  const WORLD2 = {
    organisations: [
      ...WORLD.organisations,
      { id: 'nordgewerkschaft', name: 'Nordgewerkschaft', aliases: [] },
      { id: 'alpenpartei', name: 'Alpenpartei', aliases: [] },
      { id: 'seepartei', name: 'Seepartei', aliases: [] },
    ],
    dates: [],
  };
  const read = (body: string) => buildIndex([article('satz', `${body}\n`)], PEOPLE, [], WORLD2);
  const aboutOf = (body: string) =>
    read(body).figures.map((f) => [f.original, f.about.transaction, f.about.object, f.about.measure ?? null]);
  const partsOf = (body: string) =>
    read(body).figures.map((f) => [f.original, f.about.transaction, f.about.where ?? null]);
  const actorsOf = (body: string) => read(body).figures.map((f) => [f.original, f.about.actor]);

  it.each([
    [
      'people who take part in a strike are participants, not jobs',
      'Am Warnstreik beteiligten sich am Montag 900 Beschäftigte. Die Seebank beschäftigt 4.200 Mitarbeiter.',
      [
        ['900 Beschäftigte', 'participants', null, null],
        ['4.200 Mitarbeiter', 'jobs', 'Seebank', null],
      ],
    ],
    [
      'a counter-offer is its own deal, of its own object',
      'Huber bot 12 Milliarden Euro für die Seebank. Die Seebank lehnte ab und bot an, die Alpenbank für 3 ' +
        'Milliarden Euro zu kaufen.',
      [
        ['12 Milliarden Euro', 'bid', 'Seebank', null],
        ['3 Milliarden Euro', 'bid', 'Alpenbank', null],
      ],
    ],
    [
      'a count of time is a figure where a term lasts it, and none where it dates',
      'Die Anklage forderte für Max Huber eine Freiheitsstrafe von zwölf Jahren. Vor zwei Jahren hatte er gestanden. ' +
        'Nun drohen ihm 12 weitere Jahre in Haft.\n\nDer neue Vertrag der Seebank soll 24 Monate gelten.',
      [
        ['zwölf Jahren', 'term', 'Max Huber', null],
        ['12 weitere Jahre', 'term', 'Max Huber', null],
        ['24 Monate', 'term', 'Seebank', null],
      ],
    ],
    [
      'what a person earns by the year is a wage, and a sum before it keeps the deal named before it',
      'Die Seebank lässt sich den Wechsel viel kosten: Neben einer Prämie von 8 Millionen Euro steigt Huber in die ' +
        'Spitze auf, wird dort pro Jahr 2 Millionen Euro verdienen.',
      [
        ['8 Millionen Euro', 'cost', 'Seebank', null],
        ['2 Millionen Euro', 'wages', 'Seebank', null],
      ],
    ],
    [
      'an offer of wages measures wages, not a bid',
      'Die Seebank bot den Beschäftigten 4 Prozent mehr Lohn. Huber bot 12 Milliarden Euro für die Seebank.',
      [
        ['4 Prozent', 'wages', null, null],
        ['12 Milliarden Euro', 'bid', 'Seebank', null],
      ],
    ],
    [
      'a valuation in a clause of its own is no bid, in either word order',
      'Die Seebank wird auf 20 Milliarden Euro geschätzt, Huber bot 12 Milliarden Euro.',
      [
        ['20 Milliarden Euro', 'valuation', 'Seebank', null],
        ['12 Milliarden Euro', 'bid', 'Seebank', null],
      ],
    ],
    [
      'a share is a share of the noun its words name',
      'Bei der Urabstimmung der Nordgewerkschaft stimmten 93 Prozent der befragten Mitglieder für einen Streik. ' +
        'Die Wahlbeteiligung lag bei mehr als 70 Prozent. Nötig waren 75 Prozent Zustimmung.',
      [
        ['93 Prozent', null, 'Nordgewerkschaft', 'der Mitglieder'],
        ['70 Prozent', null, 'Nordgewerkschaft', 'Wahlbeteiligung'],
        ['75 Prozent', null, 'Nordgewerkschaft', 'Zustimmung'],
      ],
    ],
    [
      'a share is of no surname before it, whatever noun its end looks like',
      'Die Beteiligung lag mit 70 Prozent hoch. Dahinter landete die Liste von Eva Seering mit 20 Prozent.',
      [
        ['70 Prozent', null, null, 'Beteiligung'],
        ['20 Prozent', null, null, null],
      ],
    ],
  ])('%s', (_rule, body, expected) => {
    expect(aboutOf(body)).toEqual(expected);
  });

  it('reads a count of one place as a part, and the whole as the whole', () => {
    expect(
      partsOf(
        'Die Seebank beschäftigt weltweit 9.000 Mitarbeiter, 2.000 davon in Nordhafen. In Seestadt arbeiten 700 ' +
          'Mitarbeiter der Seebank. Am Streik beteiligten sich 3.000 Beschäftigte, darunter 400 in Seestadt. ' +
          'Im Stadtrat von Seestadt stimmten 31 Abgeordnete dafür.',
      ),
    ).toEqual([
      ['9.000 Mitarbeiter', 'jobs', null],
      ['2.000', 'jobs', 'Nordhafen'],
      ['700 Mitarbeiter', 'jobs', 'Seestadt'],
      ['3.000 Beschäftigte', 'participants', null],
      ['400', 'participants', 'Seestadt'],
      ['31 Abgeordnete', null, null],
    ]);
  });

  it('reads jobs cut apart from jobs had, whatever the noun that counts them', () => {
    expect(
      partsOf(
        'Die Seebank will bis 2030 rund 900 Stellen abbauen. Die Belegschaft soll um 300 Mitarbeiter:innen ' +
          'schrumpfen. Hinzu kommen 200 Arbeitsplätze, die wegfallen sollen. Die Belegschaft soll so von 9.000 ' +
          'Mitarbeitern auf 8.100 Mitarbeiter schrumpfen. In der Zentrale arbeiten 9.000 Menschen an sieben ' +
          'Standorten.',
      ),
    ).toEqual([
      ['900 Stellen', 'cuts', null],
      ['300 Mitarbeiter', 'cuts', null],
      ['200 Arbeitsplätze', 'cuts', null],
      ['9.000 Mitarbeitern', 'jobs', null],
      ['8.100 Mitarbeiter', 'jobs', null],
      ['9.000 Menschen', 'jobs', null],
      ['sieben Standorten', null, null],
    ]);
    const index = read('Die Seebank beschäftigt 9.000 Mitarbeiter. Die Seebank will 900 Stellen abbauen.');
    expect(factCheck(index, 'Bei der Seebank arbeiten 9.000 Menschen').verdict).toBe('supported');
    expect(factCheck(index, 'Die Seebank will 900 Stellen streichen').verdict).toBe('supported');
    expect(factCheck(index, 'Die Seebank will 1.200 Stellen streichen').verdict).toBe('contradicted');
  });

  it('gives a figure to whom its pronoun can mean: of its gender, not after a company, not governed', () => {
    // `sie` and `ihr` mean a woman or many, never a man; `er` and `sein` never a woman.
    expect(actorsOf('Max Huber war dagegen. Sie kamen auf 30 Prozent.')).toEqual([['30 Prozent', null]]);
    expect(actorsOf('Eva Muster war dagegen. Sie kam auf 30 Prozent.')).toEqual([['30 Prozent', 'Eva Muster']]);
    expect(actorsOf('Eva Muster war dagegen. Er kam auf 30 Prozent.')).toEqual([['30 Prozent', null]]);
    // A possessive after the company a sentence names is the company's, which acts.
    expect(actorsOf('Max Huber lobte den Plan. Die Alpenbank will 16 seiner 80 Filialen schließen.')).toEqual([
      ['16', 'Alpenbank'],
      ['80 Filialen', 'Alpenbank'],
    ]);
    // A pronoun a preposition governs receives; a possessive after one still says whose.
    expect(actorsOf('Eva Muster klagte. Rund 3 Prozent fließen an sie zurück.')).toEqual([['3 Prozent', null]]);
    expect(actorsOf('Max Huber klagte. Mit seinen 30 Prozent gewann er.')).toEqual([['30 Prozent', 'Max Huber']]);
  });

  it('takes no company of whoever tells the figure, nor one it is compared with, for what it is of', () => {
    expect(aboutOf('Die Kosten für den Umbau liegen bei 50 Millionen Euro, sagte ein Sprecher der Alpenbank.')).toEqual(
      [['50 Millionen Euro', 'cost', null, null]],
    );
    expect(aboutOf('Die 50 Millionen Euro fließen nicht, wie von der Alpenbank geplant, in den Bau.')).toEqual([
      ['50 Millionen Euro', null, null, null],
    ]);
  });

  it('gives a figure to no one who leads the group it is of, nor to who tells it', () => {
    // `um` a name, or `von` a role and a name: the party or team is led by them; its share is not theirs.
    expect(actorsOf('Die Partei von Spitzenkandidat Max Huber erreichte 30 Prozent.')).toEqual([['30 Prozent', null]]);
    expect(actorsOf('Die Liste um Eva Muster kam auf 12 Prozent.')).toEqual([['12 Prozent', null]]);
    // A move of someone (`der Wechsel von Max Huber`) is theirs.
    expect(actorsOf('Der Wechsel von Max Huber kostete 30 Millionen Euro.')).toEqual([
      ['30 Millionen Euro', 'Max Huber'],
    ]);
    // Who says it, after it or opening with `Laut`, does not own it.
    expect(actorsOf('Die Beteiligung lag bei 70 Prozent, sagte Eva Muster.')).toEqual([['70 Prozent', null]]);
    expect(actorsOf('Laut Max Huber lag die Beteiligung bei 70 Prozent.')).toEqual([['70 Prozent', null]]);
  });

  it('reads the whole a cut is a part of as jobs had, and checks either against it', () => {
    expect(
      partsOf(
        'Die Seebank will 400 von derzeit 5.000 Stellen abbauen. Bis zu 60 der noch 700 Mitarbeiter werden entlassen.',
      ),
    ).toEqual([
      ['400', 'cuts', null],
      ['5.000 Stellen', 'jobs', null],
      ['60', 'cuts', null],
      ['700 Mitarbeiter', 'jobs', null],
    ]);
    // The period of a number ends no clause: `baut … ab` still cuts.
    expect(partsOf('Die Seebank baut 1.400 von 12.800 Stellen ab.')).toEqual([
      ['1.400', 'cuts', null],
      ['12.800 Stellen', 'jobs', null],
    ]);
    const index = read('Die Seebank will 400 von derzeit 5.000 Stellen abbauen.');
    expect(factCheck(index, 'Die Seebank baut 400 Stellen ab').verdict).toBe('supported');
    expect(factCheck(index, 'Die Seebank hat 5.000 Stellen').verdict).toBe('supported');
  });

  it('takes parts that add up to a total another source gives as parts, not as other values', () => {
    const index = buildIndex(
      [
        article('gesamt', 'Die Seebank will 900 Stellen abbauen.\n'),
        article('teile', 'Die Seebank will in der Verwaltung 500 Stellen streichen und weitere 400 durch Verkäufe.\n'),
      ],
      PEOPLE,
      [],
      WORLD2,
    );
    const check = factCheck(index, 'Die Seebank will 900 Stellen abbauen');
    const finding = check.findings[0]!;
    expect([check.verdict, finding.values]).toEqual(['supported', [900]]);
    expect(finding.evidence.map((e) => [e.original, e.agrees, e.part ?? false])).toEqual([
      ['900 Stellen', true, false],
      ['400', false, true],
      ['500 Stellen', false, true],
    ]);
    expect(factCheck(index, 'Die Seebank will 1.200 Stellen abbauen').findings[0]!.values).toEqual([900]);
    // A part claimed is said back as the part the articles agree on, not as the total.
    const part = factcheckCommand.run(
      { claim: 'Die Seebank will in der Verwaltung 500 Stellen streichen' },
      { index, lang: 'en', userId: 'u' },
      0,
    );
    expect(part.embeds[0]!.description!.split('\n')[0]).toBe(
      "**Supported** — One article gives 500 Stellen (Seebank's job cuts).",
    );
    const reply = factcheckCommand.run(
      { claim: 'Die Seebank will 900 Stellen abbauen' },
      { index, lang: 'de', userId: 'u' },
      0,
    );
    expect(reply.embeds.map((e) => e.description ?? '').join('\n')).toContain('➕ Teil der Summe: **500 Stellen**');
    const picture = factcheckPicture(check, new Map(index.articles.map((a) => [a.id, a])), 'en')!;
    expect(picture.groups[0]!.bars.map((b) => [b.text, b.part])).toEqual([
      ['900 Stellen', false],
      ['400 Stellen  (part)', true],
      ['500 Stellen  (part)', true],
    ]);
  });

  it('compares a part only with the same part, and the whole only with the whole', () => {
    const index = read(
      'Die Seebank beschäftigt 9.000 Mitarbeiter, 2.000 davon in Nordhafen. Die Seebank hat 9.000 Beschäftigte.',
    );
    const verdict = (claim: string) => factCheck(index, claim).verdict;
    expect(verdict('In Nordhafen arbeiten 2.000 Mitarbeiter der Seebank')).toBe('supported');
    expect(verdict('In Nordhafen arbeiten 3.000 Mitarbeiter der Seebank')).toBe('contradicted');
    expect(verdict('Die Seebank beschäftigt 9.000 Mitarbeiter')).toBe('supported');
    expect(verdict('Die Seebank beschäftigt 2.000 Mitarbeiter')).toBe('contradicted');
  });

  const ELECTION =
    'Die Alpenpartei kam auf 30 Prozent der Stimmen, vor der Seepartei, die 20 Prozent der Stimmen erhielt. ' +
    'Die Wahlbeteiligung lag bei 60 Prozent.';

  it('leaves a second share of one noun in one sentence unattributed, not given to the first one named', () => {
    const shares = read(ELECTION).figures.filter((f) => f.about.measure === 'der Stimmen');
    expect(shares.map((f) => [f.original, f.about.object])).toEqual([
      ['30 Prozent', 'Alpenpartei'],
      ['20 Prozent', null],
    ]);
  });

  it('compares a claimed share only with shares of its own noun, and a bound as a bound', () => {
    const index = read(ELECTION);
    const verdict = (claim: string) => factCheck(index, claim).verdict;
    expect(verdict('Die Alpenpartei kam auf 30 Prozent der Stimmen')).toBe('supported');
    expect(verdict('Die Alpenpartei kam auf mehr als 25 Prozent der Stimmen')).toBe('supported');
    const wrong = factCheck(index, 'Die Alpenpartei kam auf 25 Prozent der Stimmen');
    expect([wrong.verdict, wrong.findings.filter((f) => !f.also).map((f) => f.values)]).toEqual([
      'contradicted',
      [[30]],
    ]);
  });

  it('compares terms of one person whatever case their noun is in', () => {
    const index = read('Die Anklage forderte für Max Huber eine Freiheitsstrafe von zwölf Jahren.');
    expect(factCheck(index, 'Die Anklage forderte 12 Jahre Haft für Max Huber').verdict).toBe('supported');
    const wrong = factCheck(index, 'Die Anklage forderte 10 Jahre Haft für Max Huber');
    expect([wrong.verdict, wrong.findings.map((f) => labelOf(f, 'en'))]).toEqual(['contradicted', ["Huber's term"]]);
  });

  it('names a share by its noun in both languages', () => {
    const index = read(ELECTION);
    const finding = factCheck(index, 'Die Alpenpartei kam auf 30 Prozent der Stimmen').findings[0]!;
    expect([labelOf(finding, 'de'), labelOf(finding, 'en')]).toEqual([
      'Anteil der Stimmen (Alpenpartei)',
      'share of Stimmen (Alpenpartei)',
    ]);
  });
});

describe('a sentence whose only numbers are no figures', () => {
  const said = buildIndex(
    [
      article(
        'hafenblatt',
        'Die Fähren sollen bis 2030 im ganzen Land zur gleichen Zeit ablegen. Zwischen den Inseln plant die Reederei ' +
          'einen 30-Minuten-Takt und damit mehr Fahrten als heute.\n',
      ),
    ],
    [],
  );
  it('is supported by the sentence that says it word for word, whole or its opening, in both languages', () => {
    for (const claim of [
      'Die Fähren sollen bis 2030 im ganzen Land zur gleichen Zeit ablegen.',
      'Zwischen den Inseln plant die Reederei einen 30-Minuten-Takt',
    ]) {
      const check = factCheck(said, claim);
      expect(check.verdict, claim).toBe('supported');
      expect(check.findings[0]!.evidence.map((e) => [e.kind, e.citation.text])).toEqual([
        ['sentence', said.segmented[0]!.sentences.find((s) => s.text.startsWith(claim.slice(0, 20)))!.text],
      ]);
    }
    const reply = (lang: 'de' | 'en') =>
      factcheckCommand.run!(
        { claim: 'Die Fähren sollen bis 2030 im ganzen Land zur gleichen Zeit ablegen.' },
        {
          index: said,
          lang,
          userId: 'u',
        },
        0,
      ).embeds[0]!.description!;
    expect(reply('en')).toMatch(/^\*\*Supported\*\* — An article says exactly this, word for word/);
    expect(reply('en')).toContain('✅ the article says so\n> Die Fähren sollen bis 2030');
    expect(reply('de')).toMatch(/^\*\*Belegt\*\* — Ein Artikel sagt genau das, Wort für Wort/);
  });

  it('is not supported by words inside a sentence, an opening cut inside its clause, or a short phrase', () => {
    // `… plant die Reederei einen 30-Minuten-Takt` does not open its sentence: what comes before may turn it.
    expect(factCheck(said, 'plant die Reederei einen 30-Minuten-Takt und damit mehr Fahrten').verdict).toBe(
      'no_evidence',
    );
    // An opening that stops inside its clause may be turned by the rest (`… bis 2030 nicht mehr fahren`).
    expect(factCheck(said, 'Die Fähren sollen bis 2030 im ganzen Land').verdict).toBe('no_evidence');
    expect(factCheck(said, 'Die Fähren sollen ablegen').verdict).toBe('no_evidence');
  });
});

describe('a short sentence, or one about another deed than those it is compared with, copied as a claim', () => {
  const people = [
    { id: 'huber', name: 'Max Huber', gender: 'm' as const, aliases: ['Huber'], descriptors: [], roles: [] },
  ];
  const said = buildIndex(
    [
      article('seeblatt', 'Max Huber ist gestorben. Der Reeder starb am 1. März 2026 in Seestadt.\n'),
      article('inselbote', 'Max Huber starb am Sonntag. 2015 starb Hubers Sohn Karl im Alter von nur 46 Jahren.\n'),
    ],
    people,
  );

  it('is supported by a whole sentence of three or four words, not by a part of one', () => {
    expect(factCheck(said, 'Max Huber ist gestorben.').verdict).toBe('supported');
    expect(factCheck(said, 'Max Huber starb').verdict).toBe('no_evidence');
  });

  it('is supported by its sentence, not contradicted by what it was compared with', () => {
    const claim = '2015 starb Hubers Sohn Karl im Alter von nur 46 Jahren.';
    const check = factCheck(said, claim);
    expect(check.verdict).toBe('supported');
    expect(check.findings.flatMap((f) => f.evidence.map((e) => e.citation.text))).toEqual([claim]);
    // Typed in other words, the same claim is compared as before.
    expect(factCheck(said, 'Huber starb 2015').verdict).toBe('contradicted');
  });
});

describe('a statement inside a sentence, typed as a claim', () => {
  const said = buildIndex(
    [
      article(
        'inselpost',
        'Dann kam es, wie viele befürchtet hatten: Die Reederei stellte am Montag den Verkehr zur Insel ein. ' +
          'Es stimmt nicht: Die Reederei verkaufte ihre Fähren an die Werft. ' +
          'Der Kapitän sagte: Die Reederei zahlt den Lotsen seit Mai weniger Geld.\n',
      ),
    ],
    [],
  );

  it('is supported by the sentence when it opens after a colon, a semicolon or a dash', () => {
    const check = factCheck(said, 'Die Reederei stellte am Montag den Verkehr zur Insel ein.');
    expect(check.verdict).toBe('supported');
    expect(check.findings[0]!.evidence.map((e) => e.citation.text)).toEqual([said.segmented[0]!.sentences[0]!.text]);
  });

  it('is not supported where the words before it may turn it: a negation, someone speaking', () => {
    expect(factCheck(said, 'Die Reederei verkaufte ihre Fähren an die Werft').verdict).toBe('no_evidence');
    expect(factCheck(said, 'Die Reederei zahlt den Lotsen seit Mai weniger Geld').verdict).toBe('no_evidence');
  });
});

describe('an age said as an adjective', () => {
  const aged = buildIndex(
    [
      article('gericht', 'Das Gericht verurteilte den 47-jährigen Max Huber am Montag.\n'),
      article(
        'abendblatt',
        'Huber soll eine damals 72-jährige Frau überfallen haben. Huber verbüßt eine 7-jährige Haftstrafe. Der ' +
          'Verein von Huber blickt auf eine 110-jährige Geschichte zurück.\n',
      ),
    ],
    PEOPLE,
  );

  it('belongs to the person named right after it, not to one the sentence names elsewhere', () => {
    const ages = aged.figures.filter((f) => f.unit === 'years').map((f) => [f.value, f.about.object]);
    expect(ages).toEqual([
      [47, 'Max Huber'],
      [72, null],
      [7, null],
      [110, null],
    ]);
    expect(factCheck(aged, 'Max Huber ist 47 Jahre alt').verdict).toBe('supported');
  });
});

describe('a figure whose clause names what it is for by a noun', () => {
  it('is about that thing, not about the company of the sentence before', () => {
    const index = buildIndex(
      [
        article(
          'seeblatt',
          'Die Seebank kaufte die Alpenbank für 3 Milliarden Euro. Ein Verein bot 5 Millionen Euro für den Skilift. ' +
            'Der Wert der Brauerei wird auf 7 Millionen Euro geschätzt. Die Gemeinde baut für 9 Millionen Euro ein ' +
            'Hallenbad.\n',
        ),
      ],
      PEOPLE,
      [],
      WORLD,
    );
    expect(index.figures.map((f) => [f.value, f.about.object])).toEqual([
      [3e9, 'Alpenbank'],
      [5e6, null],
      [7e6, null],
      [9e6, null],
    ]);
  });
});

describe('a figure after a sentence about a company', () => {
  it('is not about that company when its clause names the thing after its amount', () => {
    const index = buildIndex(
      [
        article(
          'gemeindeblatt',
          'Die Seebank kaufte die Alpenbank für 3 Milliarden Euro. Die Gemeinde baut für 9 Millionen Euro ' +
            'ein Hallenbad.\n',
        ),
      ],
      PEOPLE,
      [],
      WORLD,
    );
    expect(index.figures.map((f) => [f.value, f.about.object])).toEqual([
      [3e9, 'Alpenbank'],
      [9e6, null],
    ]);
  });
});
