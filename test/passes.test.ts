import { describe, expect, it } from 'vitest';
import { cleanBody } from '../src/corpus/clean.js';
import { clauseAround } from '../src/extract/clauses.js';
import { dateFromAnchor, findDates, reckon } from '../src/extract/dates.js';
import { describeAbout, type FigureAbout } from '../src/extract/subject.js';

/**
 * The small passes, each a table of `[input, expected]` rows: the rule a row shows is the reason
 * it is in the lexicon or the code. A new word or rule comes with its row.
 */

describe('cleaning: each rule and the debris it removes', () => {
  it.each<[string, string]>([
    ['Dark Mode Light Mode', 'website interface text'],
    ['Artikel teilen', 'website interface text'],
    ['KLICKEN SIE HIER UND VERDIENEN SIE GELD KLICKEN SIE HIER', 'all-capitals link spam'],
    ['Der Präsident in Washington. Bild: keystone', 'image caption with photo credit'],
    ['Elon Musk bei einer Rede (IMAGO / ZUMA Wire)', 'image caption with photo credit'],
    ['fotograf (CC0), Pixabay', 'image credit'],
    ['(AWP)', 'image caption with photo credit'],
  ])('%s → %s', (line, reason) => {
    const body = `Der erste Satz des Artikels steht hier.\n${line}\nDer letzte Satz des Artikels steht hier.`;
    expect(cleanBody(body).removed.map((r) => [r.text, r.reason])).toEqual([[line, reason]]);
  });

  it.each<[string, string, string]>([
    [
      'Ein Kommentar.Stephan Scheuer 11.02.2025 - 15:40 Uhr',
      'Stephan Scheuer 11.02.2025 - 15:40 Uhr',
      'byline with date',
    ],
    [
      'Ein langer Absatz mit vielen Wörtern, der eindeutig Artikeltext ist, weil er mehr als dreißig Wörter ' +
        'hat und mit einem Punkt endet, wie es Fließtext in einer Zeitung eben immer tut. (dpa)',
      '(dpa)',
      'photo credit',
    ],
    ['Die Grünen fordern drei Milliarden Euro.13.01.2025 | 1:34 min', '13.01.2025 | 1:34 min', 'video date and length'],
    ['Ein Beispiel waren Soforthilfen für Flutopfer. dpa/gf', 'dpa/gf', 'agency sign-off'],
    ['Lindner lehnte dies ab./abc/DP/mis', '/abc/DP/mis', 'agency sign-off'],
  ])('cuts the tail of %s', (line, tail, reason) => {
    const removed = cleanBody(`${line}\nDer letzte Satz des Artikels steht hier.`).removed;
    expect(removed.map((r) => [r.text, r.reason])).toEqual([[tail, reason]]);
  });
});

describe('the clause around a span', () => {
  it.each<[string, string, string]>([
    ['Musk, der OpenAI mitgründete, bot 97,4 Milliarden.', '97,4', 'bot 97,4 Milliarden'],
    ['Altman lehnte ab: Nein danke.', 'Nein', 'Nein danke'],
    ['Musk (X, Tesla) kaufte Twitter für 44 Milliarden.', '44', 'Musk (X, Tesla) kaufte Twitter für 44 Milliarden'],
  ])('%s', (text, word, clause) => {
    const at = text.indexOf(word);
    expect(clauseAround(text, at, at + word.length)).toBe(clause);
  });
});

describe('what a figure measures, named as a reader names it', () => {
  it.each<[FigureAbout, string, string]>([
    [{ transaction: 'bid', object: 'OpenAI', actor: 'Elon Musk' }, "Musk's bid for OpenAI", 'Musks Angebot für OpenAI'],
    [
      { transaction: 'purchase', object: 'Twitter', actor: 'Elon Musk' },
      "Musk's purchase of Twitter",
      'Musks Kauf von Twitter',
    ],
    [{ transaction: 'valuation', object: 'OpenAI', actor: null }, "OpenAI's valuation", 'Wert von OpenAI'],
    [
      { transaction: 'investment', object: 'Stargate', actor: null },
      'investment in Stargate',
      'Investition in Stargate',
    ],
    [
      { transaction: 'bid', object: 'Seestadion', actor: 'FC Nordstadt' },
      "FC Nordstadt's bid for Seestadion",
      'FC Nordstadts Angebot für Seestadion',
    ],
    // A long compound of a feminine noun owns in the genitive after (`der Landesregierung`), a short name before.
    [
      { transaction: 'loan', object: 'Seefonds', actor: 'Landesregierung' },
      "Landesregierung's loan for Seefonds",
      'Kredit der Landesregierung für Seefonds',
    ],
    [{ transaction: 'bid', object: null, actor: 'Anna Jung' }, "Jung's bid", 'Jungs Angebot'],
    [{ transaction: 'gap', object: null, actor: null }, 'funding gap', 'Finanzlücke'],
    [{ transaction: null, object: null, actor: 'Elon Musk' }, '', ''],
  ])('%j', (about, en, de) => {
    expect(describeAbout(about, 'en') ?? '').toBe(en);
    expect(describeAbout(about, 'de') ?? '').toBe(de);
  });
});

describe('dates as news writes them', () => {
  const ctx = { published: '2025-02-11', lastYear: 2025 };
  it.each<[string, string | null, string]>([
    ['am 10. Februar 2025', '2025-02-10', 'day'],
    ['Ende 2015', '2015', 'year'],
    // A season of a year is that year, with its season kept (see `SEASONS`).
    ['im Herbst 2022', '2022', 'year'],
    ['Im Frühjahr des Jahres 2019', '2019', 'year'],
    ['im Dezember 2024', '2024-12', 'month'],
    ['gestern', '2025-02-10', 'day'],
    ['am Montag', '2025-02-10', 'day'],
    ['vor drei Tagen', '2025-02-08', 'day'],
    ['vergangene Woche', '2025-02-03/2025-02-09', 'range'],
    // A weekday of a week named by its distance from the week of writing (Monday to Sunday), not the nearest one.
    ['am Freitag vergangener Woche', '2025-02-07', 'day'],
    ['am Dienstag der vergangenen Woche', '2025-02-04', 'day'],
    ['in der Nacht zum Donnerstag letzter Woche', '2025-02-06', 'day'],
    ['bis Mittwoch dieser Woche', '2025-02-12', 'day'],
    ['am Montag kommender Woche', '2025-02-17', 'day'],
    // The weekend just past, from a Tuesday.
    ['am Wochenende', '2025-02-08/2025-02-09', 'range'],
    // The weekday before: `am Dienstag` in a Tuesday's article is that day, `am vergangenen Dienstag` a week before.
    ['am Dienstag', '2025-02-11', 'day'],
    ['am vergangenen Dienstag', '2025-02-04', 'day'],
    ['letzten Sonntag', '2025-02-09', 'day'],
    ['vorigen Freitagabend', '2025-02-07', 'day'],
    // The weekday ahead: `am kommenden Dienstag` is a week on, and so is a weekday someone means to act on.
    ['am kommenden Dienstag', '2025-02-18', 'day'],
    ['nächsten Freitag', '2025-02-14', 'day'],
    ['Die Ministerin will am Montag eine Vorlage präsentieren', '2025-02-17', 'day'],
    ['Der Test soll am Freitag absolviert werden', '2025-02-14', 'day'],
    // What will be done, in the future or the present passive, lies ahead too; a passive of the past does not.
    ['Im Kreis wird am Sonntag ein neuer Rat bestimmt', '2025-02-16', 'day'],
    ['Die Minister werden am Montag darüber beraten', '2025-02-17', 'day'],
    ['Er ist am Montag zum Vorsitzenden gewählt worden', '2025-02-10', 'day'],
    // Hearsay of the past looks back.
    ['Der Unfall soll sich am Freitag ereignet haben', '2025-02-07', 'day'],
    ['Die Bilder, die am Montag gestohlen worden sein sollen', '2025-02-10', 'day'],
    // A day or month without its year is in the year that puts it nearest the article.
    ['am 15. Januar', '2025-01-15', 'day'],
    ['am 16. Dezember', '2024-12-16', 'day'],
    ['(23. Februar)', '2025-02-23', 'day'],
    ['am 23. Februar kommenden Jahres', '2026-02-23', 'day'],
    ['am Abend des 6. November vergangenen Jahres', '2024-11-06', 'day'],
    ['im März', '2025-03', 'month'],
    // A month with the words that say which year.
    ['im Juni vergangenen Jahres', '2024-06', 'month'],
    ['Ende März kommenden Jahres', '2026-03', 'month'],
  ])('%s → %s', (text, value, precision) => {
    const [mention] = findDates(text, ctx);
    expect(mention?.date).toMatchObject({ value, precision });
  });

  it('keeps a season of a year as its part, a sentence end after the year too', () => {
    expect(findDates('Er kam im Sommer 2013.', ctx)[0]?.date).toEqual({
      value: '2013',
      precision: 'year',
      part: 'summer',
    });
    expect(findDates('im Frühling 2020', ctx)[0]?.date?.part).toBe('spring');
    expect(findDates('der Sommer 2013,5', ctx).map((d) => d.date?.part)).not.toContain('summer');
  });

  it('reads no day from a dateline, a date and a clock time with no `um` between', () => {
    const days = (text: string) => findDates(text, ctx).map((d) => d.date?.value);
    expect(days('Seebote (Sport) 10.02.2025 19:16 Die Fähre sank.')).toEqual([]);
    expect(days('Stand: 10.02.2025, 07:05 Uhr')).toEqual([]);
    expect(days('Die Fähre legt am 10.02.2025 um 19:16 Uhr ab.')).toEqual(['2025-02-10']);
  });

  it('reads a yearless day in an article of November 2024 into 2025 when that is nearer', () => {
    expect(findDates('am 15. Januar', { published: '2024-11', lastYear: null })[0]?.date?.value).toBe('2025-01-15');
  });

  it('reads a yearless day or month told in the past before the article, however near the next one is', () => {
    const read = (text: string, published: string) => findDates(text, { published, lastYear: null })[0]?.date?.value;
    expect(read('Huber wurde im April festgenommen.', '2024-11-05')).toBe('2024-04');
    expect(read('Huber war am 3. Dezember gekommen.', '2024-11-05')).toBe('2023-12-03');
    // The month of an article dated by its month may hold the day.
    expect(read('Huber wurde am 20. November festgenommen.', '2024-11')).toBe('2024-11-20');
    // Not what is to come, nor a date inside a noun phrase or an infinitive of a clause told in the past.
    expect(read('Huber wird im April festgenommen.', '2024-11-05')).toBe('2025-04');
    expect(read('Es wurde im Vorfeld der am 10. März anstehenden Wahl diskutiert.', '2024-11-05')).toBe('2025-03-10');
    expect(read('Huber hatte angekündigt im April anzutreten.', '2024-11-05')).toBe('2025-04');
  });

  it('reads a yearless day or month of what is meant to come on or after the article, however near the last', () => {
    const read = (text: string, published: string) => findDates(text, { published, lastYear: null })[0]?.date?.value;
    expect(read('Die Wahl soll am 14. November stattfinden.', '2024-05-06')).toBe('2024-11-14');
    expect(read('Huber will im Dezember zurücktreten.', '2024-05-06')).toBe('2024-12');
    // The article's own month may still hold it; without a plan the nearest stands.
    expect(read('Huber will im Mai zurücktreten.', '2024-05-20')).toBe('2024-05');
    expect(read('Die Wahl fand am 14. November statt.', '2024-05-06')).toBe('2023-11-14');
  });

  it('keeps a month without its year in the year of the month the story named just before it', () => {
    const read = (text: string, last: { year: number; month: number } | null = null) =>
      findDates(text, { published: '2025-08-26', lastYear: null, lastMonth: last && { ...last, words: 'x' } }).map(
        (m) => m.date?.value,
      );
    // A story told month by month goes on in its year, and over the turn of the year into the next.
    expect(read('Im März 2021 schloss die Seebank das Werk, Ende April wurde verhandelt.')).toEqual([
      '2021-03',
      '2021-04',
    ]);
    expect(read('Ende April wurde verhandelt.', { year: 2021, month: 3 })).toEqual(['2021-04']);
    expect(read('Im Februar kam die Einigung.', { year: 2024, month: 11 })).toEqual(['2025-02']);
    // Months far on, or none named before, are read against the publication date.
    expect(read('Im Juni kam die Einigung.', { year: 2024, month: 11 })).toEqual(['2025-06']);
    expect(read('Ende April wurde verhandelt.')).toEqual(['2025-04']);
    // The words it follows are kept, for the reader.
    expect(
      findDates('Im März 2021 schloss sie, Ende April wurde verhandelt.', {
        published: '2025-08-26',
        lastYear: null,
      }).map((m) => m.storyFrom),
    ).toEqual([undefined, 'März 2021']);
  });

  it('reads a weekday beside the day it names as that one day', () => {
    const read = (text: string) => findDates(text, { published: '2024-01', lastYear: null }).map((m) => m.text);
    expect(read('Der Streik beginnt am Mittwoch, den 24. Januar um 2 Uhr.')).toEqual(['24. Januar']);
    expect(read('Am Dienstag 23. Januar endet er.')).toEqual(['23. Januar']);
    // Two dates apart stay two.
    expect(read('Am Mittwoch sprach sie, am 24. Januar stimmte er zu.')).toEqual(['Am Mittwoch', '24. Januar']);
  });

  it('keeps a yearless day of an undated article for the year a reference gives', () => {
    const [mention] = findDates('am 6. November', { published: null, lastYear: null });
    expect(mention?.date).toBeNull();
    expect(mention?.yearless).toEqual({ month: 11, day: 6 });
    expect(reckon(mention!.fromReference!, new Date(Date.UTC(2024, 10, 1)))).toEqual({
      value: '2024-11-06',
      precision: 'day',
    });
  });

  // A reference day that is a Wednesday: how each weekday expression counts from it, and the weeks around it.
  it.each([
    [{ weekday: 1, step: 'before' }, '2024-11-04'],
    [{ weekday: 3, step: 'before' }, '2024-10-30'],
    [{ weekday: 3, step: 'onOrBefore' }, '2024-11-06'],
    [{ weekday: 5, step: 'after' }, '2024-11-08'],
    [{ weekday: 3, step: 'after' }, '2024-11-13'],
    [{ weekday: 3, step: 'onOrAfter' }, '2024-11-06'],
    [{ days: -4 }, '2024-11-02'],
    [{ week: 'last' }, '2024-10-28/2024-11-03'],
    [{ weekend: 'last' }, '2024-11-02/2024-11-03'],
    [{ month: 1, day: 15 }, '2025-01-15'],
  ] as const)('reckons %j from a Wednesday as %s', (r, value) =>
    expect(reckon(r, new Date(Date.UTC(2024, 10, 6))).value).toBe(value),
  );

  it('counts from another occasion about as far as `gut`, `knapp` or `rund` says: its month, if all of it fits', () => {
    const [mention] = findDates('Knapp zwei Wochen nach dem Beben', ctx);
    expect(mention?.anchor).toEqual({
      occasion: 'Beben',
      offset: { count: 2, unit: 'weeks', direction: 1, approximate: true },
    });
    expect(dateFromAnchor('2024-05-02', mention!.anchor!)).toEqual({ value: '2024-05', precision: 'month' });
    expect(dateFromAnchor('2024-05-20', mention!.anchor!)).toBeNull();
    // An exact count is a day.
    const [exact] = findDates('zwei Wochen nach dem Beben', ctx);
    expect(dateFromAnchor('2024-05-20', exact!.anchor!)).toEqual({ value: '2024-06-03', precision: 'day' });
  });

  it.each(['im Haushalt 2025', 'die Agenda 2010'])('%s names a thing, not a time', (text) => {
    expect(findDates(text, ctx).filter((m) => m.date)).toEqual([]);
  });
});
