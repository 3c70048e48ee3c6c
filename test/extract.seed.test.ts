import { describe, expect, it } from 'vitest';
import { findDates } from '../src/extract/dates.js';
import { seedIndex } from './support/corpus.js';

const index = seedIndex();

describe('quotations in the seed articles', () => {
  const bySpeaker = (name: string) => index.quotes.filter((q) => q.speaker?.name === name);

  it('finds every full quotation with its speaker', () => {
    const full = index.quotes.filter((q) => !q.partial).map((q) => [q.speaker?.name, q.text.slice(0, 30)]);
    expect(full).toEqual([
      ['Elon Musk', 'Es ist an der Zeit, dass OpenA'],
      ['Marc Toberoff', 'Wenn OpenAI zu einem rein prof'],
      ['Sam Altman', 'Nein, danke – aber wir kaufen '],
      ['Sam Altman', 'Das ist grossartig für das Lan'],
      ['Karoline Leavitt', 'Das amerikanische Volk sollte '],
      ['Satya Nadella', 'Ich weiss nur, dass die 80 Mil'],
    ]);
  });

  it('keeps partial quotations with their speaker', () => {
    const partial = index.quotes.filter((q) => q.partial).map((q) => [q.speaker?.name, q.text]);
    expect(partial).toEqual([
      ['Bret Taylor', 'nicht zum Verkauf'],
      ['Elon Musk', 'organisierter Kriminalität'],
      ['Elon Musk', 'Betrüger'],
      ['Sam Altman', 'inspirierendste Unternehmer unserer Zeit'],
    ]);
  });

  it('never shows a quoted name or term as a quotation', () => {
    expect(index.terms.map((t) => t.text)).toEqual([
      'Manhattan-Projekt',
      'Stargate',
      'Stargate',
      'Wall Street Journal',
      'Department of Government Efficiency',
      'Special Government Employee',
    ]);
    expect(index.quotes.map((q) => q.text)).not.toContain('Stargate');
  });

  it('gives Altman exactly his own words', () => {
    expect(bySpeaker('Sam Altman')).toHaveLength(3);
  });
});

describe('events in the seed articles', () => {
  it('shows the founding of OpenAI once, late in 2015, by Musk and Altman, with every article', () => {
    const founding = index.events.filter((e) => e.kind === 'founding');
    expect(founding).toHaveLength(1);
    expect(founding[0]).toMatchObject({ date: { value: '2015', precision: 'year', part: 'late' }, object: 'OpenAI' });
    expect([...founding[0]!.actors].sort()).toEqual(['Elon Musk', 'Sam Altman']);
    expect(new Set(founding[0]!.citations.map((c) => c.article)).size).toBe(5);
  });

  const one = (kind: string, object: string | null) => {
    const found = index.events.filter((e) => e.kind === kind && e.object === object);
    expect(found).toHaveLength(1);
    return found[0]!;
  };
  const articles = (e: { citations: { article: string }[] }) => [...new Set(e.citations.map((c) => c.article))].sort();

  it('dates the bid by the day another article reports it, and says where a source disagrees', () => {
    const bid = one('bid', 'OpenAI');
    expect(bid).toMatchObject({
      date: { value: '2025-02-10', precision: 'day' },
      actors: ['Elon Musk'],
      figure: { value: 97_400_000_000 },
    });
    expect(bid.basis).toMatchObject({
      how: 'reference',
      words: 'am Montag',
      reference: '2025-02-11',
      referenceArticle: 'musks-kampf-um-openai',
    });
    expect(articles(bid)).toEqual([
      'kampf-um-die-kontrolle',
      'musk-bietet-fast-100-milliarden',
      'musks-kampf-um-openai',
      'von-partnern-zu-rivalen',
    ]);
    expect(bid.conflicts).toEqual([
      {
        date: { value: '2025-01-20', precision: 'day' },
        dateText: 'Wenige Stunden nach der Ankündigung von Stargate',
        article: 'von-partnern-zu-rivalen',
      },
    ]);
  });

  it("puts Altman's counter-offer right after the bid, from every article that reports it", () => {
    const reply = index.events.find((e) => e.kind === 'reply' && e.object === 'Twitter')!;
    expect(reply).toMatchObject({
      date: { value: '2025-02-10' },
      actors: ['Sam Altman'],
      answers: ['Elon Musk'],
      figure: { value: 9_740_000_000 },
    });
    expect(reply.basis.how).toBe('after');
    expect(articles(reply)).toEqual([
      'kampf-um-die-kontrolle',
      'musk-bietet-fast-100-milliarden',
      'von-partnern-zu-rivalen',
    ]);
  });

  it('dates the Stargate announcement and the call before it by the inauguration in data/dates.json', () => {
    const stargate = one('announcement', 'Stargate');
    expect(stargate.date).toEqual({ value: '2025-01-20', precision: 'day' });
    expect(stargate.basis).toMatchObject({ how: 'anchored', occasionDate: '2025-01-20' });
    expect(articles(stargate)).toEqual(['musk-motzt-stargate', 'von-partnern-zu-rivalen']);
    expect(one('talks', 'Stargate').date).toEqual({ value: '2025-01-16', precision: 'day' });
  });

  it('merges the Twitter purchase across articles that disagree on its price', () => {
    const purchase = one('purchase', 'Twitter');
    expect(purchase).toMatchObject({ date: { value: '2022', precision: 'year' }, actors: ['Elon Musk'] });
    expect(articles(purchase)).toEqual([
      'kampf-um-die-kontrolle',
      'musk-bietet-fast-100-milliarden',
      'von-partnern-zu-rivalen',
    ]);
  });

  it('never dates an event more precisely than its words', () => {
    for (const e of index.events) {
      if (!e.date) continue;
      const expected = {
        year: /^\d{4}$/,
        month: /^\d{4}-\d{2}$/,
        day: /^\d{4}-\d{2}-\d{2}$/,
        range: /^\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2}$/,
      }[e.date.precision];
      expect(e.date.value).toMatch(expected);
      if (/^(?:Ende |Anfang |Mitte )?\d{4}$|Jahr \d{4}/.test(e.dateText)) expect(e.date.precision).toBe('year');
    }
  });

  it('leaves out what is not an event: reporting about reporting, and what cannot be dated', () => {
    const texts = index.events.map((e) => e.summary);
    expect(texts.some((t) => t.startsWith('So schrieb das «Wall Street Journal»'))).toBe(false);
    expect(texts.some((t) => /gestern eskalierte/.test(t))).toBe(false);
    expect(index.events.length).toBeGreaterThan(0);
    expect(index.events.every((e) => e.date !== null)).toBe(true);
  });
});

describe('date expressions', () => {
  const read = (text: string, published: string | null = null, lastYear: number | null = null) =>
    findDates(text, { published, lastYear }).map((d) => [d.text, d.date]);

  it('reads years, months, days and parts of years at their precision', () => {
    expect(read('Ende 2015 und im Juni 2024, dann am 11.02.2025 und am 3. März 2023.')).toEqual([
      ['Ende 2015', { value: '2015', precision: 'year', part: 'late' }],
      ['Juni 2024', { value: '2024-06', precision: 'month' }],
      ['11.02.2025', { value: '2025-02-11', precision: 'day' }],
      ['3. März 2023', { value: '2023-03-03', precision: 'day' }],
    ]);
  });

  it('resolves `desselben Jahres` to the year named before it', () => {
    expect(read('Die Idee kam im Jahr 2023, die Entlassung Ende desselben Jahres.')).toEqual([
      ['2023', { value: '2023', precision: 'year' }],
      ['Ende desselben Jahres', { value: '2023', precision: 'year', part: 'late' }],
    ]);
  });

  it('resolves relative days only against a known publication day', () => {
    expect(read('Am Montag und gestern.', '2025-02-11T15:40')).toEqual([
      ['Am Montag', { value: '2025-02-10', precision: 'day' }],
      ['gestern', { value: '2025-02-10', precision: 'day' }],
    ]);
    // A month-precise article places them in its month, no more; an undated one not at all.
    expect(read('Am Montag und gestern.', '2025-01')).toEqual([
      ['Am Montag', { value: '2025-01', precision: 'month' }],
      ['gestern', { value: '2025-01', precision: 'month' }],
    ]);
    expect(read('Am Montag und gestern.')).toEqual([
      ['Am Montag', null],
      ['gestern', null],
    ]);
  });

  it('reads what is set `für Montag` as that weekday ahead, or the day of writing itself', () => {
    // 2025-02-14 is a Friday; 2025-02-17 the Monday after it.
    expect(read('Die Gewerkschaft rief für Montag zum Streik auf.', '2025-02-14')).toEqual([
      ['für Montag', { value: '2025-02-17', precision: 'day' }],
    ]);
    expect(read('Die für Freitag geplante Sitzung fällt aus.', '2025-02-14')).toEqual([
      ['für Freitag', { value: '2025-02-14', precision: 'day' }],
    ]);
  });

  it('does not read an amount as a year', () => {
    expect(read('Sie zahlten 2015 Dollar.')).toEqual([]);
  });
});

describe('figures in the seed articles', () => {
  const find = (original: string) => index.figures.filter((f) => f.original === original);

  it('corrects a notation slip that other sources corroborate, keeping the original text', () => {
    const [bid] = find('97.400 Milliarden Dollar');
    expect(bid).toMatchObject({ value: 97_400_000_000, slip: { literal: 97_400_000_000_000 } });
    expect(bid!.slip!.corroboratedBy).toBeGreaterThanOrEqual(4);
    expect(find('9.740 Milliarden Dollar')[0]!.value).toBe(9_740_000_000);
    expect(find('40.000 Milliarden Dollar')[0]!.value).toBe(40_000_000_000);
  });

  it('reads an uncorroborated slip like the article’s corroborated ones: it writes `.000 Milliarden` so', () => {
    // 002 writes 97.400, 9.740 and 40.000 Milliarden, each confirmed by other sources as 97,4, 9,74 and 40.
    expect(find('300.000 Milliarden US-Dollar')[0]).toMatchObject({
      value: 300_000_000_000,
      slip: { literal: 300_000_000_000_000, corroboratedBy: 0, byArticle: true },
    });
  });

  it('says what each figure measures, so reports of one thing can be compared', () => {
    const about = (original: string) => find(original).map((f) => f.about);
    expect(about('44 Milliarden Dollar')).toEqual([{ transaction: 'purchase', object: 'Twitter', actor: 'Elon Musk' }]);
    // `das soziale Netzwerk` points back to the Twitter of the sentence before.
    expect(about('40.000 Milliarden Dollar')).toEqual([
      { transaction: 'purchase', object: 'Twitter', actor: 'Elon Musk' },
    ]);
    // `Beziehung zu Trump, dem er … mit 250 Millionen … verholfen hat`; `Spenden … für Donald Trump`.
    expect(about('250 Millionen US-Dollar')).toEqual([
      { transaction: 'donation', object: 'Donald Trump', actor: 'Elon Musk' },
    ]);
    expect(about('277 Millionen Dollar')).toEqual([
      { transaction: 'donation', object: 'Donald Trump', actor: 'Elon Musk' },
    ]);
    // Said conditionally (`würde … kaufen`, `wenn du möchtest`), a purchase is an offer.
    expect(about('9,74 Milliarden Dollar')).toEqual(
      Array(2).fill({ transaction: 'bid', object: 'Twitter', actor: 'Sam Altman' }),
    );
    expect(about('9.740 Milliarden Dollar')).toEqual([{ transaction: 'bid', object: 'Twitter', actor: 'Sam Altman' }]);
    // Announced (`kündigte … den Kauf … an`), it is a bid too; a value has no actor.
    expect(about('97,4 Milliarden Dollar')).toHaveLength(4);
    expect(about('97,4 Milliarden Dollar').every((a) => a.transaction === 'bid' && a.actor === 'Elon Musk')).toBe(true);
    expect(about('300.000 Milliarden US-Dollar')).toEqual([
      { transaction: 'valuation', object: 'OpenAI', actor: null },
    ]);
    expect(find('44 Milliarden Dollar')[0]!.subject).toBe('Musks Kauf von Twitter');
  });
});
